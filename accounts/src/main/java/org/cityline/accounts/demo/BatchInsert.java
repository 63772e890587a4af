package org.cityline.accounts.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Fast inserts into one table: rows go out many to a statement ({@code INSERT ... VALUES (...),
 * (...), ...}) and statements many to a JDBC batch, which H2 and PostgreSQL both take without
 * driver settings. Close it to send the last rows.
 */
final class BatchInsert implements AutoCloseable {

  /** Bind parameters per statement: well under PostgreSQL's limit of 32,767. */
  private static final int PARAMETERS_PER_STATEMENT = 1000;

  private static final int STATEMENTS_PER_BATCH = 20;

  private final Connection connection;
  private final LongConsumer whenClosed;
  private final String table;
  private final List<String> columns;
  private final int rowsPerStatement;
  private final List<Object[]> pending = new ArrayList<>();
  private PreparedStatement full;
  private int batched;
  private long rows;

  /**
   * @param whenClosed told how many rows were inserted, once all are sent
   */
  BatchInsert(Connection connection, LongConsumer whenClosed, String table, String... columns) {
    this.connection = connection;
    this.whenClosed = whenClosed;
    this.table = table;
    this.columns = List.of(columns);
    this.rowsPerStatement = Math.max(1, PARAMETERS_PER_STATEMENT / columns.length);
  }

  /** Adds a row: one value per column, in order; {@code null} for SQL NULL. */
  void add(Object... values) throws SQLException {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          table + " takes " + columns.size() + " values a row, got " + values.length);
    }
    pending.add(values);
    rows++;
    if (pending.size() == rowsPerStatement) {
      if (full == null) {
        full = connection.prepareStatement(sql(rowsPerStatement));
      }
      bind(full, pending);
      full.addBatch();
      pending.clear();
      if (++batched == STATEMENTS_PER_BATCH) {
        full.executeBatch();
        batched = 0;
      }
    }
  }

  @Override
  public void close() throws SQLException {
    if (full != null) {
      if (batched > 0) {
        full.executeBatch();
      }
      full.close();
    }
    if (!pending.isEmpty()) {
      try (PreparedStatement last = connection.prepareStatement(sql(pending.size()))) {
        bind(last, pending);
        last.executeUpdate();
      }
      pending.clear();
    }
    whenClosed.accept(rows);
  }

  private String sql(int rowCount) {
    String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    return "INSERT INTO "
        + table
        + " ("
        + String.join(", ", columns)
        + ") VALUES "
        + String.join(", ", Collections.nCopies(rowCount, row));
  }

  private static void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
    int index = 1;
    for (Object[] row : rows) {
      for (Object value : row) {
        switch (value) {
          case null -> statement.setNull(index, Types.NULL);
          case Instant instant -> statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
          default -> statement.setObject(index, value);
        }
        index++;
      }
    }
  }
}
