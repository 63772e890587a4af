package org.cityline.routing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where signed-in agents are kept. Every change goes through {@link #apply}, which runs the command
 * atomically on the one agent and counts its version up (applying a repeat at most once, as {@link
 * ContactStore} does); an agent whose command signs them out is removed in the same step.
 */
public interface AgentStore {

  /**
   * Adds a signed-in agent.
   *
   * @return false, changing nothing, when the agent is already signed in
   */
  boolean add(Agent agent);

  Optional<Agent> find(AgentId id);

  /**
   * Applies the command atomically on {@code day} (the start of the city's day, for the agent's
   * tally); refused when the agent is not signed in.
   */
  Change<Agent> apply(AgentId id, AgentCommand command, Instant day);

  /** Starts {@link #apply}; see {@link ContactStore#start}. */
  default Supplier<Change<Agent>> start(AgentId id, AgentCommand command, Instant day) {
    Change<Agent> change = apply(id, command, day);
    return () -> change;
  }

  /** Every signed-in agent. */
  List<Agent> all();

  /** Tells the listeners of every change any node makes (see {@link ContactStore#watch}). */
  default void watch(Consumer<Agent> changed, BiConsumer<AgentId, Long> removed) {}
}
