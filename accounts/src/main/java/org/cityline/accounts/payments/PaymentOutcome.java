package org.cityline.accounts.payments;

import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentMethod;

/** What became of a {@link PaymentRequest}. Every outcome but {@link Approved} charged nothing. */
public sealed interface PaymentOutcome {

  /**
   * Charged and posted to the account.
   *
   * @param confirmation the confirmation number to read back (digits)
   * @param amount how much
   * @param method card or bank
   * @param lastFour of the card or bank account
   * @param disconnectCancelled whether the payment covered the past-due amount and a pending
   *     disconnect for non-payment was therefore cancelled
   */
  record Approved(
      String confirmation,
      Money amount,
      PaymentMethod method,
      String lastFour,
      boolean disconnectCancelled)
      implements PaymentOutcome {}

  /**
   * The card's bank or the bank account refused it.
   *
   * @param reason in words, fit to tell the payer
   */
  record Declined(String reason) implements PaymentOutcome {}

  /**
   * The gateway could not take it; nothing was charged.
   *
   * @param reason in words
   */
  record Failed(String reason) implements PaymentOutcome {}

  /**
   * Not attempted: the request itself is wrong (amount outside the limits, an unknown account, a
   * token that is not complete or was used for another payment).
   *
   * @param reason in words
   */
  record Refused(String reason) implements PaymentOutcome {}

  /**
   * The gateway's answer was lost (a timeout): the payment may or may not have gone through. It is
   * settled later by asking the gateway under the same key; the payer must not pay again.
   *
   * @param reason in words
   */
  record Unconfirmed(String reason) implements PaymentOutcome {}
}
