package org.cityline.accounts.arrangements;

import org.cityline.accounts.PaymentArrangement;

/** What became of an {@link ArrangementRequest}. */
public sealed interface ArrangementOutcome {

  /**
   * Made and audited.
   *
   * @param arrangement the arrangement with its instalments
   * @param disconnectCancelled whether a pending disconnect for non-payment was called off
   */
  record Made(PaymentArrangement arrangement, boolean disconnectCancelled)
      implements ArrangementOutcome {}

  /** The account may not have one; nothing changed. */
  record NotEligible(ArrangementEligibility.Reason reason) implements ArrangementOutcome {}

  /** The request does not fit the rules (days or instalments out of range); nothing changed. */
  record Refused(String reason) implements ArrangementOutcome {}
}
