package org.cityline.ivr.ports;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.payments.CapturedPayment;
import org.cityline.accounts.payments.EntryResult;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentLimits;
import org.cityline.accounts.payments.PaymentOutcome;
import org.cityline.accounts.payments.PaymentPort;
import org.cityline.accounts.payments.PaymentRequest;
import org.cityline.accounts.payments.PaymentToken;
import org.cityline.ivr.flow.PortCall;
import org.cityline.ivr.flow.PortResult;

/**
 * Payments: the amount against the limits, each masked detail handed to the payment port (the
 * session keeps the token and the last four only), and the charge under the key of the call and
 * attempt. Trail notes carry the last four and the confirmation number, never digits beyond.
 */
public final class PaymentCalls {

  /** Kept when a connector charged but did not say the last four (the ledger needs four). */
  static final String UNKNOWN_LAST_FOUR = "0000";

  private final PaymentPort payments;
  private final Clock clock;

  public PaymentCalls(PaymentPort payments, Clock clock) {
    this.payments = payments;
    this.clock = clock;
  }

  public PortResult checkAmount(PortCall.CheckAmount check) {
    PaymentLimits limits = payments.limits();
    Map<String, String> values = new HashMap<>();
    values.put("pay-min-cents", Long.toString(limits.minimum().cents()));
    values.put("pay-max-cents", Long.toString(limits.maximum().cents()));
    Optional<Long> cents = cents(check.cents());
    if (cents.isEmpty() || cents.get() < limits.minimum().cents()) {
      return PortResult.withValues(
          "too-small", values, "Keyed a payment amount below the smallest");
    }
    if (cents.get() > limits.maximum().cents()) {
      return PortResult.withValues("too-large", values, "Keyed a payment amount above the largest");
    }
    values.put("pay-cents", Long.toString(cents.get()));
    return PortResult.withValues("ok", values, "Chose to pay $" + Money.ofCents(cents.get()));
  }

  public PortResult enter(PortCall.EnterPaymentDetail enter) {
    Optional<PaymentToken> token;
    try {
      token = enter.token().map(PaymentToken::new);
    } catch (IllegalArgumentException e) {
      enter.digits().wipe();
      return PortResult.of("unavailable", "The payment details in progress were lost");
    }
    EntryResult result = payments.enter(token, enter.field(), enter.digits());
    String what = describe(enter);
    return switch (result) {
      case EntryResult.Accepted accepted -> {
        Map<String, String> values = new HashMap<>();
        values.put("pay-token", accepted.token().value());
        values.put("pay-method", accepted.method().name());
        values.put("pay-last4", accepted.lastFour());
        String note =
            switch (enter.field()) {
              case CARD_NUMBER ->
                  "Entered a card ending "
                      + accepted.lastFour()
                      + accepted.brand().map(b -> " (" + b.displayName() + ")").orElse("");
              case BANK_ACCOUNT_NUMBER -> "Entered a bank account ending " + accepted.lastFour();
              default -> "Entered " + what;
            };
        yield PortResult.withValues("accepted", values, note);
      }
      case EntryResult.Invalid invalid ->
          PortResult.of("invalid", "Entered " + what + ": not valid (" + invalid.reason() + ")");
      case EntryResult.Unavailable unavailable ->
          PortResult.of("unavailable", "Could not enter " + what + ": " + unavailable.reason());
    };
  }

  public PortResult submit(PortCall.SubmitPayment submit) {
    IdempotencyKey key = IdempotencyKey.forCall(submit.call(), submit.attempt());
    PaymentOutcome outcome =
        payments.pay(
            new PaymentRequest(
                key,
                submit.account(),
                Money.ofCents(submit.cents()),
                new PaymentToken(submit.token()),
                PaymentChannel.IVR,
                Optional.of(submit.contact()),
                "ivr",
                clock.instant()));
    return answer(outcome, submit.attempt(), submit.declines(), submit.cents(), key);
  }

