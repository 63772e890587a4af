package org.cityline.accounts.payments;

import java.util.Optional;

/** The card networks the city accepts, told apart by a card number's first digits. */
public enum CardBrand {
  VISA("Visa", 3),
  MASTERCARD("Mastercard", 3),
  AMERICAN_EXPRESS("American Express", 4),
  DISCOVER("Discover", 3);

  private final String displayName;
  private final int securityCodeLength;

  CardBrand(String displayName, int securityCodeLength) {
    this.displayName = displayName;
    this.securityCodeLength = securityCodeLength;
  }

  /** The network's name as printed on cards. */
  public String displayName() {
    return displayName;
  }

  /** How many digits the card's security code has (3, or 4 for American Express). */
  public int securityCodeLength() {
    return securityCodeLength;
  }

  /** The brand of a card number by its first digits and length, if the city accepts it. */
  public static Optional<CardBrand> of(SensitiveDigits number) {
    int length = number.length();
    if (number.startsWith("4") && (length == 13 || length == 16 || length == 19)) {
      return Optional.of(VISA);
    }
    if (length == 16
        && (startsBetween(number, 51, 55, 2) || startsBetween(number, 2221, 2720, 4))) {
      return Optional.of(MASTERCARD);
    }
    if (length == 15 && (number.startsWith("34") || number.startsWith("37"))) {
      return Optional.of(AMERICAN_EXPRESS);
    }
    if ((length == 16 || length == 19)
        && (number.startsWith("6011")
            || number.startsWith("65")
            || startsBetween(number, 644, 649, 3))) {
      return Optional.of(DISCOVER);
    }
    return Optional.empty();
  }

  private static boolean startsBetween(SensitiveDigits number, int low, int high, int digits) {
    if (number.length() < digits) {
      return false;
    }
    int prefix = 0;
    for (int i = 0; i < digits; i++) {
      prefix = prefix * 10 + number.digit(i);
    }
    return prefix >= low && prefix <= high;
  }
}
