package org.cityline.routing.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The interval store on H2 in PostgreSQL mode, as the embedded default database runs. */
class H2IntervalStoreTest extends IntervalStoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  DataSource freshDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:routing-"
            + DATABASES.incrementAndGet()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    return h2;
  }
}
