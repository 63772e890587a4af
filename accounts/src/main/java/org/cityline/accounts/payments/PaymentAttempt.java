package org.cityline.accounts.payments;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.common.ContactId;

/**
 * One payment attempt as the ledger keeps it: written {@link Status#PENDING} before the gateway is
 * asked, then approved (and posted), declined or failed. No digits: the token and the last four.
 *
 * @param key the request's idempotency key
 * @param account the account paid
 * @param amount how much
 * @param method card or bank
 * @param channel where it came from
 * @param lastFour of the card or bank account
 * @param token the gateway's token
 * @param confirmation the confirmation number, chosen when the attempt is written
 * @param status where it stands
 * @param gatewayReference the gateway's reference, once charged
 * @param detail why it was declined or failed, in words
 * @param disconnectCancelled whether posting it cancelled a pending disconnect
 * @param contact the contact it was made during
 * @param actor who made it
 * @param requestedAt when it was asked for
 * @param resolvedAt when it was approved, declined or failed
 */
public record PaymentAttempt(
    IdempotencyKey key,
    AccountNumber account,
    Money amount,
    PaymentMethod method,
    PaymentChannel channel,
    String lastFour,
    PaymentToken token,
    String confirmation,
    Status status,
    Optional<String> gatewayReference,
    Optional<String> detail,
    boolean disconnectCancelled,
    Optional<ContactId> contact,
    String actor,
    Instant requestedAt,
    Optional<Instant> resolvedAt) {

  /** Where an attempt stands. */
  public enum Status {
    /** Written; the gateway's answer is not recorded yet. */
    PENDING,
    /** Charged and posted to the account. */
    APPROVED,
    /** Refused by the bank; nothing charged. */
    DECLINED,
    /** The gateway did not take it; nothing charged. */
    FAILED
  }

  public PaymentAttempt {
    if (lastFour == null || !lastFour.matches("[0-9]{4}")) {
      throw new IllegalArgumentException("an attempt keeps the last four digits, nothing more");
    }
    if (confirmation == null || !confirmation.matches("[0-9]{6,20}")) {
      throw new IllegalArgumentException("a confirmation number is 6 to 20 digits");
    }
  }

  /** Whether a request asks for the same payment as this attempt. */
  public boolean sameRequest(PaymentRequest request) {
    return account.equals(request.account())
        && amount.equals(request.amount())
        && token.equals(request.token());
  }
}
