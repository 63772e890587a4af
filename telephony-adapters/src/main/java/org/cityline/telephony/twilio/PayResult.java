package org.cityline.telephony.twilio;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.CaptureOutcome;
import org.cityline.common.call.CallId;

/**
 * What Twilio posts to a {@code <Pay>} verb's action URL, read into the outcome and the few values
 * Cityline may keep: the connector's confirmation code, the last four digits of the masked card or
 * bank number ({@code PaymentCardNumber} {@code xxxxxxxxxxxx1111}), the card type, and the error
 * code when nothing was charged. No other digit of a card is ever kept, even if Twilio sent one.
 */
record PayResult(
    CaptureOutcome outcome,
    Optional<String> confirmation,
    Optional<String> lastFour,
    Optional<String> cardType,
    Optional<String> detail) {

  private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}$");
  private static final Pattern CONFIRMATION = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  private static final Pattern CARD_TYPE = Pattern.compile("[a-z-]{1,24}");
  private static final Pattern ERROR_CODE = Pattern.compile("[0-9]{1,6}");

  /**
   * Reads a {@code <Pay>} result.
   *
   * @throws BadWebhook when {@code Result} is missing or not one of Twilio's, or a success has no
   *     usable {@code PaymentConfirmationCode}
   */
  static PayResult of(WebhookParams params) {
    String result =
        params.get("Result").orElseThrow(() -> new BadWebhook("Result is missing from <Pay>"));
    CaptureOutcome outcome =
        switch (result) {
          case "success" -> CaptureOutcome.CHARGED;
          case "too-many-failed-attempts" -> CaptureOutcome.DECLINED;
          case "caller-interrupted-with-star", "caller-hung-up" -> CaptureOutcome.ABANDONED;
          case "payment-connector-error", "validation-error", "internal-error" ->
              CaptureOutcome.FAILED;
          default -> throw new BadWebhook("Result must be one of Twilio's <Pay> results");
        };
    Optional<String> confirmation =
        params.get("PaymentConfirmationCode").filter(code -> CONFIRMATION.matcher(code).matches());
    if (outcome == CaptureOutcome.CHARGED && confirmation.isEmpty()) {
      throw new BadWebhook("a successful <Pay> needs a PaymentConfirmationCode");
    }
    Optional<String> lastFour =
        params
            .get("PaymentCardNumber")
            .or(() -> params.get("BankAccountNumber"))
            .flatMap(PayResult::lastFour);
    Optional<String> cardType =
        params
            .get("PaymentCardType")
            .map(type -> type.toLowerCase(java.util.Locale.ROOT))
            .filter(type -> CARD_TYPE.matcher(type).matches());
    Optional<String> detail =
        outcome == CaptureOutcome.CHARGED
            ? Optional.empty()
            : Optional.of(
                result
                    + code("PaymentError", params).map(c -> ", Twilio error " + c).orElse("")
                    + code("ConnectorError", params).map(c -> ", connector error " + c).orElse(""));
    return new PayResult(
        outcome,
        outcome == CaptureOutcome.CHARGED ? confirmation : Optional.empty(),
        lastFour,
        cardType,
        detail);
  }

  CallEvent.PaymentCaptured event(CallId call, Instant at, Optional<String> step) {
    return new CallEvent.PaymentCaptured(
        call, outcome, confirmation, lastFour, cardType, detail, at, step);
  }

  /** The last four digits of a masked number, whatever masks the rest; never more. */
  private static Optional<String> lastFour(String masked) {
    Matcher digits = LAST_FOUR.matcher(masked);
    return digits.find() ? Optional.of(digits.group()) : Optional.empty();
  }

  private static Optional<String> code(String name, WebhookParams params) {
    return params.get(name).filter(code -> ERROR_CODE.matcher(code).matches());
  }

  /** Never a value beyond the outcome: the confirmation is kept, but need not be in logs. */
  @Override
  public String toString() {
    return "PayResult[" + outcome + "]";
  }
}
