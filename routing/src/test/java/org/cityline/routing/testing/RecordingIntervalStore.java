package org.cityline.routing.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueInterval;

/**
 * Interval rows in memory, replaced by queue and start as the database does. It can be taken down
 * like a database in an outage: every save fails until it is up again.
 */
public final class RecordingIntervalStore implements IntervalStore {

  private final Map<String, QueueInterval> rows = new ConcurrentHashMap<>();
  private volatile boolean down;

  /** While down, every save throws and writes nothing. */
  public void down(boolean value) {
    down = value;
  }

  @Override
  public void save(List<QueueInterval> intervals) {
    if (down) {
      throw new IllegalStateException("the fake interval database is down");
    }
    intervals.forEach(
        interval -> rows.put(interval.queue() + "@" + interval.start().toEpochMilli(), interval));
  }

  @Override
  public List<QueueInterval> between(Instant from, Instant to) {
    return rows.values().stream()
        .filter(row -> !row.start().isBefore(from) && row.start().isBefore(to))
        .toList();
  }

  public List<QueueInterval> rows() {
    return List.copyOf(rows.values());
  }
}
