package org.cityline.ivr.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.CustomerInformation;
import org.cityline.common.PhoneNumber;

/** Accounts held in memory; can be switched "down" to throw like an unreachable CIS. */
public final class FakeCustomerInformation implements CustomerInformation {

  private final Map<AccountNumber, AccountSummary> accounts = new ConcurrentHashMap<>();
  private final AtomicBoolean down = new AtomicBoolean();
  private final AtomicInteger lookups = new AtomicInteger();

  public FakeCustomerInformation(AccountSummary... initial) {
    for (AccountSummary account : initial) {
      add(account);
    }
  }

  public FakeCustomerInformation add(AccountSummary account) {
    accounts.put(account.number(), account);
    return this;
  }

  /** From now on every lookup throws, as when the CIS cannot be reached. */
  public void goDown() {
    down.set(true);
  }

  /** How many lookups were made. */
  public int lookups() {
    return lookups.get();
  }

  @Override
  public List<AccountSummary> findByPhone(PhoneNumber phone) {
    check();
    List<AccountSummary> found = new ArrayList<>();
    for (AccountSummary account : accounts.values()) {
      if (account.phoneOnFile().equals(Optional.of(phone))
          && account.status() != AccountStatus.CLOSED) {
        found.add(account);
      }
    }
    return found;
  }

  @Override
  public Optional<AccountSummary> findByNumber(AccountNumber number) {
    check();
    return Optional.ofNullable(accounts.get(number));
  }

  private void check() {
    lookups.incrementAndGet();
    if (down.get()) {
      throw new IllegalStateException("the customer information system is down (test)");
    }
  }
}
