package org.cityline.accounts.payments;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.Usernames;
import org.cityline.common.ContactId;

/**
 * A payment to make with a card or bank account the gateway holds.
 *
 * @param key names the request: the same key again answers the first outcome and never charges
 *     twice
 * @param account the account paid
 * @param amount how much
 * @param token the card or bank account, as the gateway named it
 * @param channel where the payment comes from (the IVR, an agent)
 * @param contact the contact it is made during, for the audit
 * @param actor who makes it ("ivr", an agent's user name)
 * @param at when it is asked for
 */
public record PaymentRequest(
    IdempotencyKey key,
    AccountNumber account,
    Money amount,
    PaymentToken token,
    PaymentChannel channel,
    Optional<ContactId> contact,
    String actor,
    Instant at) {

  public PaymentRequest {
    if (key == null || account == null || amount == null || token == null || channel == null) {
      throw new IllegalArgumentException(
          "a payment needs a key, an account, an amount, a token and a channel");
    }
    if (contact == null || at == null) {
      throw new IllegalArgumentException("a payment needs a time and a contact or none");
    }
    Usernames.require("a payment's actor", actor);
  }
}
