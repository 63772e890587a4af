package org.cityline.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * An agent's figures for the day so far.
 *
 * @param since when the day started
 * @param handled contacts the agent finished
 * @param averageHandleTime their average handle time
 * @param missed offers the agent missed
 * @param timeInState time in each state today, up to the snapshot (the current state included)
 */
public record AgentStatistics(
    Instant since,
    int handled,
    Duration averageHandleTime,
    int missed,
    Map<AgentState, Duration> timeInState) {

  public AgentStatistics {
    timeInState = Map.copyOf(timeInState);
  }

  /** Nothing yet. */
  public static AgentStatistics none() {
    return new AgentStatistics(Instant.EPOCH, 0, Duration.ZERO, 0, Map.of());
  }

  /** The figures of a tally, with the current state counted up to {@code now}. */
  public static AgentStatistics of(Agent agent, Instant now) {
    AgentTally tally = agent.tally();
    Map<AgentState, Duration> times = new EnumMap<>(AgentState.class);
    tally.millisInState().forEach((state, millis) -> times.put(state, Duration.ofMillis(millis)));
    Instant from = inStateSince(agent);
    if (now.isAfter(from)) {
      times.merge(agent.state(), Duration.between(from, now), Duration::plus);
    }
    return new AgentStatistics(
        tally.day(),
        tally.handled(),
        tally.handled() == 0
            ? Duration.ZERO
            : Duration.ofMillis(tally.handleMillis() / tally.handled()),
        tally.missed(),
        times);
  }

  /**
   * The agent's time in one state today up to {@code now}, in milliseconds: the same figure as
   * {@code of(agent, now).time(state)}, without building the figures (the live wall sums it over
   * every agent of every queue a few times a second).
   */
  public static long millisIn(Agent agent, AgentState state, Instant now) {
    AgentTally tally = agent.tally();
    long millis = tally.millisInState().getOrDefault(state, 0L);
    if (agent.state() == state) {
      Instant from = inStateSince(agent);
      if (now.isAfter(from)) {
        millis += Duration.between(from, now).toMillis();
      }
    }
    return millis;
  }

  /** Since when the current state counts today: its start, or midnight for a state from before. */
  private static Instant inStateSince(Agent agent) {
    Instant day = agent.tally().day();
    return agent.since().isBefore(day) ? day : agent.since();
  }

  /** Time busy (ringing, talking, holding, wrapping up) of time staffed (0 to 1). */
  public double occupancy() {
    Duration busy =
        time(AgentState.RESERVED)
            .plus(time(AgentState.ON_CALL))
            .plus(time(AgentState.ON_HOLD))
            .plus(time(AgentState.WRAP_UP));
    Duration staffed = busy.plus(time(AgentState.AVAILABLE));
    return staffed.isZero() ? 0 : busy.toMillis() / (double) staffed.toMillis();
  }

  /** Time in one state today. */
  public Duration time(AgentState state) {
    return timeInState.getOrDefault(state, Duration.ZERO);
  }
}
