package org.cityline.accounts;

/** Whether a payment counts toward the balance. */
public enum PaymentStatus {
  /** Applied to the account. */
  POSTED,
  /** Returned by the bank (a bounced check, a refused draft): no longer counts. */
  RETURNED
}
