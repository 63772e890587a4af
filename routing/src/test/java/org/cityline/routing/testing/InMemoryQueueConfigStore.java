package org.cityline.routing.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cityline.routing.QueueConfigStore;

/** The shared queue configuration in memory. */
public final class InMemoryQueueConfigStore implements QueueConfigStore {

  private volatile String text;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public Optional<String> current() {
    return Optional.ofNullable(text);
  }

  @Override
  public synchronized String seed(String seed) {
    if (text == null) {
      text = seed;
    }
    return text;
  }

  @Override
  public void publish(String newText) {
    text = newText;
    listeners.forEach(listener -> listener.accept(newText));
  }

  @Override
  public void onChange(Consumer<String> listener) {
    listeners.add(listener);
  }
}
