package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;

/**
 * Events about a callback's call that reach routing before routing has recorded the call it placed:
 * a phone system may report the customer's answer, or that nobody answered, while {@code originate}
 * is still returning (the simulator answers at once). They are kept, in order, and replayed once
 * the dialing step has recorded the call; whichever comes second, the event or the dialing step,
 * replays them, so each is replayed once.
 *
 * <p>An answer is always kept (only calls routing places are answered). The end of a call routing
 * does not know is kept only while this node is placing a callback: every caller's hang-up outside
 * routing's calls would otherwise be kept too. Kept events expire after {@link #KEPT}.
 */
final class EarlyCallEvents {

  /** How long an event for a call routing does not know is kept for a dialing step to claim. */
  static final Duration KEPT = Duration.ofMinutes(1);

  private record Kept(Instant since, List<CallEvent> events) {}

  private final Map<CallId, Kept> kept = new ConcurrentHashMap<>();
  private final AtomicInteger placing = new AtomicInteger();
  private volatile Consumer<CallEvent> replay = event -> {};

  /** Where claimed events go: routing's handling of call events. */
  void replayTo(Consumer<CallEvent> handler) {
    this.replay = handler;
  }

  /** A callback call is being placed on this node (until {@link #placed}). */
  void placing() {
    placing.incrementAndGet();
  }

  /** The dialing step is over (recorded, or given up). */
  void placed() {
    placing.decrementAndGet();
  }

  /** Whether an end of an unknown call may belong to a callback being placed here now. */
  boolean mayBeEarlyEnd() {
    return placing.get() > 0;
  }

  /** Keeps an event for its call, dropping kept events older than {@link #KEPT}. */
  void keep(CallEvent event, Instant now) {
    kept.values().removeIf(entry -> entry.since().plus(KEPT).isBefore(now));
    kept.compute(
        event.callId(),
        (call, entry) -> {
          List<CallEvent> events = entry == null ? new ArrayList<>() : entry.events();
          events.add(event);
          return new Kept(entry == null ? now : entry.since(), events);
        });
  }

  /** Replays what was kept for this call, in order, once. */
  void claim(CallId call) {
    Kept entry = kept.remove(call);
    if (entry != null) {
      entry.events().forEach(replay);
    }
  }
}
