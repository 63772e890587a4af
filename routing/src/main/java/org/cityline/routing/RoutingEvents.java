package org.cityline.routing;

import java.util.function.Consumer;

/**
 * Where routing announces what changed, and where desktops listen: the clustered event bus in
 * production, a list in some tests. {@link #publish} never blocks on delivery.
 */
public interface RoutingEvents {

  /** Sends the event to every subscriber on every node. */
  void publish(RoutingEvent event);

  /** Delivers every event, from every node, to the listener until the subscription is closed. */
  RoutingService.Subscription subscribe(Consumer<RoutingEvent> listener);
}
