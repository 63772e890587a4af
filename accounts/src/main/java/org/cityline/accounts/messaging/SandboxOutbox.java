package org.cityline.accounts.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messaging for demos and tests: messages are kept in memory on this node (the newest {@code
 * capacity}) instead of being sent, so a person or a test can read them. Logs say that a message
 * was kept, never its body.
 */
public final class SandboxOutbox implements Messaging {

  private static final Logger log = LoggerFactory.getLogger(SandboxOutbox.class);

  /** A message kept by the outbox. */
  public record Kept(String id, OutboundMessage message, Instant at) {}

  private final Clock clock;
  private final int capacity;
  private final Deque<Kept> kept = new ArrayDeque<>();
  private final AtomicLong sequence = new AtomicLong();

  public SandboxOutbox(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("an outbox keeps at least one message");
    }
    this.clock = clock;
    this.capacity = capacity;
  }

  /** An outbox that keeps the newest 500 messages. */
  public SandboxOutbox(Clock clock) {
    this(clock, 500);
  }

  @Override
  public synchronized MessageResult send(OutboundMessage message) {
    String id = "sbx-msg-" + sequence.incrementAndGet();
    kept.addLast(new Kept(id, message, clock.instant()));
    while (kept.size() > capacity) {
      kept.removeFirst();
    }
    log.info("sandbox outbox kept message {} ({}) to {}", id, message.purpose(), message.to());
    return new MessageResult.Sent(id);
  }

  /** Every message kept, oldest first. */
  public synchronized List<Kept> messages() {
    return new ArrayList<>(kept);
  }

  /** The newest message kept for a destination, if any. */
  public synchronized Optional<Kept> latestTo(Destination destination) {
    List<Kept> all = new ArrayList<>(kept);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).message().to().equals(destination)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }
}
