package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agents in a given state, for the domain's tests. */
final class TestAgents {

  static final Instant T0 = Instant.parse("2026-03-02T16:00:00Z");

  private TestAgents() {}

  static Agent available(String id, Instant idleSince) {
    return available(id, idleSince, Map.of("billing", 3));
  }

  static Agent available(String id, Instant idleSince, Map<String, Integer> skills) {
    return new Agent(
        new AgentId(id),
        "Rep " + id,
        "sim:" + id,
        skills,
        1,
        AgentState.AVAILABLE,
        Optional.empty(),
        idleSince,
        idleSince,
        List.of());
  }

  static Agent in(AgentState state, List<AgentLine> lines) {
    return new Agent(
        new AgentId("ann"),
        "Ann",
        "sim:ann",
        Map.of("billing", 3),
        1,
        state,
        state == AgentState.AWAY ? Optional.of(AwayReason.BREAK) : Optional.empty(),
        T0,
        T0,
        lines);
  }
}
