package org.cityline.accounts;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands field notifications to the {@link FieldNotifier} once they are stored, and marks them
 * published; those the notifier refused are tried again by {@link #relayUnpublished()}.
 */
public final class FieldNotifications {

  private static final Logger log = LoggerFactory.getLogger(FieldNotifications.class);

  /** Where notifications are stored until published. */
  public interface Outbox {
    /** Notifications not yet handed over, oldest first. */
    List<FieldNotification> unpublished(int limit);

    /** Marks one handed over. */
    void markPublished(long id, java.time.Instant at);

    /** The most recent notifications about an account, newest first. */
    List<FieldNotification> forAccount(AccountNumber account, int limit);
  }

  private final Outbox outbox;
  private final FieldNotifier notifier;
  private final Clock clock;

  public FieldNotifications(Outbox outbox, FieldNotifier notifier, Clock clock) {
    this.outbox = outbox;
    this.notifier = notifier;
    this.clock = clock;
  }

  /**
   * Hands over notifications just stored; a refusal is logged and left for the relay.
   *
   * @return how many were handed over
   */
  public int publish(List<FieldNotification> stored) {
    int published = 0;
    for (FieldNotification notification : stored) {
      try {
        notifier.notify(notification);
        outbox.markPublished(notification.id(), clock.instant());
        published++;
      } catch (RuntimeException e) {
        log.warn(
            "field notification {} ({}) for account {} not handed over yet; it is kept and"
                + " retried: {}",
            notification.id(),
            notification.kind(),
            notification.account(),
            e.toString());
      }
    }
    return published;
  }

  /**
   * Hands over every notification still unpublished (after a notifier outage or a node's loss).
   *
   * @return how many were handed over now
   */
  public int relayUnpublished() {
    return publish(outbox.unpublished(100));
  }

  /** The most recent notifications about an account, newest first. */
  public List<FieldNotification> forAccount(AccountNumber account, int limit) {
    return outbox.forAccount(account, limit);
  }
}
