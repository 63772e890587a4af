package org.cityline.routing;

import java.util.List;
import java.util.Optional;

/**
 * Where signed-in agents are kept. Every change goes through {@link #apply}, which runs the command
 * atomically on the one agent; an agent whose state becomes {@link AgentState#LOGGED_OUT} is
 * removed in the same step.
 */
public interface AgentStore {

  /**
   * Adds a signed-in agent.
   *
   * @return false, changing nothing, when the agent is already signed in
   */
  boolean add(Agent agent);

  Optional<Agent> find(AgentId id);

  /** Applies the command atomically; refused when the agent is not signed in. */
  Change<Agent> apply(AgentId id, AgentCommand command);

  /** The agents in {@link AgentState#AVAILABLE}, the candidates for the next offer. */
  List<Agent> available();

  /** Every signed-in agent. */
  List<Agent> all();
}
