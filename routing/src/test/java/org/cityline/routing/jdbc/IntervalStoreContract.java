package org.cityline.routing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueInterval;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interval store, written once and run on H2 and on a real PostgreSQL. */
abstract class IntervalStoreContract {

  private static final Instant NINE = Instant.parse("2026-03-02T16:00:00Z");
  private static final QueueId BILLING = new QueueId("billing");
  private static final QueueId CREDIT = new QueueId("credit");

  private IntervalStore store;

  abstract DataSource freshDatabase();

  @BeforeEach
  void migrated() {
    DataSource database = freshDatabase();
    assertThat(RoutingDatabase.migrate(database)).isEqualTo(1);
    assertThat(RoutingDatabase.migrate(database)).as("a second start migrates nothing").isZero();
    store = RoutingDatabase.intervals(database);
  }

  private static QueueCounts counts(int offered, long waitMillis) {
    return new QueueCounts(offered, 2, 1, 1, 0, 0, 1, waitMillis, 2, 600_000);
  }

  @Test
  void aSavedIntervalReadsBackExactly() {
    QueueInterval nine = new QueueInterval(BILLING, NINE, counts(3, 45_000));
    QueueInterval credit = new QueueInterval(CREDIT, NINE, counts(1, 0));

    store.save(List.of(nine, credit));

    assertThat(store.between(NINE, NINE.plus(QueueInterval.LENGTH))).containsExactly(nine, credit);
  }

  @Test
  void savingAnIntervalAgainReplacesItsCounts() {
    store.save(List.of(new QueueInterval(BILLING, NINE, counts(3, 45_000))));
    QueueInterval later = new QueueInterval(BILLING, NINE, counts(7, 90_000));

    store.save(List.of(later));
    store.save(List.of(later));

    assertThat(store.between(NINE, NINE.plusSeconds(1))).containsExactly(later);
  }

  @Test
  void aSpanReturnsItsIntervalsInOrder() {
    for (int i = 3; i >= 0; i--) {
      store.save(
          List.of(
              new QueueInterval(
                  BILLING, NINE.plus(QueueInterval.LENGTH.multipliedBy(i)), counts(i, 0))));
    }

    assertThat(store.between(NINE.plus(Duration.ofMinutes(15)), NINE.plus(Duration.ofMinutes(45))))
        .extracting(interval -> interval.counts().offered())
        .containsExactly(1, 2);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> store.save(null)).hasMessageContaining("save needs intervals");
    assertThatThrownBy(() -> store.between(NINE, NINE.minusSeconds(1)))
        .hasMessageContaining("a span from an instant to a later one");
    store.save(List.of());
  }
}
