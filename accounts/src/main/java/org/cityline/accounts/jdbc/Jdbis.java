package org.cityline.accounts.jdbc;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Jdbi set up for this store. Moments and dates are bound as {@code OffsetDateTime} (UTC) and
 * {@code LocalDate} through JDBC 4.2 {@code setObject}, never through {@code java.sql.Timestamp},
 * so nothing depends on the JVM's default time zone.
 */
final class Jdbis {

  private Jdbis() {}

  static Jdbi create(DataSource dataSource) {
    Jdbi jdbi = Jdbi.create(dataSource);
    jdbi.registerArgument(new InstantArgumentFactory());
    jdbi.registerArgument(new LocalDateArgumentFactory());
    return jdbi;
  }

  private static final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {
    InstantArgumentFactory() {
      super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
      return (position, statement, context) ->
          statement.setObject(position, value.atOffset(ZoneOffset.UTC));
    }
  }

  private static final class LocalDateArgumentFactory extends AbstractArgumentFactory<LocalDate> {
    LocalDateArgumentFactory() {
      super(Types.DATE);
    }

    @Override
    protected Argument build(LocalDate value, ConfigRegistry config) {
      return (position, statement, context) -> statement.setObject(position, value);
    }
  }
}
