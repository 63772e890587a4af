package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.common.ContactId;
import org.cityline.common.time.Scheduler;
import org.cityline.routing.AgentId;

/**
 * This node's ring timers. The deadline itself lives in the shared contact and agent entries, so
 * the timer is only a reminder: any node may arm one for the same offer (recovery after a lost
 * member does), and ringing out is idempotent.
 */
final class OfferTimers {

  /** What to do when an offer's time is up. */
  @FunctionalInterface
  interface RingOut {
    void ringOut(ContactId contact, AgentId agent);
  }

  private final RouterSetup setup;
  private final RingOut ringOut;
  private final Map<ContactId, Scheduler.Timer> armed = new ConcurrentHashMap<>();

  OfferTimers(RouterSetup setup, RingOut ringOut) {
    this.setup = setup;
    this.ringOut = ringOut;
  }

  /** Reminds this node to ring out the offer of {@code contact} to {@code agent} at expiry. */
  void arm(ContactId contact, AgentId agent, Instant expiresAt) {
    Duration delay = Duration.between(setup.clock().instant(), expiresAt);
    Scheduler.Timer timer =
        setup
            .scheduler()
            .schedule(
                delay.isNegative() ? Duration.ZERO : delay,
                () -> {
                  armed.remove(contact);
                  ringOut.ringOut(contact, agent);
                });
    Scheduler.Timer previous = armed.put(contact, timer);
    if (previous != null) {
      previous.cancel();
    }
  }

  /** Forgets the reminder for this contact's offer, if this node armed one. */
  void cancel(ContactId contact) {
    Scheduler.Timer timer = armed.remove(contact);
    if (timer != null) {
      timer.cancel();
    }
  }

  /** Cancels every reminder (when routing stops on this node). */
  void cancelAll() {
    armed.keySet().forEach(this::cancel);
  }
}
