package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;

/**
 * A signed-in agent as routing keeps them: who they are (copied from the staff directory at
 * sign-in), whether they are ready for contacts, and their lines.
 *
 * <p>The agent's {@link AgentState} follows from readiness and lines, so it can never disagree with
 * them: a line on a call makes them {@code ON_CALL}; else a ringing line {@code RESERVED}; else a
 * line in wrap-up {@code WRAP_UP}; else a held line {@code ON_HOLD}; else {@code AVAILABLE} when
 * ready, {@code AWAY} when not. Every change of that state is checked against {@link
 * AgentStateTransitions}.
 *
 * @param id the agent
 * @param displayName the name colleagues see
 * @param endpoint the agent's phone, for {@code CallControl.connectAgent}
 * @param skills skill name to level (1 to 5)
 * @param voiceCapacity how many lines the agent may use at once (1 to 4)
 * @param ready whether the agent takes contacts (when lines allow)
 * @param awayReason why not, when not ready
 * @param state where the agent stands (derived, see above)
 * @param since when the agent entered this state
 * @param idleSince when the agent last became free for a new contact (longest-idle selection); a
 *     withdrawn or rejected offer does not reset it
 * @param lastOfferedAt when the agent was last offered a contact (round-robin selection)
 * @param lines the lines in use, oldest first; never more than the capacity
 * @param tally today's figures
 * @param version how many changes the stored agent has seen (newer snapshots win)
 */
