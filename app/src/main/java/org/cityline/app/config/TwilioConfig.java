package org.cityline.app.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.cityline.common.PhoneNumber;
import org.cityline.telephony.twilio.TwilioSettings;

/** Reads the {@code twilio.*} keys when {@code telephony.adapter=twilio}; each bad key is named. */
final class TwilioConfig {

  private TwilioConfig() {}

  static Optional<TwilioSettings> from(Settings settings, String adapter, PhoneNumber number) {
    if (!adapter.equals("twilio")) {
      return Optional.empty();
    }
    String account = settings.text("twilio.account-sid");
    if (!account.matches("AC[0-9a-f]{32}")) {
      settings.problem(
          "twilio.account-sid", "must be AC followed by 32 hex digits (console, Account info)", "");
    }
    String token = settings.text("twilio.auth-token");
    if (!token.matches("[0-9A-Za-z]{32}")) {
      settings.problem(
          "twilio.auth-token",
          "must be the account's 32-character auth token (or set TWILIO_AUTH_TOKEN)",
          "");
    }
    Optional<URI> publicBase = settings.optionalHttpUrl("twilio.public-base-url");
    if (publicBase.isEmpty()) {
      settings.problem(
          "twilio.public-base-url",
          "must be the https URL Twilio calls, e.g. https://cityline.example.org/twilio",
          null);
    }
    String english = voice(settings, "twilio.voice.en-US");
    String spanish = voice(settings, "twilio.voice.es-US");
    URI music = settings.optionalHttpUrl("twilio.music-url").orElse(TwilioSettings.TWILIO_MUSIC);
    Optional<URI> prompts = settings.optionalHttpUrl("twilio.prompt-audio-url");
    Optional<String> connector =
        settings.optionalText("twilio.payment-connector").filter(name -> !name.isBlank());
    connector
        .filter(name -> !name.matches("[A-Za-z0-9_ -]{1,64}"))
        .ifPresent(
            name ->
                settings.problem(
                    "twilio.payment-connector",
                    "must be the connector's unique name in the console",
                    null));
    Duration ring =
        settings.duration("twilio.agent-ring-time", Duration.ofSeconds(5), Duration.ofMinutes(10));
    boolean record = settings.flag("twilio.record-calls");
    if (settings.hasProblems()) {
      return Optional.empty(); // reported together by Settings.check()
    }
    try {
      return Optional.of(
          new TwilioSettings(
              account,
              token,
              publicBase.orElseThrow(),
              number,
              english,
              spanish,
              music,
              prompts,
              connector,
              ring,
              record));
    } catch (IllegalArgumentException e) {
      return settings.problem("telephony.adapter", "twilio: " + e.getMessage(), Optional.empty());
    }
  }

  private static String voice(Settings settings, String key) {
    String name = settings.text(key);
    if (!name.matches("[A-Za-z0-9.-]{1,64}")) {
      settings.problem(key, "must be a Twilio <Say> voice such as Polly.Joanna", null);
    }
    return name;
  }
}
