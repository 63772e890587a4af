package org.cityline.routing;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;

/**
 * One of an agent's lines in use.
 *
 * @param contact the contact on the line
 * @param kind an offer of the contact to this agent, or a consult (another agent is transferring
 *     the contact to this one, warm)
 * @param state where the line stands
 * @param since when the line was taken (the offer)
 * @param acceptedAt when the agent took the call, once they have
 * @param deadline while ringing, when the offer rings out; in wrap-up, when routing closes it. Kept
 *     in the shared state so that any node can act on it when the node that set it is lost.
 */
public record AgentLine(
    ContactId contact,
    Kind kind,
    State state,
    Instant since,
    Optional<Instant> acceptedAt,
    Optional<Instant> deadline) {

  /** What the line is for. */
  public enum Kind {
    /** The contact was offered to this agent (from a queue, a transfer or a callback). */
    OFFER,
    /** Another agent consults this one before a warm transfer; the contact is still theirs. */
    CONSULT
  }

  /** Where a line stands. */
  public enum State {
    /** The offer rings; the agent may accept or reject it until its deadline. */
    RINGING,
    /** The agent talks to the caller (or dials a callback). */
    ACTIVE,
    /** The caller is on hold. */
    HELD,
    /** The call is over; the agent writes the disposition until the deadline. */
    WRAP_UP
  }

  public AgentLine {
    if (contact == null || kind == null || state == null || since == null) {
      throw new IllegalArgumentException("a line needs a contact, a kind, a state and a start");
    }
    if (acceptedAt == null || deadline == null) {
      throw new IllegalArgumentException("a line's times may be empty, not missing");
    }
    if ((state == State.RINGING || state == State.WRAP_UP) != deadline.isPresent()) {
      throw new IllegalArgumentException(
          "a line has a deadline exactly when ringing or in wrap-up");
    }
  }

  /** A line that starts ringing now. */
  static AgentLine ringing(ContactId contact, Kind kind, Instant at, Instant expiresAt) {
    return new AgentLine(
        contact, kind, State.RINGING, at, Optional.empty(), Optional.of(expiresAt));
  }

  /** While ringing, when the offer rings out. */
  public Optional<Instant> offerExpiresAt() {
    return state == State.RINGING ? deadline : Optional.empty();
  }

  AgentLine in(State newState, Optional<Instant> newDeadline) {
    return new AgentLine(contact, kind, newState, since, acceptedAt, newDeadline);
  }

  AgentLine accepted(Instant at) {
    return new AgentLine(contact, kind, State.ACTIVE, since, Optional.of(at), Optional.empty());
  }

  AgentLine as(Kind newKind) {
    return new AgentLine(contact, newKind, state, since, acceptedAt, deadline);
  }
}
