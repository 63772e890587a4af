package org.cityline.telephony.twilio;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cityline.common.PhoneNumber;

/** The parameters of one Twilio webhook, read with the rules Twilio's values follow. */
record WebhookParams(Map<String, String> values) {

  private static final Pattern SID = Pattern.compile("CA[0-9a-f]{32}");
  private static final Pattern CONFERENCE_SID = Pattern.compile("CF[0-9a-f]{32}");
  private static final Pattern DIGITS = Pattern.compile("[0-9*#]{0,32}");

  /** What Twilio sends as From when the caller withholds the number. */
  private static final Set<String> WITHHELD =
      Set.of(
          "anonymous",
          "+266696687",
          "+7378742833",
          "+2562533",
          "+86282452253",
          "+8656696687",
          "restricted",
          "unknown",
          "blocked",
          "unavailable");

  private static final Set<String> STATUSES =
      Set.of(
          "queued",
          "initiated",
          "ringing",
          "in-progress",
          "answered",
          "completed",
          "busy",
          "failed",
          "no-answer",
          "canceled");

  WebhookParams {
    values = Map.copyOf(values);
  }

  String callSid() {
    return sid("CallSid");
  }

  String sid(String name) {
    String value = values.get(name);
    if (value == null || !SID.matcher(value).matches()) {
      throw new BadWebhook(name + " must be CA followed by 32 hex digits");
    }
    return value;
  }

  Optional<String> conferenceSid() {
    String value = values.get("ConferenceSid");
    return value != null && CONFERENCE_SID.matcher(value).matches()
        ? Optional.of(value)
        : Optional.empty();
  }

  /** The caller's number, empty when withheld or not a phone number. */
  Optional<PhoneNumber> from() {
    String value = values.get("From");
    if (value == null) {
      throw new BadWebhook("From is missing");
    }
    if (WITHHELD.contains(value.toLowerCase(java.util.Locale.ROOT))) {
      return Optional.empty();
    }
    return PhoneNumber.parse(value);
  }

  PhoneNumber to() {
    return PhoneNumber.parse(values.get("To"))
        .orElseThrow(() -> new BadWebhook("To must be the phone number the caller dialed"));
  }

  /** The keys pressed ({@code Digits}); empty for none. Never put into a message. */
  String digits() {
    String value = values.getOrDefault("Digits", "");
    if (!DIGITS.matcher(value).matches()) {
      throw new BadWebhook("Digits must be up to 32 of 0-9, * and #");
    }
    return value;
  }

  String callStatus() {
    String value = values.get("CallStatus");
    if (value == null || !STATUSES.contains(value)) {
      throw new BadWebhook("CallStatus must be one of Twilio's call statuses");
    }
    return value;
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** Never the values: Digits may be a card number. */
  @Override
  public String toString() {
    return "WebhookParams" + values.keySet();
  }
}
