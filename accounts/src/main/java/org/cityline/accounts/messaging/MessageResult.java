package org.cityline.accounts.messaging;

/** Whether a message was handed to its carrier. */
public sealed interface MessageResult {

  /** Handed over; {@code id} is the carrier's (or the outbox's) id for it. */
  record Sent(String id) implements MessageResult {}

  /** Not sent, for this reason. */
  record Failed(String reason) implements MessageResult {}
}
