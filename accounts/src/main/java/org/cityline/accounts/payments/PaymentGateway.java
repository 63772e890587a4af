package org.cityline.accounts.payments;

import java.util.Optional;

/**
 * The port to the card and bank processor (the sandbox by default; a real processor in production).
 * Card and bank digits are handed over here and nowhere else; the gateway answers with a token that
 * names them from then on.
 *
 * <p>Both methods may block on the network: call them from virtual threads or workers.
 */
public interface PaymentGateway {

  /**
   * Takes one detail of a card or bank account. A field that starts a method ({@link
   * PaymentField#startsMethod()}) needs no token and answers a new one; the others add to the token
   * given. The gateway keeps the digits (or what it needs of them) under the token; it never
   * returns them.
   */
  EntryResult enter(Optional<PaymentToken> token, PaymentField field, SensitiveDigits digits);

  /** What the gateway holds under a token, if it knows it. */
  Optional<EntryResult.Accepted> describe(PaymentToken token);

  /**
   * Charges the method a token names. Idempotent by {@code key}: asking again with the same key
   * answers the first result and charges nothing more.
   *
   * @throws RuntimeException when the answer is lost (a timeout): the outcome is then unknown and
   *     {@link #find} tells it later
   */
  GatewayResult charge(IdempotencyKey key, PaymentToken token, org.cityline.accounts.Money amount);

  /** The result of the charge made under a key, if one was made. */
  Optional<GatewayResult> find(IdempotencyKey key);
}
