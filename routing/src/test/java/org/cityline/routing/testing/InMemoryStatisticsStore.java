package org.cityline.routing.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueInterval;
import org.cityline.routing.StatisticsStore;

/** Interval counts in memory, added at once. */
public final class InMemoryStatisticsStore implements StatisticsStore {

  private final Map<String, QueueInterval> intervals = new ConcurrentHashMap<>();
  private final List<Consumer<QueueId>> watchers = new CopyOnWriteArrayList<>();

  @Override
  public void add(QueueId queue, Instant at, QueueCounts counts) {
    Instant start = QueueInterval.startOf(at);
    intervals.merge(
        queue + "@" + start.toEpochMilli(),
        new QueueInterval(queue, start, counts),
        (old, add) -> new QueueInterval(queue, start, old.counts().plus(add.counts())));
    watchers.forEach(watcher -> watcher.accept(queue));
  }

  @Override
  public List<QueueInterval> since(Instant from) {
    return intervals.values().stream().filter(i -> !i.start().isBefore(from)).toList();
  }

  @Override
  public void watch(Consumer<QueueId> changed) {
    watchers.add(changed);
  }

  /** The sum of a queue's counts over every interval kept. */
  public QueueCounts total(QueueId queue) {
    return intervals.values().stream()
        .filter(interval -> interval.queue().equals(queue))
        .map(QueueInterval::counts)
        .reduce(QueueCounts.ZERO, QueueCounts::plus);
  }
}
