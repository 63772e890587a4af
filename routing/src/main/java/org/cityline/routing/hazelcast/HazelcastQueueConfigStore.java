package org.cityline.routing.hazelcast;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.cityline.routing.QueueConfigStore;

/** The queue configuration every node uses, in the {@link RoutingMaps#CONFIG} map. */
public final class HazelcastQueueConfigStore implements QueueConfigStore, AutoCloseable {

  private static final String KEY = "queues";

  private final IMap<String, String> config;
  private final List<UUID> listeners = new ArrayList<>();

  public HazelcastQueueConfigStore(HazelcastInstance hazelcast) {
    this.config = hazelcast.getMap(RoutingMaps.CONFIG);
  }

  @Override
  public Optional<String> current() {
    return Optional.ofNullable(config.get(KEY));
  }

  @Override
  public String seed(String text) {
    String existing = config.putIfAbsent(KEY, text);
    return existing == null ? text : existing;
  }

  @Override
  public void publish(String text) {
    config.set(KEY, text);
  }

  @Override
  public void onChange(Consumer<String> listener) {
    listeners.add(config.addEntryListener(new ChangeListener(listener), true));
  }

  private record ChangeListener(Consumer<String> listener)
      implements EntryAddedListener<String, String>, EntryUpdatedListener<String, String> {
    @Override
    public void entryAdded(EntryEvent<String, String> event) {
      listener.accept(event.getValue());
    }

    @Override
    public void entryUpdated(EntryEvent<String, String> event) {
      listener.accept(event.getValue());
    }
  }

  @Override
  public void close() {
    listeners.forEach(config::removeEntryListener);
  }
}
