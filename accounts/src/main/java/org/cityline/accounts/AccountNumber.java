package org.cityline.accounts;

import java.util.Optional;

/**
 * A utility account number: ten digits, as printed on the bill.
 *
 * @param value exactly ten digits 0-9
 */
public record AccountNumber(String value) {

  public AccountNumber {
    if (value == null || !value.matches("[0-9]{10}")) {
      throw new IllegalArgumentException(
          "an account number is ten digits; got "
              + (value == null ? "nothing" : value.length() + " characters"));
    }
  }

  /** The account number a caller keyed or an agent typed, if it is one. */
  public static Optional<AccountNumber> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String digits = raw.strip().replace("-", "").replace(" ", "");
    return digits.matches("[0-9]{10}") ? Optional.of(new AccountNumber(digits)) : Optional.empty();
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
