package org.cityline.accounts.payments;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.FieldNotification;

/**
 * Where payment attempts and their postings are kept (the accounts database). Each method is one
 * transaction: a payment is either fully posted (payment row, attempt, audit, and any disconnect it
 * cancels with its notes and field notification) or not at all.
 */
public interface PaymentLedger {

  /** The attempt recorded under a key, if any. */
  Optional<PaymentAttempt> find(IdempotencyKey key);

  /** Records a new {@link PaymentAttempt.Status#PENDING} attempt, with its audit entry. */
  Begun begin(PaymentAttempt attempt);

  /** What {@link #begin} did. */
  enum Begun {
    /** The attempt is recorded. */
    STARTED,
    /** An attempt with that key exists already (read it with {@link #find}). */
    KEY_TAKEN,
    /** Another attempt holds that confirmation number; choose another. */
    CONFIRMATION_TAKEN,
    /** There is no such account; nothing was recorded. */
    UNKNOWN_ACCOUNT
  }

  /**
   * Posts a charged attempt: the payment, the attempt approved, the audit; when it covers the
   * past-due amount, every pending disconnect for non-payment is cancelled with a service-order
   * note, an account note, an audit entry and a field notification. Idempotent: posting an attempt
   * already approved changes nothing and answers how it was posted.
   *
   * @throws IllegalStateException if there is no such attempt, or it was declined or failed
   */
  Posting post(IdempotencyKey key, String gatewayReference, Instant at);

  /** How an attempt was posted. */
  record Posting(PaymentAttempt attempt, List<FieldNotification> notifications) {
    public Posting {
      notifications = List.copyOf(notifications);
    }
  }

  /**
   * Closes a pending attempt that charged nothing, with its audit entry; an attempt already closed
   * is left as it is.
   *
   * @param status {@link PaymentAttempt.Status#DECLINED} or {@link PaymentAttempt.Status#FAILED}
   */
  PaymentAttempt close(IdempotencyKey key, PaymentAttempt.Status status, String detail, Instant at);

  /** Attempts still pending that were asked for before {@code before}, oldest first. */
  List<PaymentAttempt> pending(Instant before, int limit);
}
