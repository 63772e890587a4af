package org.cityline.accounts.payments;

import java.util.Optional;

/**
 * Payments by card or bank account, as the IVR and the desktop take them: details entered one at a
 * time (each handed straight to the gateway, which answers with a token), then one charge, posted
 * to the account. Idempotent by the request's key.
 *
 * <p>Methods block (gateway, database): call them from virtual threads or workers.
 */
public interface PaymentPort {

  /** Hands one detail to the gateway; see {@link PaymentGateway#enter}. Never throws for input. */
  EntryResult enter(Optional<PaymentToken> token, PaymentField field, SensitiveDigits digits);

  /**
   * Makes a payment. The same key again answers the first outcome without charging again; a key
   * used for another payment (another amount, account or token) is refused.
   */
  PaymentOutcome pay(PaymentRequest request);

  /** The outcome of the request made under a key, if one was made. */
  Optional<PaymentOutcome> outcome(IdempotencyKey key);

  /**
   * Records a payment the phone system's payment connector charged (no digits reached Cityline):
   * the attempt is written and posted at once, with any disconnect it cancels, under the payment's
   * key. The same key again answers the first recording (a pending one is posted now); a key used
   * for another payment is refused. The default refuses: this port cannot record them.
   */
  default PaymentOutcome recordCaptured(CapturedPayment payment) {
    return new PaymentOutcome.Refused(
        "this payment port cannot record payments taken by a phone system's connector");
  }

  /** The smallest and largest payment taken. */
  PaymentLimits limits();
}
