package org.cityline.routing.hazelcast;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueInterval;
import org.cityline.routing.StatisticsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queues' interval counts in the {@link RoutingMaps#INTERVALS} map: additions go to the member
 * that owns the interval as asynchronous entry processors (the caller never waits), and every node
 * keeps a copy of the recent intervals, fed by the map's notifications, for its figures.
 */
public final class HazelcastStatisticsStore implements StatisticsStore, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HazelcastStatisticsStore.class);

  private final IMap<String, StoredCounts> intervals;
  private final Map<String, QueueInterval> local = new ConcurrentHashMap<>();
  private final List<Consumer<QueueId>> watchers = new CopyOnWriteArrayList<>();
  private final OpIds ops = new OpIds();
  private final UUID listener;

  public HazelcastStatisticsStore(HazelcastInstance hazelcast) {
    this.intervals = hazelcast.getMap(RoutingMaps.INTERVALS);
    this.listener = intervals.addEntryListener(new Listener(), true);
    intervals.values().forEach(this::keep);
  }

  @Override
  public void add(QueueId queue, Instant at, QueueCounts counts) {
    Instant start = QueueInterval.startOf(at);
    String key = queue.value() + "@" + start.toEpochMilli();
    intervals
        .submitToKey(
            key,
            new AddCounts(queue.value(), start.toEpochMilli(), CountsDelta.of(counts), ops.next()))
        .whenCompleteAsync(
            (added, failure) -> {
              if (failure != null) {
                LOG.warn("Could not count {} in {}: {}", counts, key, failure.toString());
              }
            },
            Runnable::run); // a log line: on the completing thread, never a thread of its own
  }

  @Override
  public List<QueueInterval> since(Instant from) {
    return local.values().stream().filter(interval -> !interval.start().isBefore(from)).toList();
  }

  @Override
  public void watch(Consumer<QueueId> changed) {
    watchers.add(changed);
  }

  private void keep(StoredCounts stored) {
    QueueInterval interval =
        new QueueInterval(
            new QueueId(stored.queue()),
            Instant.ofEpochMilli(stored.start()),
            new QueueCounts(
                stored.offered(),
                stored.answered(),
                stored.answeredInTarget(),
                stored.abandoned(),
                stored.abandonedInTarget(),
                stored.overflowed(),
                stored.callbacks(),
                stored.waitMillis(),
                stored.handled(),
                stored.handleMillis()));
    local.put(stored.queue() + "@" + stored.start(), interval);
    long oldest = interval.start().toEpochMilli() - RoutingMaps.INTERVALS_KEPT.toMillis();
    local.values().removeIf(each -> each.start().toEpochMilli() < oldest);
    watchers.forEach(watcher -> watcher.accept(interval.queue()));
  }

  private final class Listener
      implements EntryAddedListener<String, StoredCounts>,
          EntryUpdatedListener<String, StoredCounts> {

    @Override
    public void entryAdded(EntryEvent<String, StoredCounts> event) {
      keep(event.getValue());
    }

    @Override
    public void entryUpdated(EntryEvent<String, StoredCounts> event) {
      keep(event.getValue());
    }
  }

  @Override
  public void close() {
    intervals.removeEntryListener(listener);
  }
}
