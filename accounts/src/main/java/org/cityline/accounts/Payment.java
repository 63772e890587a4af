package org.cityline.accounts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A payment on an account. Card and bank digits are never kept: only the method, the last four
 * digits and the confirmation number read back to the payer.
 *
 * @param id the payment's number
 * @param receivedOn when it was received
 * @param amount how much (positive)
 * @param method card, bank, cash or check
 * @param channel where it came in
 * @param lastFour the last four digits of the card or bank account, for card and bank payments
 * @param confirmation the confirmation number given to the payer
 * @param status posted, or returned by the bank
 */
public record Payment(
    long id,
    LocalDate receivedOn,
    Money amount,
    PaymentMethod method,
    PaymentChannel channel,
    Optional<String> lastFour,
    String confirmation,
    PaymentStatus status) {

  private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");
  private static final Pattern CONFIRMATION = Pattern.compile("[A-Z0-9-]{4,20}");

  public Payment {
    if (receivedOn == null || amount == null || method == null || channel == null) {
      throw new IllegalArgumentException("a payment needs a date, an amount, a method, a channel");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a payment is a positive amount, was " + amount);
    }
    if (lastFour == null || lastFour.isPresent() != method.hasLastFour()) {
      throw new IllegalArgumentException(
          "card and bank payments carry the last four digits, cash and check payments none");
    }
    if (lastFour.isPresent() && !LAST_FOUR.matcher(lastFour.get()).matches()) {
      throw new IllegalArgumentException("the last four are four digits, nothing more");
    }
    if (confirmation == null || !CONFIRMATION.matcher(confirmation).matches()) {
      throw new IllegalArgumentException("a confirmation number is 4 to 20 of A-Z, 0-9 and '-'");
    }
    if (status == null) {
      throw new IllegalArgumentException("a payment needs a status");
    }
  }

  /** Whether it counts toward the balance. */
  public boolean isPosted() {
    return status == PaymentStatus.POSTED;
  }
}
