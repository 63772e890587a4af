package org.cityline.accounts.payments;

import java.util.Optional;
import org.cityline.accounts.Money;

/**
 * The smallest and largest payment the city takes in one go (by phone, say). A payment larger than
 * the balance is allowed (it leaves a credit) as long as it is within the maximum.
 *
 * @param minimum at least one cent
 * @param maximum at least the minimum
 */
public record PaymentLimits(Money minimum, Money maximum) {

  public PaymentLimits {
    if (minimum == null || maximum == null || !minimum.isPositive()) {
      throw new IllegalArgumentException("payment limits need a positive minimum and a maximum");
    }
    if (maximum.compareTo(minimum) < 0) {
      throw new IllegalArgumentException(
          "the largest payment (" + maximum + ") is below the smallest (" + minimum + ")");
    }
  }

  /** $1.00 to $5,000.00. */
  public static PaymentLimits defaults() {
    return new PaymentLimits(Money.ofCents(100), Money.ofCents(500_000));
  }

  /** Why this amount cannot be paid, or empty when it can. */
  public Optional<String> problem(Money amount) {
    if (amount == null || amount.compareTo(minimum) < 0) {
      return Optional.of("the smallest payment is $" + minimum);
    }
    if (amount.compareTo(maximum) > 0) {
      return Optional.of("the largest payment is $" + maximum);
    }
    return Optional.empty();
  }
}
