package org.cityline.accounts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount in US dollars, held as whole cents so sums are exact.
 *
 * @param cents the amount in cents; negative for a credit
 */
public record Money(long cents) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  public static Money ofCents(long cents) {
    return new Money(cents);
  }

  /** An amount written with a dot and at most two decimals ({@code 12.5}, {@code 12.50}). */
  public static Money parse(String dollars) {
    try {
      BigDecimal value = new BigDecimal(dollars.strip());
      if (value.scale() > 2) {
        throw new IllegalArgumentException("an amount has at most two decimals: " + dollars);
      }
      return new Money(value.movePointRight(2).longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not an amount of dollars: " + dollars, e);
    }
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(cents, other.cents));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(cents, other.cents));
  }

  public boolean isPositive() {
    return cents > 0;
  }

  public boolean isZero() {
    return cents == 0;
  }

  /** Whole dollars, rounded toward zero. */
  public long dollars() {
    return cents / 100;
  }

  /** The cents past the whole dollars (0 to 99, with the amount's sign). */
  public long centsPart() {
    return cents % 100;
  }

  /** As a decimal number of dollars. */
  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  /** Formatted as a currency in the given locale, e.g. "$1,234.50" in en-US. */
  public String format(Locale locale) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(java.util.Currency.getInstance("USD"));
    return format.format(toDecimal());
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  /** The amount as a plain decimal, e.g. "1234.50"; safe for logs and CSV. */
  @Override
  public String toString() {
    return toDecimal().toPlainString();
  }
}
