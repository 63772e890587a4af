package org.cityline.accounts;

import java.util.Optional;

/**
 * A utility account number: ten digits, as printed on the bill.
 *
 * @param value exactly ten digits 0-9
 */
public record AccountNumber(String value) {

  public AccountNumber {
    if (!isTenDigits(value)) {
      throw new IllegalArgumentException(
          "an account number is ten digits; got "
              + (value == null ? "nothing" : value.length() + " characters"));
    }
  }

  private static boolean isTenDigits(String value) {
    if (value == null || value.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The account number a caller keyed or an agent typed, if it is one. */
  public static Optional<AccountNumber> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String digits = raw.strip().replace("-", "").replace(" ", "");
    return isTenDigits(digits) ? Optional.of(new AccountNumber(digits)) : Optional.empty();
  }

  /** The last four digits, as read back ("your account ending in 4321"). */
  public String lastFour() {
    return value.substring(6);
  }

  @Override
  public String toString() {
    return value;
  }
}
