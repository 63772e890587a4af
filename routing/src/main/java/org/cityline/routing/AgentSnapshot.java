package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agent as routing sees them at one moment.
 *
 * @param id the agent
 * @param displayName the name colleagues see
 * @param state where the agent stands
 * @param awayReason why, when {@link AgentState#AWAY} (or set away while finishing calls)
 * @param since when the agent entered this state
 * @param contacts the contacts on the agent's lines (offered, connected, held, wrapping up,
 *     consulted), oldest line first
 * @param voiceCapacity how many lines the agent may use at once
 * @param skills skill name to level (1 to 5)
 * @param statistics the day's figures
 */
public record AgentSnapshot(
    AgentId id,
    String displayName,
    AgentState state,
    Optional<AwayReason> awayReason,
    Instant since,
    List<ContactSnapshot> contacts,
    int voiceCapacity,
    Map<String, Integer> skills,
    AgentStatistics statistics) {

  public AgentSnapshot {
    contacts = List.copyOf(contacts);
    skills = Map.copyOf(skills);
  }

  /** The foundation's snapshot, without skills and figures. */
  public AgentSnapshot(
      AgentId id,
      String displayName,
      AgentState state,
      Optional<AwayReason> awayReason,
      Instant since,
      List<ContactSnapshot> contacts,
      int voiceCapacity) {
    this(
        id,
        displayName,
        state,
        awayReason,
        since,
        contacts,
        voiceCapacity,
        Map.of(),
        AgentStatistics.none());
  }
}
