package org.cityline.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * One queue's counts over one fifteen-minute interval, as written for reports.
 *
 * @param queue the queue
 * @param start the interval's start (on a quarter hour since the epoch)
 * @param counts what happened in it
 */
public record QueueInterval(QueueId queue, Instant start, QueueCounts counts) {

  /** The length of an interval. */
  public static final Duration LENGTH = Duration.ofMinutes(15);

  /** The start of the interval {@code at} falls in. */
  public static Instant startOf(Instant at) {
    long length = LENGTH.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), length) * length);
  }
}
