package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.telephony.simulator.flows.PaymentFlowTest.spanish;
import static org.cityline.telephony.simulator.flows.PaymentFlowTest.spoken;

import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.CaptureOutcome;
import org.cityline.common.call.CallId;
import org.cityline.ivr.testing.TestCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Paying through the phone system's payment connector (Twilio's {@code <Pay>}): on a call whose
 * network captures payments the IVR hands the capture over instead of asking for digits, records
 * the connector's charge in the ledger once, and says what the masked steps say; on any other
 * network the masked steps run as before.
 */
class ConnectorPaymentFlowTest {

  static final String CONNECTOR_NETWORK = "twilio";

  final IvrLine line =
      new IvrLine(IvrLine.Options.defaults(), call -> call.network().equals(CONNECTOR_NETWORK));

  @AfterEach
  void close() {
    line.close();
  }

  private TestCall call(String network, String from) {
    TestCall call =
        new TestCall(
            line.ivr,
            line.clock,
            new CallId(network, "CA" + "0".repeat(31) + from.charAt(from.length() - 1)),
            Optional.of(new PhoneNumber(from)));
    call.arrive();
    return call;
  }

  /** The showcase caller chooses pay, the full balance, by card. */
  private TestCall atCardPayment(String network) {
    TestCall call = call(network, "+15055550101");
    call.silence();
    call.press("2");
    call.press("1");
    call.press("1");
    return call;
  }

  private static CallCommand.CapturePayment capture(TestCall call) {
    assertThat(call.last()).last().isInstanceOf(CallCommand.CapturePayment.class);
    return (CallCommand.CapturePayment) call.last().getLast();
  }

  private CallEvent.PaymentCaptured result(
      TestCall call,
      CallCommand.CapturePayment capture,
      CaptureOutcome outcome,
      Optional<String> confirmation,
      Optional<String> detail) {
    return new CallEvent.PaymentCaptured(
        call.id(),
        outcome,
        confirmation,
        Optional.of("1111"),
        Optional.of("visa"),
        detail,
        line.clock.instant(),
        capture.step());
  }

  @Test
  void theConnectorTakesTheCardAndTheChargeIsRecordedOnceWithTheSameWords() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    TestCall call = atCardPayment(CONNECTOR_NETWORK);

    CallCommand.CapturePayment capture = capture(call);
    assertThat(capture.amountCents()).isEqualTo(25_994);
    assertThat(capture.method()).isEqualTo(CallCommand.CapturePayment.PaymentMethod.CARD);
    assertThat(capture.language()).isEqualTo(Language.ENGLISH);
    assertThat(capture.step()).isPresent();
    assertThat(call.last()).noneMatch(CallCommand.Collect.class::isInstance);

    CallEvent.PaymentCaptured charged =
        result(
            call,
            capture,
            CaptureOutcome.CHARGED,
            Optional.of("ch_a9dc6297cd1a"),
            Optional.empty());
    call.send(charged);

    Payment payment = latestPayment(account);
    assertThat(payment.amount()).isEqualTo(Money.ofCents(25_994));
    assertThat(payment.method()).isEqualTo(PaymentMethod.CARD);
    assertThat(payment.channel()).isEqualTo(PaymentChannel.IVR);
    assertThat(payment.lastFour()).contains("1111");
    String approved =
        "Thank you. Your payment of two hundred fifty-nine dollars and ninety-four cents is"
            + " approved. Your confirmation number is "
            + spoken(payment.confirmation())
            + ". To hear your confirmation number again, press star. For the main menu, press"
            + " 9. If you are finished, press 2.";
    assertThat(call.heard()).isEqualTo(approved);
    assertThat(line.accounts.customers().findByNumber(account).orElseThrow().balance())
        .isEqualTo(Money.ZERO);

    long before = payments(account);
    call.send(charged);
    assertThat(payments(account)).as("a replayed result posts nothing").isEqualTo(before);
    assertThat(call.heard()).isEqualTo(approved);

