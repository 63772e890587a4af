package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agents in a given state, for the domain's tests. */
final class TestAgents {

  static final Instant T0 = Instant.parse("2026-03-02T16:00:00Z");
  static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

  private TestAgents() {}

  static Agent available(String id, Instant idleSince) {
    return available(id, idleSince, Map.of("billing", 3));
  }

  static Agent available(String id, Instant idleSince, Map<String, Integer> skills) {
    return available(id, idleSince, skills, 1);
  }

  static Agent available(String id, Instant idleSince, Map<String, Integer> skills, int lines) {
    return new Agent(
        new AgentId(id),
        "Rep " + id,
        "sim:" + id,
        skills,
        lines,
        true,
        Optional.empty(),
        AgentState.AVAILABLE,
        idleSince,
        idleSince,
        Optional.empty(),
        List.of(),
        AgentTally.startOf(DAY),
        1);
  }

  static Agent away(String id, AwayReason reason) {
    return new Agent(
        new AgentId(id),
        "Rep " + id,
        "sim:" + id,
        Map.of("billing", 3),
        1,
        false,
        Optional.of(reason),
        AgentState.AWAY,
        T0,
        T0,
        Optional.empty(),
        List.of(),
        AgentTally.startOf(DAY),
        1);
  }
}