  /**
   * Records what the phone system's payment connector did. A charge is posted to the ledger under
   * the attempt's key (a replay answers the first posting); anything else charged nothing.
   */
  public PortResult recordCaptured(PortCall.RecordCapturedPayment captured) {
    IdempotencyKey key = IdempotencyKey.forCall(captured.call(), captured.attempt());
    String amount = "$" + Money.ofCents(captured.cents());
    String why = captured.detail().map(d -> ": " + d).orElse("");
    Map<String, String> values = new HashMap<>();
    values.put("pay-attempt", Integer.toString(captured.attempt()));
    return switch (captured.outcome()) {
      case "charged" -> {
        PaymentOutcome outcome =
            payments.recordCaptured(
                new CapturedPayment(
                    key,
                    captured.account(),
                    Money.ofCents(captured.cents()),
                    captured.method(),
                    captured.lastFour().orElse(UNKNOWN_LAST_FOUR),
                    captured.reference().orElseThrow(),
                    PaymentChannel.IVR,
                    Optional.of(captured.contact()),
                    "ivr",
                    clock.instant()));
        yield outcome instanceof PaymentOutcome.Refused refused
            // Charged by the connector but not recorded: never "try again", a person sorts it out.
            ? PortResult.withValues(
                "unconfirmed",
                values,
                "Payment of "
                    + amount
                    + " charged by the payment connector but not recorded: "
                    + refused.reason())
            : answer(outcome, captured.attempt(), captured.declines(), captured.cents(), key);
      }
      case "declined" -> {
        values.put("pay-declines", Integer.toString(captured.declines() + 1));
        yield PortResult.withValues(
            "declined", values, "Payment of " + amount + " declined by the connector" + why);
      }
      case "abandoned" ->
          PortResult.withValues(
              "cancelled", values, "Payment of " + amount + " stopped by the caller" + why);
      default ->
          PortResult.withValues(
              "failed",
              values,
              "Payment of " + amount + " failed at the connector, nothing charged" + why);
    };
  }

  private static PortResult answer(
      PaymentOutcome outcome, int attempt, int declines, long cents, IdempotencyKey key) {
    Map<String, String> values = new HashMap<>();
    values.put("pay-attempt", Integer.toString(attempt));
    String amount = "$" + Money.ofCents(cents);
    return switch (outcome) {
      case PaymentOutcome.Approved approved -> {
        values.put("pay-confirmation", approved.confirmation());
        values.put("pay-last4", approved.lastFour());
        values.put("pay-disconnect-cancelled", Boolean.toString(approved.disconnectCancelled()));
        yield PortResult.withValues(
            "approved",
            values,
            "Paid "
                + amount
                + " by "
                + approved.method().name().toLowerCase(java.util.Locale.ROOT)
                + " ending "
                + approved.lastFour()
                + ", confirmation "
                + approved.confirmation()
                + (approved.disconnectCancelled() ? "; pending disconnect cancelled" : ""));
      }
      case PaymentOutcome.Declined declined -> {
        values.put("pay-declines", Integer.toString(declines + 1));
        yield PortResult.withValues(
            "declined", values, "Payment of " + amount + " declined: " + declined.reason());
      }
      case PaymentOutcome.Failed failed ->
          PortResult.withValues(
              "failed",
              values,
              "Payment of " + amount + " failed, nothing charged: " + failed.reason());
      case PaymentOutcome.Unconfirmed unconfirmed ->
          PortResult.withValues(
              "unconfirmed",
              values,
              "Payment of " + amount + " not confirmed yet (key " + key + ")");
      case PaymentOutcome.Refused refused ->
          PortResult.withValues(
              "refused", values, "Payment of " + amount + " refused: " + refused.reason());
    };
  }

  private static String describe(PortCall.EnterPaymentDetail enter) {
    return switch (enter.field()) {
      case CARD_NUMBER -> "a card number";
      case CARD_EXPIRY -> "the card's expiry";
      case CARD_SECURITY_CODE -> "the card's security code";
      case BILLING_ZIP -> "the card's billing ZIP";
      case ROUTING_NUMBER -> "a routing number";
      case BANK_ACCOUNT_NUMBER -> "a bank account number";
    };
  }

  private static Optional<Long> cents(String keyed) {
    if (keyed == null || !keyed.matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(keyed));
  }
}
