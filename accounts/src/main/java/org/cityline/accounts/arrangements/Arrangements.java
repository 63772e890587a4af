package org.cityline.accounts.arrangements;

import org.cityline.accounts.AccountNumber;

/**
 * Payment arrangements and extensions: who may have one ({@link ArrangementPolicy}) and making
 * them. Making one is one transaction: the arrangement with its instalments, its audit entry, and,
 * when a disconnect for non-payment is pending, its cancellation with notes and a field
 * notification (an arrangement covers the past-due amount).
 *
 * <p>Methods block on the database: call them from virtual threads or workers.
 */
public interface Arrangements {

  /** Whether the account may have an arrangement now, and within which bounds. */
  ArrangementEligibility eligibility(AccountNumber account);

  /** Makes one; the same request key again answers the arrangement already made. */
  ArrangementOutcome make(ArrangementRequest request);

  /** The rules in force. */
  ArrangementPolicy policy();
}
