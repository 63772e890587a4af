package org.cityline.accounts.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.cityline.accounts.staff.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds a demo city in one transaction. The first statement claims the single row of {@code
 * demo_seed}: a node that starts at the same moment blocks on that key, then fails on it, and finds
 * the city seeded.
 */
final class DemoCitySeeder {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCitySeeder.class);

  /** How often to wait on another node's claim (each wait lasts the database's lock timeout). */
  private static final int MAX_ATTEMPTS = 60;

  private final DataSource dataSource;
  private final Clock clock;

  DemoCitySeeder(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  SeedReport seedIfEmpty(long seed, int accounts) {
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        SeedReport report = seedOnce(connection, seed, accounts, start);
        LOG.info(report.describe());
        return report;
      } catch (SQLException e) {
        // Another node holds the claim and is still seeding: wait on the claim again.
        if (!isLockTimeout(e) || attempt == MAX_ATTEMPTS) {
          throw failed(e);
        }
        LOG.info("Another node is seeding the demo city; waiting for it");
      }
    }
  }

  private SeedReport seedOnce(Connection connection, long seed, int accounts, long start)
      throws SQLException {
    Optional<SeedReport> existing = existing(connection);
    if (existing.isPresent()) {
      return existing.get();
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      LocalDate today = LocalDate.now(clock);
      claim(connection, seed, accounts, today);
      DemoCityData city = DemoCity.generate(seed, accounts, clock);
      long rows = new DemoCityWriter(connection).write(city);
      rows += DemoLandlords.insert(connection, today);
      if (DemoStaff.isEmpty(connection)) {
        DemoStaff.insert(connection, DemoStaff.members(new PasswordHasher()));
      }
      connection.commit();
      return new SeedReport(
          true, seed, accounts, rows, today, Duration.ofNanos(System.nanoTime() - start));
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      if (isUniqueViolation(e)) {
        // Another node seeded first and has committed.
        connection.setAutoCommit(true);
        return existing(connection).orElseThrow(() -> failed(e));
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** What is there already: a demo city, or accounts of another origin. */
  private static Optional<SeedReport> existing(Connection connection) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement("SELECT seed, account_count, as_of FROM demo_seed");
        ResultSet rs = query.executeQuery()) {
      if (rs.next()) {
        return Optional.of(
            new SeedReport(
                false,
                rs.getLong(1),
                rs.getInt(2),
                0,
                rs.getObject(3, LocalDate.class),
                Duration.ZERO));
      }
    }
    try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM account");
        ResultSet rs = query.executeQuery()) {
      rs.next();
      long count = rs.getLong(1);
      return count == 0
          ? Optional.empty()
          : Optional.of(new SeedReport(false, 0, (int) count, 0, null, Duration.ZERO));
    }
  }

  private void claim(Connection connection, long seed, int accounts, LocalDate today)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO demo_seed (seed_slot, seed, account_count, as_of, seeded_at)"
                + " VALUES (1, ?, ?, ?, ?)")) {
      insert.setLong(1, seed);
      insert.setInt(2, accounts);
      insert.setObject(3, today);
      insert.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    }
  }

  private static boolean isUniqueViolation(Throwable failure) {
    return hasState(failure, "23505");
  }

  /** H2's lock timeout, PostgreSQL's lock not available. */
  private static boolean isLockTimeout(Throwable failure) {
    return hasState(failure, "HYT00") || hasState(failure, "55P03");
  }

  private static boolean hasState(Throwable failure, String state) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && state.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static IllegalStateException failed(Exception e) {
    return new IllegalStateException(
        "Seeding the demo city failed: "
            + e.getMessage()
            + " (is the accounts schema migrated? Call AccountsDatabase.migrate first)",
        e);
  }
}
