package org.cityline.accounts;

/** Where an account stands. */
public enum AccountStatus {
  /** Service is on and billed. */
  ACTIVE,
  /** Service was shut off for non-payment; the account still owes. */
  DISCONNECTED,
  /** Service was stopped at the customer's request and the final bill issued. */
  CLOSED
}
