package org.cityline.accounts;

import java.util.List;
import java.util.Optional;
import org.cityline.common.PhoneNumber;

/**
 * The port to the utility's customer information system: how the IVR identifies a caller and how
 * the desktop pops an account. The built-in store implements it; a city with its own CIS implements
 * it over that system.
 *
 * <p>Methods may block (database, remote CIS): call them from virtual threads or workers.
 */
public interface CustomerInformation {

  /** The accounts (active or disconnected, not closed) whose phone on file is this number. */
  List<AccountSummary> findByPhone(PhoneNumber phone);

  /** The account with this number, in any status. */
  Optional<AccountSummary> findByNumber(AccountNumber number);
}
