package org.cityline.ivr.guard;

import java.time.Instant;
import org.cityline.accounts.AccountNumber;

/**
 * Counts failed identifications per account across the cluster and locks an account's self-service
 * after too many ({@link GuardPolicy}). Every node asks the same store, so five failures spread
 * over five nodes lock the account as surely as five on one.
 */
public interface IdentificationGuard {

  /** Whether the account's self-service is locked now. */
  boolean isLocked(AccountNumber account, Instant at);

  /**
   * Counts a failed attempt (account known, secret wrong) and says whether it locked the account.
   */
  FailureWindow.FailureOutcome recordFailure(AccountNumber account, Instant at);
}
