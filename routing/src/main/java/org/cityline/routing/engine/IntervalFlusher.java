package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cityline.routing.QueueInterval;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the queues' fifteen-minute interval counts to the database for reports: every minute the
 * leading node writes every interval not yet written since it ended, which is normally the current
 * and the previous one (a rewrite replaces a row, so writing again is harmless, and an interval is
 * complete once a write after its end succeeds). After the database was down, the next write that
 * succeeds catches up on every interval missed meanwhile, as far back as the shared counts are kept
 * ({@link #CATCH_UP}, two days). A node's first write (at start, or when it takes the lead) goes
 * that far back too, since the node before it may have missed some.
 */
final class IntervalFlusher {

  private static final Logger LOG = LoggerFactory.getLogger(IntervalFlusher.class);
  static final Duration EVERY = Duration.ofMinutes(1);

  /** How far back a write goes at most: the shared interval counts are kept two days. */
  static final Duration CATCH_UP = Duration.ofDays(2);

  private final Ops ops;
  private volatile boolean stopped;

  /** Every interval that starts before this was written after it ended; null before a write. */
  private Instant writtenBefore;

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

  /** Writes every interval not yet written since it ended (the current one too) now. */
  synchronized void flush() {
    Instant now = ops.now();
    Instant previous = QueueInterval.startOf(now).minus(QueueInterval.LENGTH);
    Instant from = from(previous, QueueInterval.startOf(now.minus(CATCH_UP)));
    List<QueueInterval> intervals = ops.setup().statistics().since(from);
    try {
      if (!intervals.isEmpty()) {
        ops.setup().intervals().save(intervals);
      }
      if (writtenBefore != null && from.isBefore(previous)) {
        LOG.info("Caught up: wrote {} interval rows back to {}", intervals.size(), from);
      }
      writtenBefore = previous;
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not write {} interval rows (from {}); the next minute tries again: {}",
          intervals.size(),
          from,
          e.toString());
    }
  }

  /** The first interval to write: the oldest not written since it ended, at most two days back. */
  private Instant from(Instant previous, Instant oldest) {
    if (writtenBefore == null) {
      return oldest;
    }
    Instant from = writtenBefore.isBefore(previous) ? writtenBefore : previous;
    return from.isBefore(oldest) ? oldest : from;
  }
}
