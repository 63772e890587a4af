package org.cityline.desktop.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.CustomerInformation;
import org.cityline.common.PhoneNumber;

/** Accounts kept in a map; counts look-ups so tests can see the pop reads an account once. */
public final class FakeCustomerInformation implements CustomerInformation {

  private final Map<AccountNumber, AccountSummary> accounts = new ConcurrentHashMap<>();
  private final AtomicInteger lookups = new AtomicInteger();

  public FakeCustomerInformation add(AccountSummary account) {
    accounts.put(account.number(), account);
    return this;
  }

  /** How many times {@link #findByNumber} was called. */
  public int lookups() {
    return lookups.get();
  }

  @Override
  public List<AccountSummary> findByPhone(PhoneNumber phone) {
    return accounts.values().stream()
        .filter(a -> a.status() != AccountStatus.CLOSED)
        .filter(a -> a.phoneOnFile().filter(phone::equals).isPresent())
        .toList();
  }

  @Override
  public Optional<AccountSummary> findByNumber(AccountNumber number) {
    lookups.incrementAndGet();
    return Optional.ofNullable(accounts.get(number));
  }
}
