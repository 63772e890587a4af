package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.junit.jupiter.api.Test;

class EventBatcherTest {

  /** A test event: the key is the letter, urgent when marked. */
  record Event(String key, int version, boolean urgent) {}

  private final ManualClock clock = new ManualClock();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final List<List<Event>> delivered = new ArrayList<>();
  private final EventBatcher<Event> batcher =
      new EventBatcher<>(
          scheduler, Duration.ofMillis(250), Event::urgent, Event::key, delivered::add);

  @Test
  void eventsGatherForOneWindowAndGoOutTogether() {
    batcher.offer(new Event("a", 1, false));
    scheduler.advance(Duration.ofMillis(100));
    batcher.offer(new Event("b", 1, false));
    scheduler.advance(Duration.ofMillis(149));
    assertThat(delivered).isEmpty();

    scheduler.advance(Duration.ofMillis(1));

    assertThat(delivered)
        .containsExactly(List.of(new Event("a", 1, false), new Event("b", 1, false)));
  }

  @Test
  void onlyTheLatestEventPerKeyIsKept() {
    batcher.offer(new Event("a", 1, false));
    batcher.offer(new Event("b", 1, false));
    batcher.offer(new Event("a", 2, false));

    scheduler.advance(Duration.ofMillis(250));

    assertThat(delivered)
        .containsExactly(List.of(new Event("b", 1, false), new Event("a", 2, false)));
  }

  @Test
  void anUrgentEventGoesAtOnceWithWhatWasWaiting() {
    batcher.offer(new Event("a", 1, false));

    batcher.offer(new Event("offer", 1, true));

    assertThat(delivered)
        .containsExactly(List.of(new Event("a", 1, false), new Event("offer", 1, true)));
    assertThat(scheduler.pendingCount()).as("the window's timer is cancelled").isZero();
  }

  @Test
  void aSteadyStreamIsAtMostFourBatchesASecond() {
    for (int ms = 0; ms < 1000; ms += 10) {
      batcher.offer(new Event("agent-" + (ms % 7), ms, false));
      scheduler.advance(Duration.ofMillis(10));
    }

    assertThat(delivered).hasSizeLessThanOrEqualTo(4);
    assertThat(delivered.stream().mapToInt(List::size).sum()).isLessThanOrEqualTo(4 * 7);
  }

  @Test
  void afterCloseNothingIsDelivered() {
    batcher.offer(new Event("a", 1, false));
    batcher.close();

    batcher.offer(new Event("b", 1, true));
    scheduler.advance(Duration.ofSeconds(1));

    assertThat(delivered).isEmpty();
  }

  @Test
  void aWindowMustBePositive() {
    assertThatThrownBy(
            () -> new EventBatcher<Event>(scheduler, Duration.ZERO, e -> false, e -> e, b -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
