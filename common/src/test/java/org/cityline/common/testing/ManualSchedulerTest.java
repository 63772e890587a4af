package org.cityline.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualSchedulerTest {

  private final ManualClock clock = new ManualClock();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final List<String> ran = new ArrayList<>();

  @Test
  void runsTasksInDueOrderWhenTimeReachesThem() {
    scheduler.schedule(Duration.ofSeconds(20), () -> ran.add("twenty"));
    scheduler.schedule(Duration.ofSeconds(10), () -> ran.add("ten"));

    scheduler.advance(Duration.ofSeconds(9));
    assertThat(ran).isEmpty();

    scheduler.advance(Duration.ofSeconds(11));
    assertThat(ran).containsExactly("ten", "twenty");
  }

  @Test
  void aCancelledTaskNeverRuns() {
    var timer = scheduler.schedule(Duration.ofSeconds(5), () -> ran.add("cancelled"));

    assertThat(timer.cancel()).isTrue();
    scheduler.advance(Duration.ofMinutes(1));

    assertThat(ran).isEmpty();
    assertThat(timer.cancel()).isFalse();
  }

  @Test
  void tasksSeeTheClockAtTheirDueTimeAndMayScheduleMore() {
    var start = clock.instant();
    scheduler.schedule(
        Duration.ofSeconds(3),
        () -> {
          ran.add("first at +" + Duration.between(start, clock.instant()).toSeconds());
          scheduler.schedule(
              Duration.ofSeconds(3),
              () -> ran.add("second at +" + Duration.between(start, clock.instant()).toSeconds()));
        });

    scheduler.advance(Duration.ofSeconds(10));

    assertThat(ran).containsExactly("first at +3", "second at +6");
    assertThat(clock.instant()).isEqualTo(start.plusSeconds(10));
  }
}
