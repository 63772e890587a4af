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

  /**
   * The account with this number if its service address has this ZIP code: how a caller without a
   * matching phone number identifies. Empty for an unknown number or another ZIP (the caller is not
   * told which).
   */
  default Optional<AccountSummary> findByNumberAndZip(AccountNumber number, String serviceZip) {
    if (serviceZip == null) {
      return Optional.empty();
    }
    String zip = serviceZip.strip();
    return findByNumber(number).filter(account -> account.serviceAddress().zip().equals(zip));
  }

  /**
   * Everything about one account, for a screen pop and an agent's account tab. A customer
   * information system that offers no more than summaries answers with the summary alone.
   */
  default Optional<AccountDetail> detail(AccountNumber number) {
    return findByNumber(number).map(summary -> AccountDetail.ofSummary(summary));
  }
}
