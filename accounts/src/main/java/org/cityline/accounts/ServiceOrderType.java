package org.cityline.accounts;

/** What a field crew is asked to do. */
public enum ServiceOrderType {
  /** Start service (a new customer, a reconnection). */
  TURN_ON,
  /** Stop service at the customer's request. */
  TURN_OFF,
  /** Read the meter again (a disputed reading, a high bill). */
  METER_REREAD,
  /** Test the meter's accuracy. */
  METER_TEST,
  /** Shut off service for non-payment on the scheduled date unless paid. */
  DISCONNECT_NONPAYMENT
}
