package org.cityline.accounts;

/** Where a payment came in. */
public enum PaymentChannel {
  /** The phone menu, self-service. */
  IVR,
  /** A representative took it on a call. */
  AGENT,
  /** The city's web site. */
  WEB,
  /** Automatic draft on the due date (SurePay). */
  AUTOPAY,
  /** A city office or pay station. */
  OFFICE,
  /** By mail. */
  MAIL
}
