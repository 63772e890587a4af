package org.cityline.accounts;

/** Where a service order stands. */
public enum ServiceOrderStatus {
  /** Created, not yet given to a crew. */
  OPEN,
  /** Given to a crew for a date. */
  SCHEDULED,
  /** Done. */
  COMPLETED,
  /** Called off (for a disconnect: because the customer paid or made an arrangement). */
  CANCELLED;

  /** Whether the order is still to be done. */
  public boolean isPending() {
    return this == OPEN || this == SCHEDULED;
  }
}
