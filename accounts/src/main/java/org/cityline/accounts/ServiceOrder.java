package org.cityline.accounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Work for a field crew on an account.
 *
 * @param id the order's number
 * @param type turn-on, turn-off, re-read, meter test, disconnect for non-payment
 * @param status open, scheduled, completed or cancelled
 * @param service the service it concerns, if it concerns one
 * @param requestedOn when it was asked for
 * @param scheduledFor the date the crew will go (for a disconnect: the disconnect date)
 * @param completedOn when it was done or cancelled
 * @param notes instructions and field updates, oldest first
 */
public record ServiceOrder(
    long id,
    ServiceOrderType type,
    ServiceOrderStatus status,
    Optional<UtilityService> service,
    LocalDate requestedOn,
    Optional<LocalDate> scheduledFor,
    Optional<LocalDate> completedOn,
    List<ServiceOrderNote> notes) {

  public ServiceOrder {
    notes = List.copyOf(notes);
    if (type == null || status == null || requestedOn == null) {
      throw new IllegalArgumentException("a service order has a type, a status and a date");
    }
    if (service == null || scheduledFor == null || completedOn == null) {
      throw new IllegalArgumentException("use Optional.empty(), not null");
    }
  }

  /** The same order with these notes. */
  public ServiceOrder withNotes(List<ServiceOrderNote> notes) {
    return new ServiceOrder(
        id, type, status, service, requestedOn, scheduledFor, completedOn, notes);
  }

  /** Whether this is a disconnect for non-payment that is still to happen. */
  public boolean isPendingDisconnect() {
    return type == ServiceOrderType.DISCONNECT_NONPAYMENT && status.isPending();
  }
}
