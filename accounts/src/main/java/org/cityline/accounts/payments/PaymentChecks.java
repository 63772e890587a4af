package org.cityline.accounts.payments;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The checks any gateway makes before it asks a bank: a card number's Luhn check digit and brand,
 * an expiry date, a security code's length, an ABA routing number's checksum, a bank account
 * number's length. Answers are reasons in words (never repeating the digits), empty when fine.
 */
public final class PaymentChecks {

  /** How many years ahead an expiry date may be. */
  static final int LONGEST_VALIDITY_YEARS = 20;

  private PaymentChecks() {}

  /** Whether the digits pass the Luhn (mod 10) check that every card number carries. */
  public static boolean luhnValid(SensitiveDigits number) {
    int sum = 0;
    boolean twice = false;
    for (int i = number.length() - 1; i >= 0; i--) {
      int digit = number.digit(i);
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** What is wrong with a card number, if anything; its brand otherwise. */
  public static CardCheck cardNumber(SensitiveDigits number) {
    if (number.length() < 13 || number.length() > 19) {
      return new CardCheck.Refused("a card number has 13 to 19 digits");
    }
    if (!luhnValid(number)) {
      return new CardCheck.Refused("the card number's check digit is wrong (a mistyped digit)");
    }
    return CardBrand.of(number)
        .<CardCheck>map(CardCheck.Accepted::new)
        .orElseGet(() -> new CardCheck.Refused("the city does not accept this kind of card"));
  }

  /** A card number's check: its brand, or why it is refused. */
  public sealed interface CardCheck {
    record Accepted(CardBrand brand) implements CardCheck {}

    record Refused(String reason) implements CardCheck {}
  }

  /**
   * What is wrong with an expiry keyed as MMYY (0427 for April 2027), if anything: a card is good
   * through the last day of its month.
   */
  public static Optional<String> expiry(SensitiveDigits mmyy, LocalDate today) {
    if (mmyy.length() != 4) {
      return Optional.of("an expiry date is four digits, month and year");
    }
    int month = mmyy.digit(0) * 10 + mmyy.digit(1);
    int year = 2000 + mmyy.digit(2) * 10 + mmyy.digit(3);
    if (month < 1 || month > 12) {
      return Optional.of("the expiry month is 01 to 12");
    }
    YearMonth expires = YearMonth.of(year, month);
    YearMonth now = YearMonth.from(today);
    if (expires.isBefore(now)) {
      return Optional.of("the card has expired");
    }
    if (expires.isAfter(now.plusYears(LONGEST_VALIDITY_YEARS))) {
      return Optional.of("the expiry date is too far ahead");
    }
    return Optional.empty();
  }

  /** What is wrong with a security code for a card of this brand, if anything. */
  public static Optional<String> securityCode(SensitiveDigits code, CardBrand brand) {
    if (code.length() != brand.securityCodeLength()) {
      return Optional.of(
          "a "
              + brand.displayName()
              + " security code has "
              + brand.securityCodeLength()
              + " digits");
    }
    return Optional.empty();
  }

  /** Whether nine digits are an ABA routing number (3-7-1 weighted checksum). */
  public static boolean abaValid(SensitiveDigits routing) {
    if (routing.length() != 9) {
      return false;
    }
    int[] weights = {3, 7, 1};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += weights[i % 3] * routing.digit(i);
    }
    return sum % 10 == 0 && sum > 0;
  }

  /** What is wrong with a routing number, if anything. */
  public static Optional<String> routingNumber(SensitiveDigits routing) {
    if (routing.length() != 9) {
      return Optional.of("a routing number has nine digits");
    }
    return abaValid(routing)
        ? Optional.empty()
        : Optional.of("the routing number's checksum is wrong (a mistyped digit)");
  }

  /** What is wrong with a bank account number, if anything: 4 to 17 digits. */
  public static Optional<String> bankAccountNumber(SensitiveDigits account) {
    return account.length() < 4 || account.length() > 17
        ? Optional.of("a bank account number has 4 to 17 digits")
        : Optional.empty();
  }

  /** What is wrong with a billing ZIP code, if anything. */
  public static Optional<String> billingZip(SensitiveDigits zip) {
    return zip.length() == 5 ? Optional.empty() : Optional.of("a ZIP code has five digits");
  }
}
