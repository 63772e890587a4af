package org.cityline.routing;

import java.time.Instant;
import java.util.Comparator;

/**
 * Agents take turns: the one offered a contact least recently gets the next (one never offered
 * first), whatever how long each has been idle. Ties by agent id, so nodes agree.
 */
public final class RoundRobin implements SelectionStrategy {

  /** The name queues use for it. */
  public static final String NAME = "round-robin";

  private static final Comparator<Agent> ORDER =
      Comparator.<Agent, Instant>comparing(agent -> agent.lastOfferedAt().orElse(Instant.MIN))
          .thenComparing(agent -> agent.id().value());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Comparator<Agent> preference(Requirement requirement) {
    return ORDER;
  }
}
