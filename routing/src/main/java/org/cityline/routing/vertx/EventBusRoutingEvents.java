package org.cityline.routing.vertx;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingEvents;
import org.cityline.routing.RoutingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routing events on the (clustered) Vert.x event bus, at {@link #ADDRESS}, so desktops on every
 * node see every change.
 *
 * <p>{@link #publish} never blocks: it hands the event to one event-loop context of this node,
 * which publishes events in the order {@code publish} was called. So every subscriber sees the
 * events one node published in that node's order (Vert.x keeps order between two nodes); events
 * from different nodes about the same agent may interleave, which is why each event carries a full
 * snapshot.
 */
public final class EventBusRoutingEvents implements RoutingEvents {

  /** The event bus address every routing event is published to. */
  public static final String ADDRESS = "cityline.routing.events";

  private static final Logger LOG = LoggerFactory.getLogger(EventBusRoutingEvents.class);
  private static final long REGISTRATION_SECONDS = 10;

  private final Vertx vertx;
  private final Context context;
  private final DeliveryOptions options =
      new DeliveryOptions().setCodecName(RoutingEventCodec.NAME);

  /** Uses this Vert.x (clustered in production), registering the event codec if needed. */
  public EventBusRoutingEvents(Vertx vertx) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
    registerCodec(vertx);
  }

  /** Registers {@link RoutingEventCodec} on this Vert.x unless it already is. */
  public static void registerCodec(Vertx vertx) {
    try {
      vertx.eventBus().registerCodec(new RoutingEventCodec());
    } catch (IllegalStateException alreadyRegistered) {
      LOG.debug("Routing event codec already registered");
    }
  }

  @Override
  public void publish(RoutingEvent event) {
    context.runOnContext(ignored -> vertx.eventBus().publish(ADDRESS, event, options));
  }

  /**
   * Registers a consumer on this node. Outside an event loop it waits (up to 10 s) until the
   * registration has reached the cluster, so no event published after it returns is missed.
   */
  @Override
  public RoutingService.Subscription subscribe(Consumer<RoutingEvent> listener) {
    MessageConsumer<RoutingEvent> consumer =
        vertx
            .eventBus()
            .consumer(
                ADDRESS,
                message -> {
                  try {
                    listener.accept(message.body());
                  } catch (RuntimeException e) {
                    LOG.warn("A routing event listener failed", e);
                  }
                });
    if (!Context.isOnVertxThread()) {
      try {
        consumer
            .completion()
            .toCompletionStage()
            .toCompletableFuture()
            .get(REGISTRATION_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while subscribing to routing events", e);
      } catch (Exception e) {
        consumer.unregister();
        throw new IllegalStateException(
            "could not subscribe to routing events at " + ADDRESS + ": " + e.getMessage(), e);
      }
    }
    return consumer::unregister;
  }
}
