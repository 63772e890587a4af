package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgentStatisticsTest {

  private static final Instant DAY = TestAgents.DAY;

  @Test
  void timeInAStateCountsTheTallyAndTheStateSoFar() {
    Agent agent =
        agent(
            AgentState.AVAILABLE,
            DAY.plusSeconds(3_600),
            Map.of(AgentState.AVAILABLE, 60_000L, AgentState.ON_CALL, 5_000L));
    Instant now = DAY.plusSeconds(3_600).plusMillis(1_500);

    assertThat(AgentStatistics.millisIn(agent, AgentState.AVAILABLE, now)).isEqualTo(61_500);
    assertThat(AgentStatistics.millisIn(agent, AgentState.ON_CALL, now)).isEqualTo(5_000);
    assertThat(AgentStatistics.millisIn(agent, AgentState.WRAP_UP, now)).isZero();
  }

  @Test
  void theLightFigureIsTheSameAsTheFullOneForEveryStateAndMoment() {
    Map<AgentState, Long> tally = Map.of(AgentState.AVAILABLE, 12_345L, AgentState.WRAP_UP, 999L);
    // the states an agent is in without lines; the sum is the same code for every state
    for (AgentState state : List.of(AgentState.AVAILABLE, AgentState.AWAY)) {
      // since before the day started (a shift over midnight), and since a moment with nanos
      for (Instant since : List.of(DAY.minusSeconds(60), DAY.plusNanos(999_900_000L))) {
        Agent agent = agent(state, since, tally);
        for (long nanos : new long[] {0, 1, 999_999, 1_000_000, 86_399_999_999_999L}) {
          Instant now = DAY.plusSeconds(1).plusNanos(nanos % 86_000_000_000_000L);
          AgentStatistics full = AgentStatistics.of(agent, now);
          for (AgentState asked : AgentState.values()) {
            assertThat(AgentStatistics.millisIn(agent, asked, now))
                .as("%s since %s at %s, asked %s", state, since, now, asked)
                .isEqualTo(full.time(asked).toMillis());
          }
        }
      }
    }
  }

  @Test
  void aMomentBeforeTheStateBeganCountsNothingMore() {
    Agent agent = agent(AgentState.AWAY, DAY.plusSeconds(100), Map.of(AgentState.AWAY, 7L));
    assertThat(AgentStatistics.millisIn(agent, AgentState.AWAY, DAY.plusSeconds(50)))
        .isEqualTo(7)
        .isEqualTo(AgentStatistics.of(agent, DAY.plusSeconds(50)).time(AgentState.AWAY).toMillis());
  }

  private static Agent agent(AgentState state, Instant since, Map<AgentState, Long> millis) {
    return new Agent(
        new AgentId("ann"),
        "Ann",
        "sim:ann",
        Map.of("billing", 3),
        1,
        state == AgentState.AVAILABLE,
        state == AgentState.AWAY ? Optional.of(AwayReason.BREAK) : Optional.empty(),
        state,
        since,
        since,
        Optional.empty(),
        List.of(),
        new AgentTally(DAY, 0, 0, 0, millis),
        1);
  }
}
