package org.cityline.accounts.testing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A SHA-256 of the demo city's tables, row by row in key order, with values written the same way
 * whichever database holds them: equal digests mean the same data. Leaves out what is never the
 * same twice: staff password hashes (salted) and when the seed ran.
 */
public final class TableDigest {

  /** Each table with the columns that order its rows. */
  public static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("customer", "customer_id");
    TABLES.put("account", "account_number");
    TABLES.put("account_service", "account_number, service, started_on");
    TABLES.put("bill", "bill_id");
    TABLES.put("bill_line", "bill_id, line_no");
    TABLES.put("payment", "payment_id");
    TABLES.put("payment_arrangement", "arrangement_id");
    TABLES.put("arrangement_instalment", "arrangement_id, instalment_no");
    TABLES.put("service_order", "order_id");
    TABLES.put("service_order_note", "note_id");
    TABLES.put("program_enrolment", "account_number, program, enrolled_on");
    TABLES.put("account_note", "note_id");
  }

  private TableDigest() {}

  /** The digest of every table in {@link #TABLES}. */
  public static String of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, String> table : TABLES.entrySet()) {
        digestTable(connection, table.getKey(), table.getValue(), sha);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (SQLException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("Could not digest the demo city: " + e.getMessage(), e);
    }
  }

  private static void digestTable(
      Connection connection, String table, String order, MessageDigest sha) throws SQLException {
    sha.update(("table " + table + "\n").getBytes(StandardCharsets.UTF_8));
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, String> row = new TreeMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(
              meta.getColumnLabel(i).toLowerCase(Locale.ROOT), value(rs, i, meta.getColumnType(i)));
        }
        sha.update((row + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static String value(ResultSet rs, int column, int type) throws SQLException {
    if (rs.getObject(column) == null) {
      return "NULL";
    }
    return switch (type) {
      case Types.DATE -> rs.getObject(column, LocalDate.class).toString();
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          rs.getObject(column, OffsetDateTime.class).toInstant().toString();
      case Types.DECIMAL, Types.NUMERIC -> {
        BigDecimal decimal = rs.getBigDecimal(column).stripTrailingZeros();
        yield decimal.toPlainString();
      }
      default -> rs.getString(column);
    };
  }
}
