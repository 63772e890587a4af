package org.cityline.app.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cityline.common.PhoneNumber;
import org.cityline.telephony.asterisk.AsteriskSettings;

/** Reads the {@code asterisk.*} keys when {@code telephony.adapter=asterisk}. */
final class AsteriskConfig {

  private AsteriskConfig() {}

  static Optional<AsteriskSettings> from(Settings settings, String adapter, PhoneNumber number) {
    if (!adapter.equals("asterisk")) {
      return Optional.empty();
    }
    String secret = settings.text("asterisk.ami.secret");
    if (secret.isBlank()) {
      settings.problem(
          "asterisk.ami.secret",
          "must be the secret of the manager.conf user Cityline logs in as",
          "");
    }
    String dial = settings.text("asterisk.callback.dial");
    if (!dial.contains("{number}")) {
      settings.problem(
          "asterisk.callback.dial", "must contain {number}, e.g. PJSIP/{number}@utility-trunk", "");
    }
    String music = settings.text("asterisk.music-class");
    if (!music.matches("[A-Za-z0-9_-]{1,64}")) {
      settings.problem("asterisk.music-class", "must be a musiconhold.conf class name", "");
    }
    String agiAddress = settings.host("asterisk.agi.address");
    int agiPort = settings.port("asterisk.agi.port", false);
    List<String> allowedPbx = settings.hostList("asterisk.agi.allowed-pbx");
    String amiHost = settings.host("asterisk.ami.host");
    int amiPort = settings.port("asterisk.ami.port", false);
    Duration ringTime =
        settings.duration("asterisk.agent-ring-time", Duration.ofSeconds(5), Duration.ofMinutes(2));
    if (settings.hasProblems()) {
      return Optional.empty(); // the problems are reported together by Settings.check()
    }
    AsteriskSettings asterisk;
    try {
      asterisk =
          new AsteriskSettings(
              agiAddress,
              agiPort,
              allowedPbx,
              amiHost,
              amiPort,
              settings.text("asterisk.ami.user"),
              secret,
              ringTime,
              dial,
              music,
              number);
    } catch (IllegalArgumentException e) {
      // what only the settings as a whole can tell (an empty allow-list): the message names the key
      return settings.problem("telephony.adapter", "asterisk: " + e.getMessage(), Optional.empty());
    }
    return Optional.of(asterisk);
  }
}
