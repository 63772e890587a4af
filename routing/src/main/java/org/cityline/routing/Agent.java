package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;

/**
 * A signed-in agent as routing keeps them: who they are (copied from the staff directory at
 * sign-in), where they stand, and their lines.
 *
 * @param id the agent
 * @param displayName the name colleagues see
 * @param endpoint the agent's phone, for {@code CallControl.connectAgent}
 * @param skills skill name to level (1 to 5)
 * @param voiceCapacity how many lines the agent may use at once (1 to 4)
 * @param state where the agent stands
 * @param awayReason why, when away
 * @param since when the agent entered this state
 * @param idleSince when the agent last became free for a new contact (longest-idle selection); a
 *     withdrawn or rejected offer does not reset it
 * @param lines the contacts on the agent's lines, oldest first
 */
public record Agent(
    AgentId id,
    String displayName,
    String endpoint,
    Map<String, Integer> skills,
    int voiceCapacity,
    AgentState state,
    Optional<AwayReason> awayReason,
    Instant since,
    Instant idleSince,
    List<AgentLine> lines) {

  public Agent {
    if (id == null || displayName == null || endpoint == null || state == null) {
      throw new IllegalArgumentException("an agent needs an id, a name, an endpoint and a state");
    }
    skills = Map.copyOf(skills);
    lines = List.copyOf(lines);
    if (voiceCapacity < 1 || voiceCapacity > 4) {
      throw new IllegalArgumentException("voice capacity is 1 to 4 lines, was " + voiceCapacity);
    }
    if ((state == AgentState.AWAY) != awayReason.isPresent()) {
      throw new IllegalArgumentException("an agent has an away reason exactly when away");
    }
    if (lines.size() > voiceCapacity) {
      throw new IllegalArgumentException(
          id + " would have " + lines.size() + " lines, more than " + voiceCapacity);
    }
  }

  /** A staff member just signed in: away until they make themself available. */
  public static Agent signedIn(StaffMember member, Instant at) {
    return new Agent(
        new AgentId(member.username()),
        member.displayName(),
        member.endpoint(),
        member.skills(),
        member.voiceCapacity(),
        AgentState.AWAY,
        Optional.of(AwayReason.SIGNED_IN),
        at,
        at,
        List.of());
  }

  /** Lines not in use. */
  public int freeLines() {
    return voiceCapacity - lines.size();
  }

  /** Whether the agent has every skill the queue requires. */
  public boolean serves(QueueDefinition queue) {
    return skills.keySet().containsAll(queue.requiredSkills());
  }

  /** The line holding this contact, if any. */
  public Optional<AgentLine> line(ContactId contact) {
    return lines.stream().filter(line -> line.contact().equals(contact)).findFirst();
  }

  /** This agent in another state, entered at {@code at}. */
  Agent in(AgentState newState, Optional<AwayReason> reason, Instant at) {
    return new Agent(
        id, displayName, endpoint, skills, voiceCapacity, newState, reason, at, idleSince, lines);
  }

  Agent idleFrom(Instant at) {
    return new Agent(
        id, displayName, endpoint, skills, voiceCapacity, state, awayReason, since, at, lines);
  }

  Agent withLines(List<AgentLine> newLines) {
    return new Agent(
        id,
        displayName,
        endpoint,
        skills,
        voiceCapacity,
        state,
        awayReason,
        since,
        idleSince,
        newLines);
  }

  Agent withoutLine(ContactId contact) {
    return withLines(lines.stream().filter(line -> !line.contact().equals(contact)).toList());
  }
}
