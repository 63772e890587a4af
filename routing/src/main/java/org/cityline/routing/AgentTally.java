package org.cityline.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * An agent's figures for one day, kept in the agent's own entry so that every change of state
 * counts its time in the same atomic step (no second write, nothing to lose between two).
 *
 * @param day when the day started (midnight in the city's time zone)
 * @param handled contacts the agent finished (wrap-up done), offers only, not consults
 * @param handleMillis their handle time in all (from accepting to finishing wrap-up)
 * @param missed offers the agent let ring out or whose phone failed
 * @param millisInState time spent in each state today, up to the agent's last change
 */
public record AgentTally(
    Instant day, int handled, long handleMillis, int missed, Map<AgentState, Long> millisInState) {

  public AgentTally {
    millisInState = Map.copyOf(millisInState);
  }

  /** Nothing yet today. */
  public static AgentTally startOf(Instant day) {
    return new AgentTally(day, 0, 0, 0, Map.of());
  }

  /** The tally of {@code day}: this one, or a fresh one when the day has turned. */
  AgentTally on(Instant newDay) {
    return newDay.equals(day) ? this : startOf(newDay);
  }

  /** With time in a state added (the part of {@code from} to {@code to} that falls today). */
  AgentTally plusTime(AgentState state, Instant from, Instant to) {
    Instant start = from.isBefore(day) ? day : from;
    if (!to.isAfter(start)) {
      return this;
    }
    Map<AgentState, Long> times = new EnumMap<>(AgentState.class);
    times.putAll(millisInState);
    times.merge(state, Duration.between(start, to).toMillis(), Long::sum);
    return new AgentTally(day, handled, handleMillis, missed, times);
  }

  AgentTally plusHandled(Duration handleTime) {
    return new AgentTally(
        day, handled + 1, handleMillis + handleTime.toMillis(), missed, millisInState);
  }

  AgentTally plusMissed() {
    return new AgentTally(day, handled, handleMillis, missed + 1, millisInState);
  }

  /** Time in a state today. */
  public Duration timeIn(AgentState state) {
    return Duration.ofMillis(millisInState.getOrDefault(state, 0L));
  }
}
