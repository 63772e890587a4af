package org.cityline.routing;

import java.time.Instant;
import java.util.List;

/**
 * Where the queues' interval counts are kept while they are live (Hazelcast in production): every
 * node adds what happened through it, and every node reads the sums. Adding never blocks the
 * caller; a repeat of one addition after a lost member counts once.
 */
public interface StatisticsStore {

  /** Adds {@code counts} to the queue's interval that {@code at} falls in. */
  void add(QueueId queue, Instant at, QueueCounts counts);

  /** Every interval that starts at or after {@code from}, as this node knows them now. */
  List<QueueInterval> since(Instant from);

  /** Calls the listener with the queue whenever its counts change (on any node). */
  default void watch(java.util.function.Consumer<QueueId> changed) {}
}
