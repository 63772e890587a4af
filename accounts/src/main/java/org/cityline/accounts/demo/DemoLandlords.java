package org.cityline.accounts.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo city's landlord agreements: Daniel Ortega's own rental ({@link
 * DemoCity#SHOWCASE_SHARED_PHONE_RENTAL}) and the first two active generated accounts at a unit (an
 * apartment), with property managers as landlords. Chosen from what was written, so the generated
 * city (and its digest) is the same as before agreements existed.
 */
final class DemoLandlords {

  /** The property managers of the generated rentals, with their phones. */
  static final List<String[]> MANAGERS =
      List.of(
          new String[] {"Sandia Property Management", "+15055550180"},
          new String[] {"Rio Grande Rentals LLC", "+15055550181"});

  private DemoLandlords() {}

  /** Writes the agreements; returns how many rows. */
  static int insert(Connection connection, LocalDate today) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    ShowcaseAccount rental = DemoCity.SHOWCASE_SHARED_PHONE_RENTAL;
    rows.add(
        new String[] {
          rental.account().value(), rental.customerName(), DemoCity.SHOWCASE_SHARED_PHONE.e164()
        });
    List<String> apartments = apartments(connection);
    for (int i = 0; i < apartments.size(); i++) {
      rows.add(new String[] {apartments.get(i), MANAGERS.get(i)[0], MANAGERS.get(i)[1]});
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO landlord_agreement (account_number, landlord_name, landlord_phone,"
                + " started_on, started_by) VALUES (?, ?, ?, ?, 'system')")) {
      for (String[] row : rows) {
        insert.setString(1, row[0]);
        insert.setString(2, row[1]);
        insert.setString(3, row[2]);
        insert.setObject(4, today.minusDays(400));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return rows.size();
  }

  private static List<String> apartments(Connection connection) throws SQLException {
    List<String> showcases = DemoCity.SHOWCASES.stream().map(s -> s.account().value()).toList();
    List<String> found = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT account_number FROM account WHERE status = 'ACTIVE' AND service_unit <> ''"
                    + " ORDER BY account_number");
        ResultSet rs = query.executeQuery()) {
      while (rs.next() && found.size() < MANAGERS.size()) {
        if (!showcases.contains(rs.getString(1))) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }
}
