package org.cityline.accounts.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.demo.SeedReport;
import org.cityline.accounts.jdbc.AccountsDatabase;
import org.cityline.accounts.jdbc.AccountsStore;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A migrated accounts database in H2's memory, seeded with the default demo city (or empty), for
 * tests in any module that want the real store. The city is seeded as of {@link #SEEDED_AT}
 * (2026-03-02, a Monday, also {@code ManualClock}'s default start), so the showcase accounts' dates
 * are fixed: {@code DemoCity.SHOWCASE_ENGLISH.dueDate(DemoCityDatabase.TODAY)}.
 *
 * <pre>{@code
 * AccountsStore store = DemoCityDatabase.shared().store();
 * store.customers().findByPhone(DemoCity.SHOWCASE_ENGLISH.phone().orElseThrow());
 * }</pre>
 *
 * <p>{@link #shared()} is seeded once per JVM (a second or two) and shared by every test: tests may
 * add notes and contacts to it (use random contact ids) but must not count rows that others add.
 * Use {@link #fresh(int)} for a database of one's own.
 */
public final class DemoCityDatabase {

  /** When the fixture's cities are seeded. */
  public static final Instant SEEDED_AT = Instant.parse("2026-03-02T16:00:00Z");

  /** The clock the fixture seeds with (UTC). */
  public static final Clock CLOCK = Clock.fixed(SEEDED_AT, ZoneOffset.UTC);

  /** The day the fixture's cities are seeded: showcase dates are relative to it. */
  public static final LocalDate TODAY = LocalDate.ofInstant(SEEDED_AT, ZoneOffset.UTC);

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static volatile DemoCityDatabase shared;

  private final String url;
  private final DataSource dataSource;
  private final SeedReport seedReport;

  private DemoCityDatabase(String url, DataSource dataSource, SeedReport seedReport) {
    this.url = url;
    this.dataSource = dataSource;
    this.seedReport = seedReport;
  }

  /** The default demo city ({@link DemoCity#DEFAULT_ACCOUNTS} accounts), one per JVM. */
  public static DemoCityDatabase shared() {
    DemoCityDatabase database = shared;
    if (database == null) {
      synchronized (DemoCityDatabase.class) {
        database = shared;
        if (database == null) {
          database = fresh(DemoCity.DEFAULT_ACCOUNTS);
          shared = database;
        }
      }
    }
    return database;
  }

  /** A new database of its own, seeded with a city of the default seed and this many accounts. */
  public static DemoCityDatabase fresh(int accounts) {
    return fresh(DemoCity.DEFAULT_SEED, accounts);
  }

  /** A new database of its own, seeded with this seed and this many accounts. */
  public static DemoCityDatabase fresh(long seed, int accounts) {
    String url = newUrl();
    DataSource dataSource = dataSource(url);
    AccountsDatabase.migrate(dataSource);
    SeedReport report = DemoCity.seedIfEmpty(dataSource, CLOCK, seed, accounts);
    return new DemoCityDatabase(url, dataSource, report);
  }

  /** A new migrated database with nothing in it. */
  public static DemoCityDatabase empty() {
    String url = newUrl();
    DataSource dataSource = dataSource(url);
    AccountsDatabase.migrate(dataSource);
    return new DemoCityDatabase(url, dataSource, null);
  }

  /** A new, unmigrated in-memory database (for migration tests). */
  public static DataSource blank() {
    return dataSource(newUrl());
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The JDBC URL, e.g. to open it from another connection pool. */
  public String jdbcUrl() {
    return url;
  }

  /** The store over this database, with the fixture's clock. */
  public AccountsStore store() {
    return AccountsDatabase.open(dataSource, CLOCK);
  }

  /** The store over this database with another clock (what "today" is moves the past due). */
  public AccountsStore store(Clock clock) {
    return AccountsDatabase.open(dataSource, clock);
  }

  /** What seeding did; null for {@link #empty()}. */
  public SeedReport seedReport() {
    return seedReport;
  }

  private static String newUrl() {
    return "jdbc:h2:mem:cityline-accounts-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
  }

  private static DataSource dataSource(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    return dataSource;
  }
}
