package org.cityline.ivr.flows;

import static org.cityline.ivr.flow.Condition.atLeast;
import static org.cityline.ivr.flow.Condition.equalTo;
import static org.cityline.ivr.flows.Steps.when;
import static org.cityline.ivr.prompts.PromptLine.Arg.amount;
import static org.cityline.ivr.prompts.PromptLine.Arg.digits;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.util.List;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.ivr.flow.Operation;
import org.cityline.ivr.flow.Step;

/**
 * A payment by card or bank account: the amount (the full balance or another within the limits),
 * then each card or bank detail in a masked entry handed straight to the payment port (which
 * answers with a token and the last four; the session never holds the digits), a confirmation, and
 * the charge under a key tied to the call and the attempt. Approved: the confirmation number, and a
 * cancelled disconnect when the payment covered the past due. Declined: another card, up to the
 * limit, then a person.
 */
public final class PaymentSteps {

  static final String START = "pay";
  static final String METHOD = "pay-method";

  /**
   * The session value the runtime sets to {@code true} on a call whose phone system captures
   * payments itself (a payment connector).
   */
  public static final String CONNECTOR = "pay-connector";

  private PaymentSteps() {}

  static void add(Steps steps) {
    addAmount(steps);
    addCard(steps);
    addBank(steps);
    addConnector(steps);
    addOutcomes(steps);
  }

  private static void addAmount(Steps steps) {
    steps
        .action(
            START,
            new Operation.ReadBalance(),
            "read",
            "pay-amount",
            "unavailable",
            IdentifySteps.RECORDS_UNAVAILABLE)
        .branch(
            "pay-amount", "pay-nothing-due", when(atLeast("balance-cents", 100), "pay-amount-menu"))
        .say("pay-nothing-due", "pay-amount-entry", line("pay-nothing-due"))
        .menu(
            "pay-amount-menu",
            "the payment amount menu",
            List.of(line("pay-amount-menu", amount("balance-cents"))),
            "1",
            "pay-full",
            "2",
            "pay-amount-entry")
        .action(
            "pay-full",
            new Operation.CheckPaymentAmount("balance-cents"),
            "ok",
            METHOD,
            "too-small",
            "pay-too-small",
            "too-large",
            "pay-too-large")
        .entry(
            "pay-amount-entry",
            "the payment amount entry",
            line("pay-amount-entry"),
            1,
            7,
            "entered-cents",
            "pay-check-amount")
        .action(
            "pay-check-amount",
            new Operation.CheckPaymentAmount("entered-cents"),
            "ok",
            METHOD,
            "too-small",
            "pay-too-small",
            "too-large",
            "pay-too-large")
        .say("pay-too-small", "pay-amount-entry", line("pay-too-small", amount("pay-min-cents")))
        .say("pay-too-large", "pay-amount-entry", line("pay-too-large", amount("pay-max-cents")))
        .menu(
            METHOD,
            "the payment method menu",
            List.of(line("pay-method", amount("pay-cents"))),
            "1",
            "pay-card",
            "2",
            "pay-bank");
  }

  /**
   * Where the phone system has a payment connector ({@code pay-connector} set by the runtime), the
   * card or bank capture is handed to it and its outcome recorded; else the masked steps.
   */
  private static void addConnector(Steps steps) {
    steps
        .branch("pay-card", "card-number", when(equalTo(CONNECTOR, "true"), "card-capture"))
        .branch("pay-bank", "bank-routing", when(equalTo(CONNECTOR, "true"), "bank-capture"))
        .add(
            new Step.Capture(
                "card-capture",
                "card payment",
                PaymentMethod.CARD,
                "pay-cents",
                "pay-capture-record",
                "pay-unavailable"))
        .add(
            new Step.Capture(
                "bank-capture",
                "bank payment",
                PaymentMethod.BANK,
                "pay-cents",
                "pay-capture-record",
                "pay-unavailable"))
        .action(
            "pay-capture-record",
            new Operation.RecordCapturedPayment(),
            "approved",
            "pay-approved",
            "declined",
            "pay-declined",
            "failed",
            "pay-failed",
            "cancelled",
            "pay-cancelled",
            "unconfirmed",
            "pay-unconfirmed",
            "refused",
            "pay-refused",
            "unavailable",
            "pay-unavailable");
  }

