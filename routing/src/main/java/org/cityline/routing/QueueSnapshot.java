package org.cityline.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A queue's live figures at one moment.
 *
 * @param id the queue
 * @param name its display name ("Billing")
 * @param waiting contacts waiting now
 * @param longestWait how long the oldest waiting contact has waited
 * @param agentsByState signed-in agents who serve this queue, counted by state
 * @param open whether the queue takes new callers now (its business hours)
 * @param statistics the day's figures
 */
public record QueueSnapshot(
    QueueId id,
    String name,
    int waiting,
    Duration longestWait,
    Map<AgentState, Integer> agentsByState,
    boolean open,
    QueueStatistics statistics) {

  public QueueSnapshot {
    agentsByState = Map.copyOf(agentsByState);
  }

  /** The foundation's snapshot: open, no figures yet. */
  public QueueSnapshot(
      QueueId id,
      String name,
      int waiting,
      Duration longestWait,
      Map<AgentState, Integer> agentsByState) {
    this(
        id,
        name,
        waiting,
        longestWait,
        agentsByState,
        true,
        QueueStatistics.none(Instant.EPOCH, new ServiceLevelTarget(80, Duration.ofSeconds(30))));
  }
}
