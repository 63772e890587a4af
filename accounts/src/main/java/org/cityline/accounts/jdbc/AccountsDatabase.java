package org.cityline.accounts.jdbc;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.cityline.accounts.FieldNotifications;
import org.cityline.accounts.payments.PaymentGateway;
import org.cityline.accounts.payments.Payments;
import org.cityline.accounts.payments.sandbox.SandboxGateway;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accounts database: its schema and the store over it.
 *
 * <pre>{@code
 * AccountsDatabase.migrate(dataSource);
 * AccountsStore store = AccountsDatabase.open(dataSource, clock);
 * }</pre>
 */
public final class AccountsDatabase {

  /** Where the migrations are, on the class path. */
  public static final String MIGRATIONS = "classpath:db/migration/accounts";

  /** This module's Flyway history table; other modules keep their own. */
  public static final String HISTORY_TABLE = "flyway_accounts_history";

  private static final Logger LOG = LoggerFactory.getLogger(AccountsDatabase.class);

  private AccountsDatabase() {}

  /**
   * Brings the accounts tables up to date. Safe to call on every start and from several nodes at
   * once (Flyway locks); a schema that already holds other modules' tables is fine.
   *
   * @return how many migrations were applied now
   */
  public static int migrate(DataSource dataSource) {
    if (dataSource == null) {
      throw new IllegalArgumentException("migrate needs the accounts database's data source");
    }
    long start = System.nanoTime();
    MigrateResult result =
        Flyway.configure(AccountsDatabase.class.getClassLoader())
            .dataSource(dataSource)
            .locations(MIGRATIONS)
            .table(HISTORY_TABLE)
            // Other modules' tables may be there first: start our history below V1.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        "Accounts schema at version {} ({} migrations applied in {} ms)",
        result.targetSchemaVersion == null
            ? result.initialSchemaVersion
            : result.targetSchemaVersion,
        result.migrationsExecuted,
        Duration.ofNanos(System.nanoTime() - start).toMillis());
    return result.migrationsExecuted;
  }

  /**
   * The self-service account changes (payments, arrangements, programs, outages, password resets)
   * over a migrated database.
   *
   * @param clock the utility's clock: its zone decides what "today" is
   */
  public static SelfServiceStore openSelfService(
      DataSource dataSource, Clock clock, SelfServiceSettings settings) {
    if (dataSource == null || clock == null || settings == null) {
      throw new IllegalArgumentException(
          "openSelfService needs a data source, the utility's clock and its settings");
    }
    Jdbi jdbi = Jdbis.create(dataSource);
    FieldNotifications notifications =
        new FieldNotifications(
            new JdbcFieldNotificationOutbox(jdbi), settings.fieldNotifier(), clock);
    PaymentGateway gateway =
        settings.gateway().orElseGet(() -> new SandboxGateway(new JdbcSandboxRecords(jdbi), clock));
    return new SelfServiceStore(
        new Payments(
            gateway,
            new JdbcPaymentLedger(jdbi, clock),
            settings.paymentLimits(),
            notifications,
            clock),
        gateway,
        new JdbcArrangements(jdbi, clock, settings.arrangements(), notifications),
        new JdbcPrograms(jdbi, clock),
        new JdbcOutages(jdbi),
        new JdbcOnlineAccounts(jdbi, settings.resets(), settings.messaging()),
        notifications);
  }

  /**
   * The store over a migrated database.
   *
   * @param clock the utility's clock: its zone decides what "today" is for due dates
   */
  public static AccountsStore open(DataSource dataSource, Clock clock) {
    if (dataSource == null || clock == null) {
      throw new IllegalArgumentException("open needs a data source and the utility's clock");
    }
    Jdbi jdbi = Jdbis.create(dataSource);
    JdbcContactHistory contacts = new JdbcContactHistory(jdbi);
    JdbcCustomerInformation customers = new JdbcCustomerInformation(jdbi, clock, contacts);
    return new AccountsStore(
        customers, customers, contacts, new JdbcAuditTrail(jdbi), new JdbcStaffDirectory(jdbi));
  }

  /**
   * Agents' account changes (program cancellation, due day, service orders, bill adjustments with
   * approvals, deposit quotes) over a migrated database.
   *
   * @param clock the utility's clock: its zone decides what "today" is
   * @param approvalThreshold credits above it wait for a supervisor's approval
   * @param fieldNotifier tells field staff about new service orders
   */
  public static org.cityline.accounts.desk.AgentAccountWork openAgentWork(
      DataSource dataSource,
      Clock clock,
      org.cityline.accounts.Money approvalThreshold,
      org.cityline.accounts.FieldNotifier fieldNotifier) {
    if (dataSource == null || clock == null || approvalThreshold == null || fieldNotifier == null) {
      throw new IllegalArgumentException(
          "openAgentWork needs a data source, the clock, a threshold and a field notifier");
    }
    if (approvalThreshold.cents() < 0) {
      throw new IllegalArgumentException("the approval threshold cannot be negative");
    }
    Jdbi jdbi = Jdbis.create(dataSource);
    return new JdbcAgentAccountWork(
        jdbi,
        clock,
        approvalThreshold,
        new FieldNotifications(new JdbcFieldNotificationOutbox(jdbi), fieldNotifier, clock));
  }

  /** The administrator's changes to the staff directory of a migrated database. */
  public static org.cityline.accounts.staff.StaffAdministration staffAdministration(
      DataSource dataSource) {
    if (dataSource == null) {
      throw new IllegalArgumentException("staffAdministration needs a data source");
    }
    return new JdbcStaffDirectory(Jdbis.create(dataSource));
  }
}
