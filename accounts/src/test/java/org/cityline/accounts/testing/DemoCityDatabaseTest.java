package org.cityline.accounts.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityline.accounts.demo.DemoCity;
import org.cityline.common.testing.ManualClock;
import org.junit.jupiter.api.Test;

class DemoCityDatabaseTest {

  @Test
  void theSharedCityIsSeededOncePerJvm() {
    DemoCityDatabase shared = DemoCityDatabase.shared();

    assertThat(DemoCityDatabase.shared()).isSameAs(shared);
    assertThat(shared.seedReport().accounts()).isEqualTo(DemoCity.DEFAULT_ACCOUNTS);
    assertThat(shared.store().customers().findByNumber(DemoCity.SHOWCASE_ENGLISH.account()))
        .isPresent();
  }

  @Test
  void isSeededAsOfTheManualClocksDefaultStart() {
    assertThat(DemoCityDatabase.SEEDED_AT).isEqualTo(new ManualClock().instant());
    assertThat(DemoCityDatabase.TODAY).hasToString("2026-03-02");
  }

  @Test
  void freshAndEmptyDatabasesAreTheirOwn() {
    DemoCityDatabase small = DemoCityDatabase.fresh(20);
    DemoCityDatabase empty = DemoCityDatabase.empty();

    assertThat(small.jdbcUrl()).isNotEqualTo(DemoCityDatabase.shared().jdbcUrl());
    assertThat(small.seedReport().seeded()).isTrue();
    assertThat(small.store().customers().findByNumber(DemoCity.SHOWCASE_DELINQUENT.account()))
        .isPresent();
    assertThat(empty.store().customers().findByNumber(DemoCity.SHOWCASE_DELINQUENT.account()))
        .isEmpty();
    assertThat(empty.store().staff().all()).isEmpty();
  }
}
