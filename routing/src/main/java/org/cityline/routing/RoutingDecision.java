package org.cityline.routing;

import java.util.List;
import java.util.Optional;

/**
 * The pure decision at the heart of routing: given a queue's first waiting contacts and the
 * available agents, which contact goes to which agent next. No storage, no clock: it can be unit
 * tested and benchmarked on its own; the matcher then tries to reserve the pair atomically.
 */
public final class RoutingDecision {

  private RoutingDecision() {}

  /** A contact and the agent chosen for it. */
  public record Match(Waiting contact, Agent agent) {}

  /**
   * The first contact in serving order that some eligible agent can take, with the agent the
   * queue's strategy picks; empty when no waiting contact can be served now.
   */
  public static Optional<Match> next(
      QueueDefinition queue,
      List<Waiting> waiting,
      List<Agent> available,
      SelectionStrategy strategy) {
    for (Waiting contact : waiting) {
      List<Agent> eligible =
          available.stream().filter(agent -> mayTake(agent, queue, contact)).toList();
      if (!eligible.isEmpty()) {
        Optional<Agent> chosen = strategy.select(contact, eligible);
        if (chosen.isPresent()) {
          return Optional.of(new Match(contact, chosen.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether this agent may be offered this contact from this queue now. */
  public static boolean mayTake(Agent agent, QueueDefinition queue, Waiting contact) {
    return agent.state() == AgentState.AVAILABLE
        && agent.freeLines() > 0
        && agent.serves(queue)
        && !contact.declinedBy().contains(agent.id());
  }
}
