package org.cityline.desktop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.EventBatcher;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings routing events to a view by server push, while the view is attached: subscribes on attach,
 * unsubscribes on detach, keeps only the events the view cares about, batches them (one push per
 * {@link #WINDOW} at most, urgent ones at once) and hands each batch to the view inside {@link
 * UI#access}.
 */
public final class RoutingFeed {

  /** How long events gather before one push carries them. */
  public static final Duration WINDOW = Duration.ofMillis(250);

  private static final Logger log = LoggerFactory.getLogger(RoutingFeed.class);

  private final DesktopServices services;
  private final Predicate<RoutingEvent> relevant;
  private final Predicate<RoutingEvent> urgent;
  private final Consumer<List<RoutingEvent>> onBatch;

  private RoutingService.Subscription subscription;
  private EventBatcher<RoutingEvent> batcher;

  private RoutingFeed(
      DesktopServices services,
      Predicate<RoutingEvent> relevant,
      Predicate<RoutingEvent> urgent,
      Consumer<List<RoutingEvent>> onBatch) {
    this.services = services;
    this.relevant = relevant;
    this.urgent = urgent;
    this.onBatch = onBatch;
  }

  /**
   * Feeds {@code owner} while it is attached.
   *
   * @param relevant the events the view shows; others are dropped on the routing thread
   * @param urgent the events pushed at once rather than with the next batch
   * @param onBatch runs in the UI, with the session locked
   */
  public static void attach(
      Component owner,
      DesktopServices services,
      Predicate<RoutingEvent> relevant,
      Predicate<RoutingEvent> urgent,
      Consumer<List<RoutingEvent>> onBatch) {
    RoutingFeed feed = new RoutingFeed(services, relevant, urgent, onBatch);
    owner.addAttachListener(event -> feed.start(event.getUI()));
    owner.addDetachListener(event -> feed.stop());
  }

  private synchronized void start(UI ui) {
    stop();
    EventBatcher<RoutingEvent> newBatcher =
        new EventBatcher<>(
            services.scheduler(), WINDOW, urgent, RoutingFeed::key, batch -> push(ui, batch));
    batcher = newBatcher;
    subscription =
        services
            .routing()
            .subscribe(
                event -> {
                  if (relevant.test(event)) {
                    newBatcher.offer(event);
                  }
                });
  }

  private synchronized void stop() {
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
    if (batcher != null) {
      batcher.close();
      batcher = null;
    }
  }

  private void push(UI ui, List<RoutingEvent> batch) {
    try {
      ui.access(() -> onBatch.accept(batch));
    } catch (UIDetachedException e) {
      log.debug("A desktop closed while routing events were on their way; dropping them.");
      stop();
    }
  }

  /** Events about the same thing replace one another within a batch. */
  static Object key(RoutingEvent event) {
    return switch (event) {
      case RoutingEvent.OfferMade offer -> "offer:" + offer.contact().id();
      case RoutingEvent.OfferWithdrawn withdrawn -> "withdrawn:" + withdrawn.contact();
      case RoutingEvent.ContactChanged changed -> "contact:" + changed.contact().id();
      case RoutingEvent.AgentChanged changed -> "agent:" + changed.agent().id();
      case RoutingEvent.QueueChanged changed -> "queue:" + changed.queue().id();
    };
  }
}
