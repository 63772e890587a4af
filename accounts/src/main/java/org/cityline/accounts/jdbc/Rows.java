package org.cityline.accounts.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;

/** Reading columns into domain values, null-safe and independent of the JVM's time zone. */
final class Rows {

  private Rows() {}

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return optionalInstant(rs, column)
        .orElseThrow(() -> new IllegalStateException(column + " is null in the database"));
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
        .map(OffsetDateTime::toInstant);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return optionalDate(rs, column)
        .orElseThrow(() -> new IllegalStateException(column + " is null in the database"));
  }

  static Optional<LocalDate> optionalDate(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }

  static Money money(ResultSet rs, String column) throws SQLException {
    return Money.ofCents(rs.getLong(column));
  }

  static Optional<Money> optionalMoney(ResultSet rs, String column) throws SQLException {
    long cents = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Money.ofCents(cents));
  }

  static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Optional<Integer> optionalInt(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(value);
  }

  static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type)
      throws SQLException {
    return Enum.valueOf(type, rs.getString(column));
  }

  static <E extends Enum<E>> Optional<E> optionalEnum(ResultSet rs, String column, Class<E> type)
      throws SQLException {
    return optionalString(rs, column).map(name -> Enum.valueOf(type, name));
  }

  static AccountNumber account(ResultSet rs, String column) throws SQLException {
    return new AccountNumber(rs.getString(column));
  }

  static Optional<AccountNumber> optionalAccount(ResultSet rs, String column) throws SQLException {
    return optionalString(rs, column).map(AccountNumber::new);
  }

  static Optional<ContactId> optionalContact(ResultSet rs, String column) throws SQLException {
    return optionalString(rs, column).map(ContactId::new);
  }

  static Optional<PhoneNumber> optionalPhone(ResultSet rs, String column) throws SQLException {
    return optionalString(rs, column).map(PhoneNumber::new);
  }
}
