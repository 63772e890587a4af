package org.cityline.accounts.jdbc;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.FieldNotifier;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.messaging.SandboxOutbox;
import org.cityline.accounts.payments.EntryResult;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.PaymentToken;
import org.cityline.accounts.payments.SensitiveDigits;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.common.testing.ManualClock;
import org.jdbi.v3.core.Jdbi;

/**
 * A small demo city of its own with the self-service store over it, a manual clock, the sandbox
 * outbox and a field notifier that records (and can be told to fail).
 */
final class SelfServiceFixture {

  /** Records what field staff were told; fails while {@link #failing} is set. */
  static final class RecordingNotifier implements FieldNotifier {
    final List<FieldNotification> told = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public void notify(FieldNotification notification) {
      if (failing) {
        throw new IllegalStateException("dispatch system down");
      }
      told.add(notification);
    }
  }

  final DataSource dataSource;
  final ManualClock clock = new ManualClock();
  final SandboxOutbox outbox = new SandboxOutbox(clock);
  final RecordingNotifier notifier = new RecordingNotifier();
  final SelfServiceStore services;
  final AccountsStore store;
  private final Set<AccountNumber> taken = new HashSet<>();

  SelfServiceFixture(StoreEngine engine) {
    dataSource = engine.blank();
    AccountsDatabase.migrate(dataSource);
    DemoCity.seedIfEmpty(
        dataSource, DemoCityDatabase.CLOCK, DemoCity.DEFAULT_SEED, MigrationAndSeedContract.SMALL);
    services =
        AccountsDatabase.openSelfService(
            dataSource,
            clock,
            SelfServiceSettings.sandbox("https://city.example/account/reset", outbox, notifier));
    store = AccountsDatabase.open(dataSource, clock);
    DemoCity.SHOWCASES.forEach(showcase -> taken.add(showcase.account()));
  }

  /**
   * An account of the city no other test of this fixture took (nor a showcase, which tests name
   * themselves), matching the condition.
   */
  synchronized AccountNumber account(Predicate<AccountSummary> condition) {
    List<String> numbers =
        Jdbi.create(dataSource)
            .withHandle(
                handle ->
                    handle
                        .createQuery("SELECT account_number FROM account ORDER BY account_number")
                        .mapTo(String.class)
                        .list());
    for (String number : numbers) {
      AccountNumber account = new AccountNumber(number);
      if (taken.contains(account)) {
        continue;
      }
      Optional<AccountSummary> summary = store.customers().findByNumber(account);
      if (summary.isPresent() && condition.test(summary.get())) {
        taken.add(account);
        return account;
      }
    }
    throw new IllegalStateException("no account left in the small city for this test");
  }

  AccountSummary summary(AccountNumber account) {
    return store.customers().findByNumber(account).orElseThrow();
  }

  /** Enters a card's four details and answers its token. */
  PaymentToken card(String number, String expiry, String code, String zip) {
    PaymentToken token = accepted(enter(Optional.empty(), PaymentField.CARD_NUMBER, number));
    accepted(enter(Optional.of(token), PaymentField.CARD_EXPIRY, expiry));
    accepted(enter(Optional.of(token), PaymentField.CARD_SECURITY_CODE, code));
    accepted(enter(Optional.of(token), PaymentField.BILLING_ZIP, zip));
    return token;
  }

  /** Enters a bank account's two details and answers its token. */
  PaymentToken bank(String routing, String account) {
    PaymentToken token = accepted(enter(Optional.empty(), PaymentField.ROUTING_NUMBER, routing));
    accepted(enter(Optional.of(token), PaymentField.BANK_ACCOUNT_NUMBER, account));
    return token;
  }

  EntryResult enter(Optional<PaymentToken> token, PaymentField field, String digits) {
    return services.payments().enter(token, field, SensitiveDigits.of(digits));
  }

  long count(String sql) {
    return Jdbi.create(dataSource)
        .withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }

  void later(Duration duration) {
    clock.advance(duration);
  }

  private static PaymentToken accepted(EntryResult result) {
    if (result instanceof EntryResult.Accepted accepted) {
      return accepted.token();
    }
    throw new AssertionError("expected the detail to be accepted, got " + result);
  }
}
