package org.cityline.routing;

import java.util.Comparator;

/** The agent who has been free the longest gets the contact (ties: by agent id, so nodes agree). */
public final class LongestIdle implements SelectionStrategy {

  /** The name queues use for it. */
  public static final String NAME = "longest-idle";

  /** Longest idle first; ties by id, so every agent has one place. */
  public static final Comparator<Agent> ORDER =
      Comparator.comparing(Agent::idleSince).thenComparing(agent -> agent.id().value());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Comparator<Agent> preference(Requirement requirement) {
    return ORDER;
  }
}
