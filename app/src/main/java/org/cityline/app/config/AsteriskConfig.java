package org.cityline.app.config;

import java.time.Duration;
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
    AsteriskSettings asterisk;
    try {
      asterisk =
          new AsteriskSettings(
              settings.host("asterisk.agi.address"),
              settings.port("asterisk.agi.port", false),
              settings.hostList("asterisk.agi.allowed-pbx"),
              settings.host("asterisk.ami.host"),
              settings.port("asterisk.ami.port", false),
              settings.text("asterisk.ami.user"),
              secret.isBlank() ? "unset" : secret,
              settings.duration(
                  "asterisk.agent-ring-time", Duration.ofSeconds(5), Duration.ofMinutes(2)),
              dial.contains("{number}") ? dial : "PJSIP/{number}",
              music.isBlank() ? "default" : music,
              number);
    } catch (IllegalArgumentException e) {
      return settings.problem("asterisk", e.getMessage(), Optional.empty());
    }
    return Optional.of(asterisk);
  }
}
