package org.cityline.routing;

import java.util.Optional;
import org.cityline.routing.AgentStateTransitions.By;

/** Checks a proposed change of an agent against {@link AgentStateTransitions}. */
final class AgentMove {

  private AgentMove() {}

  /**
   * The change from {@code before} to {@code after}, refused when the agent's state changes in a
   * way the table does not allow {@code by} to make. A change that keeps the state (a second line
   * put on hold, another away reason checked by its command) is not a move and needs no row.
   */
  static Change<Agent> checked(Agent before, Agent after, By by) {
    if (before.state() != after.state()) {
      Optional<String> refusal = AgentStateTransitions.refusal(before.state(), after.state(), by);
      if (refusal.isPresent()) {
        return Change.refused(refusal.get());
      }
    }
    return Change.applied(before, after);
  }
}
