package org.cityline.routing;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentStateTransitions.By;

/**
 * A change of agent state checked against {@link AgentStateTransitions}; {@code after} is null when
 * the table refuses it.
 */
record AgentMove(Agent before, Agent after, String refusal) {

  static AgentMove of(Agent agent, AgentState to, Optional<AwayReason> reason, By by, Instant at) {
    Optional<String> refused = AgentStateTransitions.refusal(agent.state(), to, by);
    if (refused.isPresent()) {
      return new AgentMove(agent, null, refused.get());
    }
    return new AgentMove(agent, agent.in(to, reason, at), null);
  }

  /** A move that needs the contact to be on one of the agent's lines. */
  static Change<Agent> onLine(Agent agent, ContactId contact, AgentState to, By by, Instant at) {
    if (agent.line(contact).isEmpty()) {
      return Change.refused("Contact " + contact + " is not on your lines.");
    }
    return of(agent, to, Optional.empty(), by, at).result();
  }

  AgentMove map(UnaryOperator<Agent> then) {
    return after == null ? this : new AgentMove(before, then.apply(after), null);
  }

  Change<Agent> result() {
    return result(before);
  }

  /** The change, reported against the agent as it was before any line edits. */
  Change<Agent> result(Agent original) {
    return after == null ? Change.refused(refusal) : Change.applied(original, after);
  }
}
