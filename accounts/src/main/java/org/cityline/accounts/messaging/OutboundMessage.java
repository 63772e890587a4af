package org.cityline.accounts.messaging;

import org.cityline.common.Language;

/**
 * A message to a customer.
 *
 * @param to where it goes
 * @param body what it says (may hold a one-time link: never logged)
 * @param language the language it is written in
 * @param purpose a short stable name for logs and the outbox ("password-reset")
 */
public record OutboundMessage(Destination to, String body, Language language, String purpose) {

  public OutboundMessage {
    if (to == null || language == null) {
      throw new IllegalArgumentException("a message needs a destination and a language");
    }
    if (body == null || body.isBlank() || body.length() > 1600) {
      throw new IllegalArgumentException("a message body is 1 to 1,600 characters");
    }
    if (purpose == null || !purpose.matches("[a-z][a-z0-9-]{0,39}")) {
      throw new IllegalArgumentException("a message's purpose is a short lower-case name");
    }
  }

  /** Never the body (it may hold a one-time link). */
  @Override
  public String toString() {
    return "OutboundMessage[to=" + to + ", purpose=" + purpose + ", " + body.length() + " chars]";
  }
}
