package org.cityline.accounts.payments.sandbox;

/**
 * What the sandbox gateway does when a method is charged, chosen by its documented test numbers.
 */
public enum SandboxBehaviour {
  /** Charged. */
  APPROVE,
  /** Declined: "The card was declined." / "The bank declined the payment." */
  DECLINE,
  /** Declined for insufficient funds. */
  DECLINE_FUNDS,
  /** Declined: the billing ZIP code does not match the card. */
  DECLINE_ZIP,
  /** The processor is unavailable: nothing is charged. */
  FAIL,
  /** Charged, but the answer is lost on the way back (a timeout): the charge throws. */
  LOSE_ANSWER
}
