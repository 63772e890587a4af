package org.cityline.routing;

import java.time.Duration;
import java.util.Map;

/**
 * A queue's live figures at one moment.
 *
 * @param id the queue
 * @param name its display name ("Billing")
 * @param waiting contacts waiting now
 * @param longestWait how long the oldest waiting contact has waited
 * @param agentsByState signed-in agents who serve this queue, counted by state
 */
public record QueueSnapshot(
    QueueId id,
    String name,
    int waiting,
    Duration longestWait,
    Map<AgentState, Integer> agentsByState) {

  public QueueSnapshot {
    agentsByState = Map.copyOf(agentsByState);
  }
}
