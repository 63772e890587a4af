package org.cityline.accounts.payments;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.Usernames;
import org.cityline.common.ContactId;

/**
 * A payment the phone system's payment connector already charged (Twilio's {@code <Pay>}): Cityline
 * saw no digit, only the connector's reference and the last four. Recorded in the ledger like a
 * charge of the gateway, under its key.
 *
 * @param key names it: the same key again answers the first recording and posts nothing twice
 * @param account the account paid
 * @param amount how much was charged
 * @param method card or bank
 * @param lastFour of the card or bank account, as the connector reported it
 * @param reference the connector's confirmation code (kept as the gateway reference)
 * @param channel where it came in (the IVR)
 * @param contact the contact it was made during
 * @param actor who took it ("ivr")
 * @param at when the connector reported it
 */
public record CapturedPayment(
    IdempotencyKey key,
    AccountNumber account,
    Money amount,
    PaymentMethod method,
    String lastFour,
    String reference,
    PaymentChannel channel,
    Optional<ContactId> contact,
    String actor,
    Instant at) {

  /** The token an attempt captured by a connector carries (no gateway holds its card). */
  public static final PaymentToken CONNECTOR_TOKEN = new PaymentToken("phone-connector");

  public CapturedPayment {
    if (key == null || account == null || amount == null || channel == null || at == null) {
      throw new IllegalArgumentException(
          "a captured payment needs a key, an account, an amount, a channel and a time");
    }
    if (method != PaymentMethod.CARD && method != PaymentMethod.BANK) {
      throw new IllegalArgumentException("a captured payment is by card or bank");
    }
    if (lastFour == null || !lastFour.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("a captured payment keeps the last four digits only");
    }
    if (reference == null || !reference.matches("[A-Za-z0-9_.:-]{1,64}")) {
      throw new IllegalArgumentException("a connector's reference is 1 to 64 plain characters");
    }
    if (contact == null) {
      throw new IllegalArgumentException("a captured payment needs a contact or none");
    }
    Usernames.require("a payment's actor", actor);
  }
}
