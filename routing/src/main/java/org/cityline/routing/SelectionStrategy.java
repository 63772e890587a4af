package org.cityline.routing;

import java.util.List;
import java.util.Optional;

/**
 * Chooses which of the agents who may take a contact gets it. One small class per strategy, chosen
 * per queue by name ({@link QueueDefinition#strategy()}). Later strategies: most skilled then
 * longest idle, round robin.
 */
public interface SelectionStrategy {

  /** The name queues use to choose this strategy. */
  String name();

  /**
   * The agent to offer {@code contact} to.
   *
   * @param eligible agents who may take it: available, with a free line and the queue's skills, and
   *     who have not rejected it; never empty
   */
  Optional<Agent> select(Waiting contact, List<Agent> eligible);
}
