package org.cityline.accounts.jdbc;

import javax.sql.DataSource;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.junit.jupiter.api.Nested;

/** The store's contract on H2, the embedded default (in memory here). */
class H2AccountsStoreTest {

  static final StoreEngine H2 =
      new StoreEngine() {
        @Override
        public DataSource seeded() {
          return DemoCityDatabase.shared().dataSource();
        }

        @Override
        public DataSource blank() {
          return DemoCityDatabase.blank();
        }
      };

  @Nested
  class Lookups extends LookupContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }

  @Nested
  class DetailAndNotes extends DetailAndNotesContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }

  @Nested
  class Contacts extends ContactHistoryContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }

  @Nested
  class Staff extends StaffContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }

  @Nested
  class MigrationAndSeed extends MigrationAndSeedContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }

  @Nested
  class Payments extends PaymentsContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }

  @Nested
  class AccountChanges extends AccountChangesContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }

  @Nested
  class PasswordReset extends PasswordResetContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }

  @Nested
  class AgentWork extends AgentWorkContract {
    @Override
    StoreEngine engine() {
      return H2;
    }
  }
}
