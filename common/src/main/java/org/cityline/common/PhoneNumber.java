package org.cityline.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +15055550123}). North American numbers may be written the
 * way people write them ({@code (505) 555-0123}, {@code 505.555.0123}, {@code 1-505-555-0123});
 * they are normalised to +1 and ten digits.
 *
 * @param e164 the number as {@code +} followed by 8 to 15 digits
 */
public record PhoneNumber(String e164) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\s().\\-]");

  public PhoneNumber {
    if (e164 == null || !E164.matcher(e164).matches()) {
      throw new IllegalArgumentException(
          "not an E.164 phone number (expected + and 8 to 15 digits): " + describe(e164));
    }
  }

  /** Parses a number as a caller or an agent typed it; empty when it is not a phone number. */
  public static Optional<PhoneNumber> parse(String raw) {
    if (raw == null || raw.length() > 32) {
      return Optional.empty();
    }
    String compact = PUNCTUATION.matcher(raw.strip()).replaceAll("");
    if (compact.startsWith("+")) {
      return E164.matcher(compact).matches()
          ? Optional.of(new PhoneNumber(compact))
          : Optional.empty();
    }
    if (!compact.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    if (compact.length() == 10 && compact.charAt(0) >= '2') {
      return Optional.of(new PhoneNumber("+1" + compact));
    }
    if (compact.length() == 11 && compact.charAt(0) == '1' && compact.charAt(1) >= '2') {
      return Optional.of(new PhoneNumber("+" + compact));
    }
    return Optional.empty();
  }

  /** Like {@link #parse} but fails with a message that names the bad value. */
  public static PhoneNumber of(String raw) {
    return parse(raw)
        .orElseThrow(() -> new IllegalArgumentException("not a phone number: " + describe(raw)));
  }

  /** The last four digits, as read back to a caller ("the number ending in 0123"). */
  public String lastFour() {
    return e164.substring(e164.length() - 4);
  }

  /** The digits without the leading plus. */
  public String digits() {
    return e164.substring(1);
  }

  @Override
  public String toString() {
    return e164;
  }

  private static String describe(String value) {
    if (value == null) {
      return "nothing";
    }
    String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return "'" + shown + "'";
  }
}
