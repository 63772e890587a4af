package org.cityline.routing;

import java.time.Instant;
import java.util.List;

/**
 * Where fifteen-minute interval counts are written for reports (the database). Saving the same
 * interval again replaces it, so a node may write an interval as often as it likes.
 */
public interface IntervalStore {

  /** Writes (or rewrites) these intervals. */
  void save(List<QueueInterval> intervals);

  /** The intervals that start in {@code [from, to)}, by start then queue. */
  List<QueueInterval> between(Instant from, Instant to);

  /** A store that keeps nothing (when no database is configured). */
  IntervalStore NONE =
      new IntervalStore() {
        @Override
        public void save(List<QueueInterval> intervals) {}

        @Override
        public List<QueueInterval> between(Instant from, Instant to) {
          return List.of();
        }
      };
}
