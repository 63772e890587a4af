package org.cityline.app.node;

import java.time.Clock;
import javax.sql.DataSource;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.jdbc.AccountsDatabase;
import org.cityline.accounts.jdbc.AccountsStore;
import org.cityline.app.config.CitylineConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The accounts store: migrated on every start, seeded with the demo city when asked and empty. */
final class Accounts {

  private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);

  private Accounts() {}

  static AccountsStore open(DataSource dataSource, CitylineConfig config, Clock clock) {
    int applied = AccountsDatabase.migrate(dataSource);
    if (applied > 0) {
      LOG.info("applied {} accounts database migration(s)", applied);
    }
    if (config.database().seedDemo()) {
      DemoCity.seedIfEmpty(dataSource, clock);
    }
    return AccountsDatabase.open(dataSource, clock);
  }
}
