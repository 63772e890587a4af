package org.cityline.accounts.payments;

/** A payment gateway's answer to a charge. */
public sealed interface GatewayResult {

  /**
   * Charged.
   *
   * @param reference the gateway's own reference for the charge
   */
  record Charged(String reference) implements GatewayResult {}

  /**
   * Refused by the card's bank or the bank account.
   *
   * @param reason in words, fit to tell the payer
   */
  record Declined(String reason) implements GatewayResult {}

  /**
   * The gateway did not take the charge (down, busy); nothing was charged and the same key may be
   * tried again.
   *
   * @param reason in words
   */
  record Unavailable(String reason) implements GatewayResult {}
}
