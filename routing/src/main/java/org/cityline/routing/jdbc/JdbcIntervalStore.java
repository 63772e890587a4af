package org.cityline.routing.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueInterval;

/**
 * Interval counts in {@code routing_queue_interval}, one row per queue and interval. Saving updates
 * the row or inserts it (and updates again if another node inserted it meanwhile), in one
 * transaction per batch; plain SQL that H2 and PostgreSQL both run.
 */
final class JdbcIntervalStore implements IntervalStore {

  private static final String COUNTS =
      "offered = ?, answered = ?, answered_in_target = ?, abandoned = ?, abandoned_in_target = ?,"
          + " overflowed = ?, callbacks = ?, wait_millis = ?, handled = ?, handle_millis = ?";
  private static final String UPDATE =
      "UPDATE routing_queue_interval SET " + COUNTS + " WHERE queue_id = ? AND interval_start = ?";
  private static final String INSERT =
      "INSERT INTO routing_queue_interval (offered, answered, answered_in_target, abandoned,"
          + " abandoned_in_target, overflowed, callbacks, wait_millis, handled, handle_millis,"
          + " queue_id, interval_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;

  JdbcIntervalStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void save(List<QueueInterval> intervals) {
    if (intervals == null) {
      throw new IllegalArgumentException("save needs intervals (the list may be empty)");
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        for (QueueInterval interval : intervals) {
          save(connection, interval);
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not write " + intervals.size() + " interval rows: " + e.getMessage(), e);
    }
  }

  private static void save(Connection connection, QueueInterval interval) throws SQLException {
    if (run(connection, UPDATE, interval) == 1) {
      return;
    }
    try (var savepoint = new Savepoint(connection)) {
      run(connection, INSERT, interval);
      savepoint.release();
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) { // not a unique violation: a real failure
        throw e;
      }
      run(connection, UPDATE, interval); // another node inserted it first
    }
  }

  private static int run(Connection connection, String sql, QueueInterval interval)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      QueueCounts counts = interval.counts();
      statement.setInt(1, counts.offered());
      statement.setInt(2, counts.answered());
      statement.setInt(3, counts.answeredInTarget());
      statement.setInt(4, counts.abandoned());
      statement.setInt(5, counts.abandonedInTarget());
      statement.setInt(6, counts.overflowed());
      statement.setInt(7, counts.callbacks());
      statement.setLong(8, counts.waitMillis());
      statement.setInt(9, counts.handled());
      statement.setLong(10, counts.handleMillis());
      statement.setString(11, interval.queue().value());
      statement.setObject(12, OffsetDateTime.ofInstant(interval.start(), ZoneOffset.UTC));
      return statement.executeUpdate();
    }
  }

  @Override
  public List<QueueInterval> between(Instant from, Instant to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("between needs a span from an instant to a later one");
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT * FROM routing_queue_interval WHERE interval_start >= ? AND"
                    + " interval_start < ? ORDER BY interval_start, queue_id")) {
      statement.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
      statement.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
      List<QueueInterval> rows = new ArrayList<>();
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          rows.add(row(result));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read interval rows: " + e.getMessage(), e);
    }
  }

  private static QueueInterval row(ResultSet result) throws SQLException {
    return new QueueInterval(
        new QueueId(result.getString("queue_id")),
        result.getObject("interval_start", OffsetDateTime.class).toInstant(),
        new QueueCounts(
            result.getInt("offered"),
            result.getInt("answered"),
            result.getInt("answered_in_target"),
            result.getInt("abandoned"),
            result.getInt("abandoned_in_target"),
            result.getInt("overflowed"),
            result.getInt("callbacks"),
            result.getLong("wait_millis"),
            result.getInt("handled"),
            result.getLong("handle_millis")));
  }

  /** A savepoint rolled back unless released (PostgreSQL aborts a transaction on any error). */
  private static final class Savepoint implements AutoCloseable {
    private final Connection connection;
    private final java.sql.Savepoint savepoint;
    private boolean released;

    Savepoint(Connection connection) throws SQLException {
      this.connection = connection;
      this.savepoint = connection.setSavepoint();
    }

    void release() throws SQLException {
      connection.releaseSavepoint(savepoint);
      released = true;
    }

    @Override
    public void close() throws SQLException {
      if (!released) {
        connection.rollback(savepoint);
      }
    }
  }
}
