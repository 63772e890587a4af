package org.cityline.routing;

import java.util.Comparator;

/**
 * Chooses which of the agents who may take a contact gets it: one small class per strategy, chosen
 * per queue by name ({@link QueueDefinition#strategy()}), as Jicofo's bridge selection strategies
 * are. A strategy is an order of preference, so the matcher can keep the best agent while it scans
 * the candidates once, without building a list.
 */
public interface SelectionStrategy {

  /** The name queues use to choose this strategy. */
  String name();

  /**
   * The order of preference among agents who meet {@code requirement}: the least is offered the
   * contact. It must be total (ties broken by agent id) so that every node decides alike.
   */
  Comparator<Agent> preference(Requirement requirement);
}
