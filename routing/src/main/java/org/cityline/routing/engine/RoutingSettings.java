package org.cityline.routing.engine;

import java.time.Duration;
import org.cityline.common.PhoneNumber;

/**
 * Routing's own settings, beside the queues.
 *
 * @param callbackCallerId the number customers see when called back (the utility's)
 * @param callbackAttempts how many calls a callback gets before it ends as failed (1 to 10)
 * @param callbackRetryAfter how long after an unanswered call the next is placed
 * @param sweepInterval how often the leading node looks for overdue deadlines (ring timeouts,
 *     wrap-ups, escalations, overflows) that no timer of a live node will handle
 * @param resyncInterval how often every node rebuilds its index from the shared state
 * @param statisticsWindow how long queue figures gather before one update is published per queue
 */
public record RoutingSettings(
    PhoneNumber callbackCallerId,
    int callbackAttempts,
    Duration callbackRetryAfter,
    Duration sweepInterval,
    Duration resyncInterval,
    Duration statisticsWindow) {

  public RoutingSettings {
    if (callbackCallerId == null) {
      throw new IllegalArgumentException("callbacks need the number customers see");
    }
    if (callbackAttempts < 1 || callbackAttempts > 10) {
      throw new IllegalArgumentException("a callback gets 1 to 10 calls, was " + callbackAttempts);
    }
    positive(callbackRetryAfter, "the callback retry pause");
    positive(sweepInterval, "the sweep interval");
    positive(resyncInterval, "the resync interval");
    positive(statisticsWindow, "the statistics window");
  }

  private static void positive(Duration duration, String what) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + duration);
    }
  }

  /**
   * Three calls five minutes apart from the demo utility number; a sweep every second, a resync
   * every 30 seconds, queue figures at most four times a second.
   */
  public static RoutingSettings defaults() {
    return new RoutingSettings(
        new PhoneNumber("+15055550100"),
        3,
        Duration.ofMinutes(5),
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        Duration.ofMillis(250));
  }

  /** The same with another callback number. */
  public RoutingSettings withCallbackCallerId(PhoneNumber number) {
    return new RoutingSettings(
        number,
        callbackAttempts,
        callbackRetryAfter,
        sweepInterval,
        resyncInterval,
        statisticsWindow);
  }
}
