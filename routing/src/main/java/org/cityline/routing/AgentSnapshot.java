package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An agent as routing sees them at one moment.
 *
 * @param id the agent
 * @param displayName the name colleagues see
 * @param state where the agent stands
 * @param awayReason why, when {@link AgentState#AWAY}
 * @param since when the agent entered this state
 * @param contacts the contacts on the agent's lines (offered, connected, held, wrapping up)
 * @param voiceCapacity how many lines the agent may use at once
 */
public record AgentSnapshot(
    AgentId id,
    String displayName,
    AgentState state,
    Optional<AwayReason> awayReason,
    Instant since,
    List<ContactSnapshot> contacts,
    int voiceCapacity) {

  public AgentSnapshot {
    contacts = List.copyOf(contacts);
  }
}
