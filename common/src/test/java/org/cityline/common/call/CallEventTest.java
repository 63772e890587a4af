package org.cityline.common.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cityline.common.Language;
import org.junit.jupiter.api.Test;

class CallEventTest {

  @Test
  void digitsNeverShowInText() {
    var event =
        new CallEvent.DigitsEntered(new CallId("sim", "c1"), "4111111111111111", Instant.EPOCH);

    assertThat(event.toString()).doesNotContain("4111").contains("16 keys");
  }

  @Test
  void stepTokensTravelFromTheCommandToTheEventThatAnswersIt() {
    var prompt = Prompt.of(Language.ENGLISH, new Prompt.Part.Phrase("menu", "Press 1."));
    var collect = CallCommand.Collect.menu(prompt, Duration.ofSeconds(5)).withStep("s7");
    var keys =
        new CallEvent.DigitsEntered(new CallId("sim", "c1"), "1", Instant.EPOCH, collect.step());

    assertThat(collect.step()).contains("s7");
    assertThat(keys.step()).contains("s7");
    assertThat(keys.toString()).contains("step=s7");
    assertThat(new CallEvent.NoInput(new CallId("sim", "c1"), Instant.EPOCH).step()).isEmpty();
    assertThat(new CallCommand.WaitForAgent(prompt).step()).isEmpty();
  }

  @Test
  void refusesStepTokensThatCouldCarryAnythingElse() {
    assertThatThrownBy(
            () ->
                new CallEvent.NoInput(
                    new CallId("sim", "c1"), Instant.EPOCH, Optional.of("4111 1111 1111 1111")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CallEvent.NoInput(
                    new CallId("sim", "c1"), Instant.EPOCH, Optional.of("x".repeat(33))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCapturedPaymentCarriesNoCardNumberAndAChargeNeedsItsConfirmation() {
    CallId call = new CallId("twilio", "CA1");
    var charged =
        new CallEvent.PaymentCaptured(
            call,
            CallEvent.CaptureOutcome.CHARGED,
            Optional.of("ch_a9dc6297"),
            Optional.of("1111"),
            Optional.of("visa"),
            Optional.empty(),
            Instant.EPOCH,
            Optional.of("s9"));
    assertThat(charged.lastFour()).contains("1111");

    assertThatThrownBy(
            () ->
                new CallEvent.PaymentCaptured(
                    call,
                    CallEvent.CaptureOutcome.CHARGED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Instant.EPOCH,
                    Optional.empty()))
        .hasMessageContaining("confirmation");
    assertThatThrownBy(
            () ->
                new CallEvent.PaymentCaptured(
                    call,
                    CallEvent.CaptureOutcome.FAILED,
                    Optional.empty(),
                    Optional.of("4111111111111111"),
                    Optional.empty(),
                    Optional.empty(),
                    Instant.EPOCH,
                    Optional.empty()))
        .hasMessageNotContaining("4111");
    assertThatThrownBy(
            () ->
                new CallEvent.PaymentCaptured(
                    call,
                    CallEvent.CaptureOutcome.FAILED,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("card 4111111111111111 refused"),
                    Instant.EPOCH,
                    Optional.empty()))
        .hasMessageNotContaining("4111");
  }

  @Test
  void aCaptureCommandIsAPositiveAmountWithAPlainDescription() {
    var capture =
        new CallCommand.CapturePayment(
            25_994,
            CallCommand.CapturePayment.PaymentMethod.CARD,
            Language.SPANISH,
            "City utility payment, account 1000000001",
            Optional.of("s4"));
    assertThat(capture.step()).contains("s4");
    assertThatThrownBy(
            () ->
                new CallCommand.CapturePayment(
                    0,
                    CallCommand.CapturePayment.PaymentMethod.CARD,
                    Language.ENGLISH,
                    "x",
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new CallCommand.CapturePayment(
                    100,
                    CallCommand.CapturePayment.PaymentMethod.BANK,
                    Language.ENGLISH,
                    "<script>",
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNetworkCapturesNoPaymentsUnlessItSaysSo() {
    CallControl plain =
        new CallControl() {
          @Override
          public String network() {
            return "plain";
          }

          @Override
          public void connectAgent(CallId caller, String agentEndpoint) {}

          @Override
          public void hold(CallId caller) {}

          @Override
          public void resume(CallId caller) {}

          @Override
          public void hangup(CallId caller) {}
        };
    assertThat(plain.capturesPayments()).isFalse();
  }
}
