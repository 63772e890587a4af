package org.cityline.accounts.online;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;

/**
 * The city's online account, as the contact center touches it: one-time password-reset links,
 * rate-limited and audited. Only a hash of a link's token is stored.
 *
 * <p>Methods block (database, messaging): call them from virtual threads or workers.
 */
public interface OnlineAccounts {

  /** Sends a reset link to what is on file; the same request key again sends nothing more. */
  PasswordResetOutcome sendPasswordReset(PasswordResetRequest request);

  /**
   * Uses a link: the account whose password may now be set, if the token is known, unused and not
   * expired. A token works once.
   */
  Optional<AccountNumber> redeem(String token, Instant at);
}
