package org.cityline.routing.jdbc;

import javax.sql.DataSource;
import org.cityline.routing.IntervalStore;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routing's tables (the interval reports) in the node's database, beside the accounts' tables, with
 * a Flyway history of their own.
 *
 * <pre>{@code
 * RoutingDatabase.migrate(dataSource);
 * IntervalStore intervals = RoutingDatabase.intervals(dataSource);
 * }</pre>
 */
public final class RoutingDatabase {

  /** Where the migrations are, on the class path. */
  public static final String MIGRATIONS = "classpath:db/migration/routing";

  /** This module's Flyway history table; other modules keep their own. */
  public static final String HISTORY_TABLE = "flyway_routing_history";

  private static final Logger LOG = LoggerFactory.getLogger(RoutingDatabase.class);

  private RoutingDatabase() {}

  /**
   * Brings routing's tables up to date. Safe on every start and from several nodes at once (Flyway
   * locks); other modules' tables may be there already.
   *
   * @return how many migrations were applied now
   */
  public static int migrate(DataSource dataSource) {
    if (dataSource == null) {
      throw new IllegalArgumentException("migrate needs the database's data source");
    }
    MigrateResult result =
        Flyway.configure(RoutingDatabase.class.getClassLoader())
            .dataSource(dataSource)
            .locations(MIGRATIONS)
            .table(HISTORY_TABLE)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info("Routing schema migrated ({} migrations applied)", result.migrationsExecuted);
    return result.migrationsExecuted;
  }

  /** The interval store over a migrated database. */
  public static IntervalStore intervals(DataSource dataSource) {
    if (dataSource == null) {
      throw new IllegalArgumentException("the interval store needs a data source");
    }
    return new JdbcIntervalStore(dataSource);
  }
}