public record Agent(
    AgentId id,
    String displayName,
    String endpoint,
    Map<String, Integer> skills,
    int voiceCapacity,
    boolean ready,
    Optional<AwayReason> awayReason,
    AgentState state,
    Instant since,
    Instant idleSince,
    Optional<Instant> lastOfferedAt,
    List<AgentLine> lines,
    AgentTally tally,
    long version) {

  public Agent {
    if (id == null || displayName == null || endpoint == null || state == null) {
      throw new IllegalArgumentException("an agent needs an id, a name, an endpoint and a state");
    }
    skills = Map.copyOf(skills);
    lines = List.copyOf(lines);
    if (voiceCapacity < 1 || voiceCapacity > 4) {
      throw new IllegalArgumentException("voice capacity is 1 to 4 lines, was " + voiceCapacity);
    }
    boolean signedOut = state == AgentState.LOGGED_OUT;
    if (!signedOut && ready == awayReason.isPresent()) {
      throw new IllegalArgumentException("an agent has an away reason exactly when not ready");
    }
    if (lines.size() > voiceCapacity) {
      throw new IllegalArgumentException(
          id + " would have " + lines.size() + " lines, more than " + voiceCapacity);
    }
    if (signedOut ? ready || !lines.isEmpty() : state != derive(ready, lines)) {
      throw new IllegalArgumentException(
          id + " cannot be " + state + " with these lines; it is " + derive(ready, lines));
    }
  }

  /** A staff member just signed in: away until they make themself available. */
  public static Agent signedIn(StaffMember member, Instant at, Instant day) {
    return new Agent(
        new AgentId(member.username()),
        member.displayName(),
        member.endpoint(),
        member.skills(),
        member.voiceCapacity(),
        false,
        Optional.of(AwayReason.SIGNED_IN),
        AgentState.AWAY,
        at,
        at,
        Optional.empty(),
        List.of(),
        AgentTally.startOf(day),
        Contact.firstVersion(at));
  }

  /** The state that readiness and lines make. */
  public static AgentState derive(boolean ready, List<AgentLine> lines) {
    boolean ringing = false;
    boolean wrapUp = false;
    boolean held = false;
    for (AgentLine line : lines) {
      switch (line.state()) {
        case ACTIVE -> {
          return AgentState.ON_CALL;
        }
        case RINGING -> ringing = true;
        case WRAP_UP -> wrapUp = true;
        case HELD -> held = true;
      }
    }
    if (ringing) {
      return AgentState.RESERVED;
    }
    if (wrapUp) {
      return AgentState.WRAP_UP;
    }
    if (held) {
      return AgentState.ON_HOLD;
    }
    return ready ? AgentState.AVAILABLE : AgentState.AWAY;
  }

  /** Lines not in use. */
  public int freeLines() {
    return voiceCapacity - lines.size();
  }

  /**
   * Whether routing may offer this agent a contact now: ready, with a free line, and every line in
   * use on hold (an agent is never offered a contact while talking, ringing or wrapping up).
   */
  public boolean mayTakeOffer() {
    if (!ready || freeLines() < 1) {
      return false;
    }
    for (AgentLine line : lines) {
      if (line.state() != AgentLine.State.HELD) {
        return false;
      }
    }
    return true;
  }

  /** Whether the agent meets a queue's skills at its levels (before any escalation). */
  public boolean serves(QueueDefinition queue) {
    return Requirement.of(queue.skills()).metBy(skills);
  }

  /** The line holding this contact, if any. */
  public Optional<AgentLine> line(ContactId contact) {
    for (AgentLine line : lines) {
      if (line.contact().equals(contact)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /** Whether the agent is staffed (signed in and not away), busy or not. */
  public boolean staffed() {
    return state != AgentState.AWAY && state != AgentState.LOGGED_OUT;
  }

  /**
   * This agent with other readiness and lines at {@code at}: the state follows, and if it changes
   * the time spent in the old one is counted in today's tally.
   */
  Agent changed(
      boolean newReady, Optional<AwayReason> reason, List<AgentLine> newLines, Instant at) {
    AgentState newState = derive(newReady, newLines);
    boolean moved = newState != state || !reason.equals(awayReason);
    AgentTally newTally = moved ? tally.plusTime(state, since, at) : tally;
    return new Agent(
        id,
        displayName,
        endpoint,
        skills,
        voiceCapacity,
        newReady,
        reason,
        newState,
        moved ? at : since,
        idleSince,
        lastOfferedAt,
        newLines,
        newTally,
        version);
  }

  /** The same agent in a (possibly) new day: the tally starts again at {@code day}. */
  Agent on(Instant day) {
    return tally.day().equals(day) ? this : withTally(tally.plusTime(state, since, day).on(day));
  }

  Agent withTally(AgentTally newTally) {
    return new Agent(
        id,
        displayName,
        endpoint,
        skills,
        voiceCapacity,
        ready,
        awayReason,
        state,
        since,
        idleSince,
        lastOfferedAt,
        lines,
        newTally,
        version);
  }

  Agent idleFrom(Instant at) {
    return new Agent(
        id,
        displayName,
        endpoint,
        skills,
        voiceCapacity,
        ready,
        awayReason,
        state,
        since,
        at,
        lastOfferedAt,
        lines,
        tally,
        version);
  }

  Agent offeredAt(Instant at) {
    return new Agent(
        id,
        displayName,
        endpoint,
        skills,
        voiceCapacity,
        ready,
        awayReason,
        state,
        since,
        idleSince,
        Optional.of(at),
        lines,
        tally,
        version);
  }

  /** This agent with other skills (a supervisor changed them). */
  Agent withSkills(Map<String, Integer> newSkills) {
    return new Agent(
        id,
        displayName,
        endpoint,
        newSkills,
        voiceCapacity,
        ready,
        awayReason,
        state,
        since,
        idleSince,
        lastOfferedAt,
        lines,
        tally,
        version);
  }

  /** The stored agent's next version. */
  public Agent versioned(long newVersion) {
    return new Agent(
        id,
        displayName,
        endpoint,
        skills,
        voiceCapacity,
        ready,
        awayReason,
        state,
        since,
        idleSince,
        lastOfferedAt,
        lines,
        tally,
        newVersion);
  }

  /** The lines with one replaced (by contact). */
  List<AgentLine> replacing(AgentLine line) {
    return lines.stream().map(each -> each.contact().equals(line.contact()) ? line : each).toList();
  }

  /** The lines without this contact's. */
  List<AgentLine> without(ContactId contact) {
    return lines.stream().filter(line -> !line.contact().equals(contact)).toList();
  }
}
