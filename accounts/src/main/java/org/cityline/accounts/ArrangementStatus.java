package org.cityline.accounts;

/** Where a payment arrangement stands. */
public enum ArrangementStatus {
  /** In force: it covers the past-due amount. */
  ACTIVE,
  /** Every instalment was paid. */
  COMPLETED,
  /** An instalment was missed; counts against new arrangements for twelve months. */
  BROKEN,
  /** Withdrawn before it completed. */
  CANCELLED
}
