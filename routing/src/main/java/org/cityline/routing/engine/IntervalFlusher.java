package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cityline.routing.QueueInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the queues' fifteen-minute interval counts to the database for reports: every minute the
 * leading node writes the current and the previous interval (a rewrite replaces a row, so writing
 * again is harmless, and an interval is complete once a write after its end succeeds).
 */
final class IntervalFlusher {

  private static final Logger LOG = LoggerFactory.getLogger(IntervalFlusher.class);
  static final Duration EVERY = Duration.ofMinutes(1);

  private final Ops ops;
  private volatile boolean stopped;

  IntervalFlusher(Ops ops) {
    this.ops = ops;
  }

  void start() {
    stopped = false;
    ops.setup().scheduler().schedule(EVERY, this::tick);
  }

  void stop() {
    stopped = true;
  }

  private void tick() {
    if (stopped) {
      return;
    }
    try {
      if (ops.setup().leadership().leads()) {
        flush();
      }
    } finally {
      ops.setup().scheduler().schedule(EVERY, this::tick);
    }
  }

  /** Writes the current and the previous interval now. */
  void flush() {
    Instant from = QueueInterval.startOf(ops.now()).minus(QueueInterval.LENGTH);
    List<QueueInterval> intervals = ops.setup().statistics().since(from);
    if (intervals.isEmpty()) {
      return;
    }
    try {
      ops.setup().intervals().save(intervals);
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not write {} interval rows; the next minute tries again: {}",
          intervals.size(),
          e.toString());
    }
  }
}