    call.press("2");
    assertThat(line.accounts.contacts().recentForAccount(account, 1).getFirst().ivrTrail())
        .contains("The payment connector reported the card payment charged")
        .contains("confirmation " + payment.confirmation());
  }

  @Test
  void aDeclineByTheConnectorIsToldAsADeclineAndNothingIsPosted() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    long before = payments(account);
    TestCall call = atCardPayment(CONNECTOR_NETWORK);

    call.send(
        result(
            call,
            capture(call),
            CaptureOutcome.DECLINED,
            Optional.empty(),
            Optional.of("too-many-failed-attempts")));

    assertThat(call.heard())
        .startsWith(
            "Sorry, your payment was declined. You have not been charged. Let's try another card"
                + " or bank account.");
    assertThat(payments(account)).isEqualTo(before);
  }

  @Test
  void aFailedOrStoppedCaptureChargesNothingAndSaysSo() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    long before = payments(account);
    TestCall call = atCardPayment(CONNECTOR_NETWORK);
    call.send(
        result(
            call,
            capture(call),
            CaptureOutcome.FAILED,
            Optional.empty(),
            Optional.of("payment-connector-error, Twilio error 64012")));
    assertThat(call.heard())
        .startsWith(
            "Sorry, we could not process your payment right now. You have not been charged.");

    call.press("1"); // try again: the method menu
    call.press("1");
    call.send(
        result(call, capture(call), CaptureOutcome.ABANDONED, Optional.empty(), Optional.empty()));
    assertThat(call.heard()).startsWith("Your payment was cancelled. You have not been charged.");
    assertThat(payments(account)).isEqualTo(before);
  }

  @Test
  void inSpanishABankPaymentGoesToTheConnectorInSpanish() {
    AccountNumber account = DemoCity.SHOWCASE_SPANISH.account();
    TestCall call = call(CONNECTOR_NETWORK, "+15055550102");
    call.press("1");
    call.press("2");
    call.press("2");
    call.press("5000#");
    call.press("2");

    CallCommand.CapturePayment capture = capture(call);
    assertThat(capture.method()).isEqualTo(CallCommand.CapturePayment.PaymentMethod.BANK);
    assertThat(capture.language()).isEqualTo(Language.SPANISH);
    assertThat(capture.amountCents()).isEqualTo(5_000);
    call.send(
        new CallEvent.PaymentCaptured(
            call.id(),
            CaptureOutcome.CHARGED,
            Optional.of("PGP_MOCK_77"),
            Optional.of("6789"),
            Optional.empty(),
            Optional.empty(),
            line.clock.instant(),
            capture.step()));

    Payment payment = latestPayment(account);
    assertThat(payment.method()).isEqualTo(PaymentMethod.BANK);
    assertThat(payment.lastFour()).contains("6789");
    assertThat(call.heard()).contains(spanish(payment.confirmation()));
  }

  @Test
  void onANetworkWithoutAConnectorTheCardDigitsAreAskedForMasked() {
    TestCall call = atCardPayment("sim");

    assertThat(call.last()).noneMatch(CallCommand.CapturePayment.class::isInstance);
    CallCommand.Collect collect = (CallCommand.Collect) call.last().getLast();
    assertThat(collect.masked()).isTrue();
    assertThat(call.heard()).isEqualTo(PaymentFlowTest.CARD_NUMBER);
  }

  @Test
  void aResultForAStepAlreadyAnsweredChangesNothing() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    TestCall call = atCardPayment(CONNECTOR_NETWORK);
    CallCommand.CapturePayment capture = capture(call);
    call.send(
        result(
            call, capture, CaptureOutcome.FAILED, Optional.empty(), Optional.of("internal-error")));
    long before = payments(account);

    // A late "charged" for the same, already answered, capture: not a second payment.
    call.send(
        result(call, capture, CaptureOutcome.CHARGED, Optional.of("ch_late"), Optional.empty()));

    assertThat(payments(account)).isEqualTo(before);
    assertThat(List.of(call.heard())).allMatch(text -> !text.contains("approved"));
  }

  private Payment latestPayment(AccountNumber account) {
    return line.accounts.customers().detail(account).orElseThrow().payments().getFirst();
  }

  private long payments(AccountNumber account) {
    return line.accounts.customers().detail(account).orElseThrow().payments().stream()
        .filter(p -> p.channel() == PaymentChannel.IVR)
        .count();
  }
}
