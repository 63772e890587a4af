package org.cityline.accounts.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.FieldNotification;
import org.cityline.common.ContactId;
import org.jdbi.v3.core.Handle;

/**
 * Calls off an account's pending disconnects for non-payment inside the caller's transaction, as
 * the Specialists do when a customer pays the past-due amount or makes an arrangement: each order
 * is cancelled, with a note on the order, a note on the account, an audit entry and a field
 * notification for the crew.
 */
final class DisconnectCancellation {

  private DisconnectCancellation() {}

  /** The notifications written, one per cancelled order (none when nothing was pending). */
  static List<FieldNotification> cancelPending(
      Handle handle,
      AccountNumber account,
      String actor,
      Optional<ContactId> contact,
      String why,
      Instant at,
      LocalDate today) {
    List<Long> orders =
        handle
            .createQuery(
                "SELECT order_id FROM service_order WHERE account_number = :account"
                    + " AND order_type = 'DISCONNECT_NONPAYMENT'"
                    + " AND status IN ('OPEN', 'SCHEDULED') ORDER BY order_id")
            .bind("account", account.value())
            .mapTo(Long.class)
            .list();
    if (orders.isEmpty()) {
      return List.of();
    }
    String address = serviceAddress(handle, account);
    List<FieldNotification> notifications = new ArrayList<>();
    for (long order : orders) {
      handle
          .createUpdate(
              "UPDATE service_order SET status = 'CANCELLED', completed_on = :today"
                  + " WHERE order_id = :order")
          .bind("today", today)
          .bind("order", order)
          .execute();
      String note = "Disconnect cancelled: " + why + ".";
      handle
          .createUpdate(
              "INSERT INTO service_order_note (order_id, written_at, author, note_text)"
                  + " VALUES (:order, :at, :author, :text)")
          .bind("order", order)
          .bind("at", at)
          .bind("author", actor)
          .bind("text", note)
          .execute();
      handle
          .createUpdate(
              "INSERT INTO account_note (account_number, written_at, author, contact_id,"
                  + " note_text) VALUES (:account, :at, :author, :contact, :text)")
          .bind("account", account.value())
          .bind("at", at)
          .bind("author", actor)
          .bindByType("contact", contact.map(Object::toString).orElse(null), String.class)
          .bind("text", "Disconnect order " + order + " cancelled: " + why + ".")
          .execute();
      JdbcAuditTrail.insert(
          handle,
          new AuditEntry(
              at,
              actor,
              contact,
              Optional.of(account),
              FieldNotification.DISCONNECT_CANCELLED,
              "cancelled disconnect order " + order + ": " + why));
      String message =
          "Do not disconnect account "
              + account
              + " at "
              + address
              + " (order "
              + order
              + "): "
              + why
              + ".";
      long id =
          handle
              .createUpdate(
                  "INSERT INTO field_notification (account_number, order_id, kind, message,"
                      + " contact_id, created_at) VALUES (:account, :order, :kind, :message,"
                      + " :contact, :at)")
              .bind("account", account.value())
              .bind("order", order)
              .bind("kind", FieldNotification.DISCONNECT_CANCELLED)
              .bind("message", message)
              .bindByType("contact", contact.map(Object::toString).orElse(null), String.class)
              .bind("at", at)
              .executeAndReturnGeneratedKeys("notification_id")
              .mapTo(Long.class)
              .one();
      notifications.add(
          new FieldNotification(
              id, account, order, FieldNotification.DISCONNECT_CANCELLED, message, contact, at));
    }
    return notifications;
  }

  private static String serviceAddress(Handle handle, AccountNumber account) {
    return handle
        .createQuery(
            "SELECT service_street, service_unit, service_zip FROM account"
                + " WHERE account_number = :account")
        .bind("account", account.value())
        .map(
            (rs, ctx) ->
                (rs.getString("service_street")
                        + (rs.getString("service_unit").isBlank()
                            ? ""
                            : " " + rs.getString("service_unit")))
                    + " "
                    + rs.getString("service_zip"))
        .one();
  }
}
