package org.cityline.accounts.jdbc;

import java.time.Clock;
import javax.sql.DataSource;
import org.cityline.accounts.testing.DemoCityDatabase;

/** A database engine the store's contract tests run against. */
interface StoreEngine {

  /** The default demo city, seeded once per JVM and shared by the engine's tests. */
  DataSource seeded();

  /** A new database with nothing in it, not even the schema. */
  DataSource blank();

  /** The clock the seeded city was seeded with. */
  default Clock clock() {
    return DemoCityDatabase.CLOCK;
  }

  /** The store over the seeded city. */
  default AccountsStore store() {
    return AccountsDatabase.open(seeded(), clock());
  }
}
