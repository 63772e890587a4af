package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Erlang C against figures from published tables. */
class ErlangCTest {

  @Test
  void theProbabilityOfWaitingMatchesTheTables() {
    // 10 Erlangs on 12 agents: P(wait) = 0.4494 (the classic textbook example)
    assertThat(ErlangC.probabilityOfWaiting(12, 10)).isCloseTo(0.4494, within(0.0005));
    assertThat(ErlangC.probabilityOfWaiting(1, 0.5)).isCloseTo(0.5, within(1e-9));
    assertThat(ErlangC.probabilityOfWaiting(5, 5)).isEqualTo(1);
  }

  @Test
  void theAverageWaitOfANewCaller() {
    // 360 calls an hour, 100 s handle time: 10 Erlangs; 12 agents: ASA = 0.4494 * 100 / 2 = 22.5 s
    assertThat(ErlangC.averageWait(12, 0.1, Duration.ofSeconds(100)))
        .hasValueSatisfying(wait -> assertThat(wait.toMillis()).isBetween(22_400L, 22_600L));
    assertThat(ErlangC.averageWait(10, 0.1, Duration.ofSeconds(100))).isEmpty();
    assertThat(ErlangC.averageWait(0, 0, Duration.ofSeconds(100))).isEmpty();
  }

  @Test
  void theWaitAtAPositionCountsFreeAgentsFirst() {
    Duration aht = Duration.ofMinutes(4);
    assertThat(ErlangC.waitAtPosition(2, 2, 5, aht)).contains(Duration.ZERO);
    assertThat(ErlangC.waitAtPosition(3, 0, 4, aht)).contains(Duration.ofMinutes(3));
    assertThat(ErlangC.waitAtPosition(1, 0, 0, aht)).isEmpty();
  }

  @Test
  void agentsNeededForATarget() {
    // 10 Erlangs, 80% in 20 s with 180 s handle time: 13 agents reach 79.6%, so 14
    assertThat(
            ErlangC.agentsNeeded(10 / 180.0, Duration.ofSeconds(180), 80, Duration.ofSeconds(20)))
        .isEqualTo(14);
  }
}
