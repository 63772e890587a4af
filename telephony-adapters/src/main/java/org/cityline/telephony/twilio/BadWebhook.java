package org.cityline.telephony.twilio;

/** A webhook whose parameters Cityline cannot use: answered 400 with this message. */
final class BadWebhook extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BadWebhook(String message) {
    super(message, null, false, false);
  }
}
