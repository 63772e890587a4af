package org.cityline.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured queues, in configuration order; names are unique. */
public final class QueueDirectory {

  private final Map<QueueId, QueueDefinition> queues;

  private QueueDirectory(Map<QueueId, QueueDefinition> queues) {
    this.queues = queues;
  }

  /**
   * The given queues; at least one, each id once, each strategy one that routing knows.
   *
   * @throws IllegalArgumentException naming the queue that is wrong
   */
  public static QueueDirectory of(List<QueueDefinition> definitions) {
    if (definitions == null || definitions.isEmpty()) {
      throw new IllegalArgumentException("routing needs at least one queue");
    }
    Map<QueueId, QueueDefinition> byId = new LinkedHashMap<>();
    for (QueueDefinition definition : definitions) {
      if (byId.putIfAbsent(definition.id(), definition) != null) {
        throw new IllegalArgumentException("queue " + definition.id() + " is defined twice");
      }
      if (SelectionStrategies.named(definition.strategy()).isEmpty()) {
        throw new IllegalArgumentException(
            "queue "
                + definition.id()
                + ": no selection strategy named '"
                + definition.strategy()
                + "'; known: "
                + SelectionStrategies.names());
      }
    }
    return new QueueDirectory(byId);
  }

  /** The foundation's defaults: one billing queue. */
  public static QueueDirectory defaults() {
    return of(List.of(QueueDefinition.billing()));
  }

  public Optional<QueueDefinition> find(QueueId id) {
    return Optional.ofNullable(queues.get(id));
  }

  /** Every queue, in configuration order. */
  public List<QueueDefinition> all() {
    return new ArrayList<>(queues.values());
  }

  /** The queues whose contacts this agent may be offered. */
  public List<QueueDefinition> servedBy(Agent agent) {
    return queues.values().stream().filter(agent::serves).toList();
  }
}
