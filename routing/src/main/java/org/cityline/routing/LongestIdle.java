package org.cityline.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The agent who has been free the longest gets the contact (ties: by agent id, so nodes agree). */
public final class LongestIdle implements SelectionStrategy {

  /** The name queues use for it. */
  public static final String NAME = "longest-idle";

  private static final Comparator<Agent> ORDER =
      Comparator.comparing(Agent::idleSince).thenComparing(agent -> agent.id().value());

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Agent> select(Waiting contact, List<Agent> eligible) {
    return eligible.stream().min(ORDER);
  }
}
