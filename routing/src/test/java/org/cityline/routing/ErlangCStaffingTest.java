package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Service level and the staffing calculator, against the textbook example. */
class ErlangCStaffingTest {

  // The well-known worked example: 100 calls in 30 minutes, 180 s handle time, 80% in 20 s:
  // 10 Erlangs; 13 agents answer 79.6% in 20 s, 14 agents 88.8% (P(wait) 17.4%).
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);
  private static final Duration AHT = Duration.ofSeconds(180);
  private static final Duration TWENTY = Duration.ofSeconds(20);

  @Test
  void serviceLevelMatchesTheWorkedExample() {
    double arrivals = 100 / 1800.0;
    assertThat(ErlangC.serviceLevel(14, arrivals, AHT, TWENTY)).isCloseTo(0.888, within(0.001));
    assertThat(ErlangC.serviceLevel(13, arrivals, AHT, TWENTY)).isCloseTo(0.796, within(0.001));
  }

  @Test
  void agentsNeededIsTheFewestThatMeetTheTarget() {
    assertThat(ErlangC.agentsNeeded(100, HALF_HOUR, AHT, 80, TWENTY)).hasValue(14);
    assertThat(ErlangC.agentsNeeded(100, HALF_HOUR, AHT, 79, TWENTY)).hasValue(13);
    assertThat(ErlangC.agentsNeeded(100, HALF_HOUR, AHT, 90, TWENTY)).hasValue(15);
  }

  @Test
  void noCallsNeedOneAgentAndTooManyNeedMoreThanTheCap() {
    assertThat(ErlangC.agentsNeeded(0, HALF_HOUR, AHT, 80, TWENTY)).hasValue(1);
    assertThat(ErlangC.agentsNeeded(1_000_000, HALF_HOUR, AHT, 80, TWENTY)).isEmpty();
  }

  @Test
  void anOverloadedQueueHasNoServiceLevel() {
    assertThat(ErlangC.serviceLevel(10, 100 / 1800.0, AHT, TWENTY)).isZero();
  }

  @Test
  void badFiguresAreRefused() {
    assertThatThrownBy(() -> ErlangC.agentsNeeded(-1, HALF_HOUR, AHT, 80, TWENTY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ErlangC.agentsNeeded(10, HALF_HOUR, Duration.ZERO, 80, TWENTY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ErlangC.agentsNeeded(10, HALF_HOUR, AHT, 101, TWENTY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
