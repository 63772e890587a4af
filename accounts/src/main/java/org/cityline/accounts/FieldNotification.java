package org.cityline.accounts;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;

/**
 * Something field staff must know about an account's service order, such as a disconnect called off
 * because the customer paid: what the Specialists tell the field specialists today.
 *
 * @param id the notification's number
 * @param account the account
 * @param serviceOrder the service order concerned
 * @param kind a short stable name ({@value #DISCONNECT_CANCELLED})
 * @param message what to tell the crew, in words (address, what changed, why)
 * @param contact the contact the change came from, if any
 * @param at when it was written
 */
public record FieldNotification(
    long id,
    AccountNumber account,
    long serviceOrder,
    String kind,
    String message,
    Optional<ContactId> contact,
    Instant at) {

  /** A disconnect for non-payment was cancelled: the crew must not shut the service off. */
  public static final String DISCONNECT_CANCELLED = "disconnect-cancelled";

  public FieldNotification {
    if (account == null || kind == null || message == null || contact == null || at == null) {
      throw new IllegalArgumentException("a field notification needs every field");
    }
  }
}
