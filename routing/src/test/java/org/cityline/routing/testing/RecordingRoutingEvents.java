package org.cityline.routing.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingEvents;
import org.cityline.routing.RoutingService;

/** Keeps every published event and hands it to subscribers on the publishing thread. */
public final class RecordingRoutingEvents implements RoutingEvents {

  private final List<RoutingEvent> published = new CopyOnWriteArrayList<>();
  private final List<Consumer<RoutingEvent>> listeners = new CopyOnWriteArrayList<>();

  @Override
  public void publish(RoutingEvent event) {
    published.add(event);
    listeners.forEach(listener -> listener.accept(event));
  }

  @Override
  public RoutingService.Subscription subscribe(Consumer<RoutingEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Every event so far, in order. */
  public List<RoutingEvent> published() {
    return List.copyOf(published);
  }

  /** The events of one kind so far, in order. */
  public <T extends RoutingEvent> List<T> published(Class<T> kind) {
    return published.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  public void clear() {
    published.clear();
  }
}