  private static void addCard(Steps steps) {
    detail(
        steps,
        "card-number",
        "the card number entry",
        13,
        19,
        PaymentField.CARD_NUMBER,
        "card-expiry");
    detail(
        steps, "card-expiry", "the card expiry entry", 4, 4, PaymentField.CARD_EXPIRY, "card-code");
    detail(
        steps,
        "card-code",
        "the security code entry",
        3,
        4,
        PaymentField.CARD_SECURITY_CODE,
        "card-zip");
    detail(
        steps, "card-zip", "the billing ZIP entry", 5, 5, PaymentField.BILLING_ZIP, "pay-confirm");
  }

  private static void addBank(Steps steps) {
    detail(
        steps,
        "bank-routing",
        "the routing number entry",
        9,
        9,
        PaymentField.ROUTING_NUMBER,
        "bank-account");
    detail(
        steps,
        "bank-account",
        "the bank account entry",
        4,
        17,
        PaymentField.BANK_ACCOUNT_NUMBER,
        "pay-confirm");
  }

  /** A masked entry, the action that hands it to the port, and its apology when invalid. */
  private static void detail(
      Steps steps, String id, String label, int min, int max, PaymentField field, String next) {
    steps
        .masked(id, label, line(id), min, max, id + "-check")
        .action(
            id + "-check",
            new Operation.EnterPaymentDetail(field),
            "accepted",
            next,
            "invalid",
            id + "-invalid",
            "unavailable",
            "pay-unavailable")
        .say(id + "-invalid", id, line(id + "-invalid"));
  }

  private static void addOutcomes(Steps steps) {
    int maxDeclines = steps.settings().maxPaymentDeclines();
    steps
        .branch(
            "pay-confirm",
            "pay-confirm-card",
            when(equalTo("pay-method", "BANK"), "pay-confirm-bank"))
        .menu(
            "pay-confirm-card",
            "the card payment confirmation",
            List.of(line("pay-confirm-card", amount("pay-cents"), digits("pay-last4"))),
            "1",
            "pay-submit",
            "2",
            "pay-cancelled")
        .menu(
            "pay-confirm-bank",
            "the bank payment confirmation",
            List.of(line("pay-confirm-bank", amount("pay-cents"), digits("pay-last4"))),
            "1",
            "pay-submit",
            "2",
            "pay-cancelled")
        .say("pay-cancelled", IdentifySteps.MAIN_MENU, line("pay-cancelled"))
        .action(
            "pay-submit",
            new Operation.SubmitPayment(),
            "approved",
            "pay-approved",
            "declined",
            "pay-declined",
            "failed",
            "pay-failed",
            "unconfirmed",
            "pay-unconfirmed",
            "refused",
            "pay-refused")
        .serve(
            "pay-approved",
            "pay-disconnect",
            "Heard the payment confirmation",
            line("pay-approved", amount("pay-cents"), digits("pay-confirmation")))
        .branch(
            "pay-disconnect",
            "after-payment",
            when(equalTo("pay-disconnect-cancelled", "true"), "pay-disconnect-cancelled"))
        .say("pay-disconnect-cancelled", "after-payment", line("disconnect-cancelled"))
        .menu(
            "after-payment",
            "the after-payment menu",
            List.of(line("after-payment")),
            "2",
            BalanceSteps.GOODBYE)
        .branch(
            "pay-declined",
            "pay-declined-retry",
            when(atLeast("pay-declines", maxDeclines), "pay-declined-final"))
        .say("pay-declined-retry", METHOD, line("pay-declined"))
        .say("pay-declined-final", "to-payments-declined", line("pay-declined-final"))
        .transfer(
            "to-payments-declined",
            steps.settings().queues().payments(),
            "Payment declined " + maxDeclines + " times")
        .say("pay-failed", "pay-failed-menu", line("pay-failed"))
        .say("pay-unavailable", "pay-failed-menu", line("pay-unavailable"))
        .menu(
            "pay-failed-menu",
            "the payment retry menu",
            List.of(line("pay-failed-menu")),
            "1",
            METHOD,
            "2",
            BalanceSteps.GOODBYE)
        .say("pay-unconfirmed", "to-payments-unconfirmed", line("pay-unconfirmed"))
        .transfer(
            "to-payments-unconfirmed",
            steps.settings().queues().payments(),
            "Payment could not be confirmed (the gateway did not answer)")
        .say("pay-refused", METHOD, line("pay-refused"));
  }
}
