package org.cityline.accounts.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Every row of every table of a database as text, for tests that search a whole database for
 * something that must never be stored (card and bank numbers, a reset link's token).
 */
public final class DatabaseText {

  private DatabaseText() {}

  /** Each table's rows, one line per row, every column's value as text. */
  public static String of(DataSource dataSource) {
    StringBuilder text = new StringBuilder();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : tables(connection)) {
        text.append("table ").append(table).append('\n');
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
          int columns = rows.getMetaData().getColumnCount();
          while (rows.next()) {
            for (int i = 1; i <= columns; i++) {
              text.append(rows.getString(i)).append('|');
            }
            text.append('\n');
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the database as text", e);
    }
    return text.toString();
  }

  /** The names of the tables in the default schema (public). */
  public static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet found = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (found.next()) {
        String schema = found.getString("TABLE_SCHEM");
        if (schema != null && schema.toLowerCase(Locale.ROOT).equals("public")) {
          tables.add(found.getString("TABLE_NAME"));
        }
      }
    }
    return tables;
  }
}
