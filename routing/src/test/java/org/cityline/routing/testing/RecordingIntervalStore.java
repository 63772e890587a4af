package org.cityline.routing.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueInterval;

/** Interval rows in memory, replaced by queue and start as the database does. */
public final class RecordingIntervalStore implements IntervalStore {

  private final Map<String, QueueInterval> rows = new ConcurrentHashMap<>();

  @Override
  public void save(List<QueueInterval> intervals) {
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
