package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.demo.SeedReport;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.accounts.testing.TableDigest;
import org.junit.jupiter.api.Test;

/**
 * The schema from nothing, and the demo city: deterministic, safe to seed again, of the right mix.
 */
abstract class MigrationAndSeedContract {

  /** A small city for the tests that seed their own databases. */
  static final int SMALL = 250;

  abstract StoreEngine engine();

  @Test
  void migratesAnEmptyDatabaseOnceIntoItsOwnHistoryTable() throws SQLException {
    DataSource blank = engine().blank();

    assertThat(AccountsDatabase.migrate(blank)).isGreaterThanOrEqualTo(1);
    assertThat(AccountsDatabase.migrate(blank)).isZero();

    assertThat(
            count(
                blank, "SELECT COUNT(*) FROM \"flyway_accounts_history\" WHERE \"success\" = TRUE"))
        .isGreaterThanOrEqualTo(1);
    assertThat(count(blank, "SELECT COUNT(*) FROM account")).isZero();
    assertThat(
            AccountsDatabase.open(blank, engine().clock())
                .customers()
                .findByNumber(DemoCity.SHOWCASE_ENGLISH.account()))
        .isEmpty();
  }

  @Test
  void refusesToWorkWithoutADatabase() {
    assertThatThrownBy(() -> AccountsDatabase.migrate(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AccountsDatabase.open(null, engine().clock()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemoCity.seedIfEmpty(null, engine().clock()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void migratesBesideAnotherModulesTables() throws SQLException {
    DataSource blank = engine().blank();
    execute(blank, "CREATE TABLE routing_interval (queue_name VARCHAR(64) PRIMARY KEY)");

    assertThat(AccountsDatabase.migrate(blank)).isGreaterThanOrEqualTo(1);
    assertThat(count(blank, "SELECT COUNT(*) FROM staff_member")).isZero();
  }

  @Test
  void seedingAnUnmigratedDatabaseSaysWhatToDo() {
    assertThatThrownBy(() -> DemoCity.seedIfEmpty(engine().blank(), engine().clock(), 1, SMALL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AccountsDatabase.migrate");
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOther() {
    String first = TableDigest.of(seededSmall(7));
    String again = TableDigest.of(seededSmall(7));
    String other = TableDigest.of(seededSmall(8));

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void seedingAgainChangesNothing() {
    DataSource seeded = engine().seeded();
    String before = TableDigest.of(seeded);

    SeedReport report = DemoCity.seedIfEmpty(seeded, engine().clock());

    assertThat(report.seeded()).isFalse();
    assertThat(report.seed()).isEqualTo(DemoCity.DEFAULT_SEED);
    assertThat(report.describe()).contains("already there");
    assertThat(TableDigest.of(seeded)).isEqualTo(before);
  }

  @Test
  void nodesSeedingTogetherSeedOnce() throws Exception {
    DataSource database = engine().blank();
    AccountsDatabase.migrate(database);
    ExecutorService nodes = Executors.newFixedThreadPool(3);
    try {
      List<Future<SeedReport>> reports = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        reports.add(
            nodes.submit(() -> DemoCity.seedIfEmpty(database, engine().clock(), 11, SMALL)));
      }
      int seeded = 0;
      for (Future<SeedReport> report : reports) {
        seeded += report.get().seeded() ? 1 : 0;
      }
      assertThat(seeded).isEqualTo(1);
      assertThat(count(database, "SELECT COUNT(*) FROM account")).isEqualTo(SMALL);
    } finally {
      nodes.shutdownNow();
    }
  }

  @Test
  void leavesADatabaseWithOtherAccountsAlone() throws SQLException {
    DataSource database = engine().blank();
    AccountsDatabase.migrate(database);
    execute(
        database,
        "INSERT INTO customer (customer_id, full_name, language_tag) VALUES (1, 'City Hall', 'en-US')");
    execute(
        database,
        "INSERT INTO account (account_number, customer_id, status, service_street, service_unit,"
            + " service_city, service_state, service_zip, opened_on, opening_balance_cents)"
            + " VALUES ('9999999999', 1, 'ACTIVE', '1 Civic Plaza', '', 'Cityline', 'NM', '87102',"
            + " DATE '2020-01-01', 0)");

    SeedReport report = DemoCity.seedIfEmpty(database, engine().clock(), 1, SMALL);

    assertThat(report.seeded()).isFalse();
    assertThat(report.describe()).contains("not a demo city");
    assertThat(count(database, "SELECT COUNT(*) FROM account")).isEqualTo(1);
    assertThat(count(database, "SELECT COUNT(*) FROM staff_member")).isZero();
  }

  @Test
  void theDefaultCityHasTheDocumentedMix() throws SQLException {
    DataSource city = engine().seeded();

    assertThat(count(city, "SELECT COUNT(*) FROM account")).isEqualTo(DemoCity.DEFAULT_ACCOUNTS);
    long customers = count(city, "SELECT COUNT(*) FROM customer");
    long spanish = count(city, "SELECT COUNT(*) FROM customer WHERE language_tag = 'es-US'");
    assertThat((double) spanish / customers).isBetween(0.20, 0.30);
    assertThat(count(city, "SELECT COUNT(*) FROM customer WHERE phone IS NULL"))
        .isBetween(100L, 400L);
    assertThat(
            count(
                city,
                "SELECT COUNT(*) FROM customer WHERE phone IS NOT NULL AND phone NOT LIKE '+1___555____'"))
        .isZero();
    assertThat(
            count(
                city,
                "SELECT COUNT(*) FROM (SELECT c.phone FROM customer c JOIN account a"
                    + " ON a.customer_id = c.customer_id WHERE c.phone IS NOT NULL AND a.status <> 'CLOSED'"
                    + " GROUP BY c.phone HAVING COUNT(*) > 1) shared"))
        .isBetween(20L, 200L);
    assertThat(count(city, "SELECT COUNT(*) FROM account WHERE status = 'CLOSED'"))
        .isBetween(80L, 250L);
    assertThat(count(city, "SELECT COUNT(*) FROM account WHERE status = 'DISCONNECTED'"))
        .isBetween(40L, 170L);
    assertThat(
            count(
                city,
                "SELECT COUNT(DISTINCT account_number) FROM service_order"
                    + " WHERE order_type = 'DISCONNECT_NONPAYMENT' AND status IN ('OPEN', 'SCHEDULED')"))
        .isBetween(100L, 350L);
    assertThat(count(city, "SELECT COUNT(*) FROM payment_arrangement WHERE status = 'ACTIVE'"))
        .isBetween(120L, 320L);
    assertThat(count(city, "SELECT COUNT(*) FROM payment_arrangement WHERE status = 'BROKEN'"))
        .isPositive();
    assertThat(count(city, "SELECT COUNT(*) FROM payment_arrangement WHERE status = 'COMPLETED'"))
        .isPositive();
    for (String program : new String[] {"BUDGET_BILLING", "SUREPAY", "SELECT_DUE_DATE", "EBILL"}) {
      assertThat(
              count(
                  city, "SELECT COUNT(*) FROM program_enrolment WHERE program = '" + program + "'"))
          .as(program)
          .isGreaterThan(100L);
    }
    for (String service :
        new String[] {
          "ELECTRIC", "GAS", "WATER", "WASTEWATER", "SOLID_WASTE", "IRRIGATION", "HYDRANT_METER"
        }) {
      assertThat(
              count(city, "SELECT COUNT(*) FROM account_service WHERE service = '" + service + "'"))
          .as(service)
          .isPositive();
    }
    assertThat(
            count(
                city,
                "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM bill GROUP BY account_number) b"))
        .isEqualTo(12);
    assertThat(count(city, "SELECT COUNT(*) FROM payment WHERE status = 'RETURNED'")).isPositive();
  }

  @Test
  void aboutOneAccountInSixIsPastDue() throws SQLException {
    var customers = engine().store().customers();
    List<String> sample = new ArrayList<>();
    try (Connection connection = engine().seeded().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT account_number FROM account WHERE status <> 'CLOSED'"
                    + " ORDER BY account_number FETCH FIRST 600 ROWS ONLY")) {
      while (rs.next()) {
        sample.add(rs.getString(1));
      }
    }
    long pastDue =
        sample.stream()
            .map(number -> customers.findByNumber(new AccountNumber(number)).orElseThrow())
            .filter(summary -> summary.pastDue().isPositive())
            .count();
    assertThat((double) pastDue / sample.size()).isBetween(0.08, 0.30);
  }

  private DataSource seededSmall(long seed) {
    DataSource database = engine().blank();
    AccountsDatabase.migrate(database);
    SeedReport report = DemoCity.seedIfEmpty(database, DemoCityDatabase.CLOCK, seed, SMALL);
    assertThat(report.seeded()).isTrue();
    return database;
  }

  static long count(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void execute(DataSource dataSource, String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
