package org.cityline.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.cityline.accounts.Payment;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.common.call.CallId;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.contract.CallerLine;
import org.cityline.telephony.simulator.SimulatedCall;
import org.cityline.telephony.simulator.flows.Caller;
import org.cityline.telephony.simulator.flows.IvrLine;
import org.junit.jupiter.api.Test;

/**
 * The same caller, keying the same things into the real IVR over a demo city of its own, on the
 * simulator and on Twilio (signed webhooks into the adapter, TwiML back): they hear the same words
 * and leave the same records.
 */
class TwilioSimulatorParityTest {

  private static final String SHOWCASE = "+15055550101";

  /** One thing the caller does. */
  private sealed interface Act {}

  private record Press(String keys) implements Act {}

  private record Silence(Duration duration) implements Act {}

  @Test
  void aCardPaymentSoundsAndEndsTheSameOnTwilioAndOnTheSimulator() {
    List<Act> script =
        List.of(
            new Silence(IvrLine.WELCOME),
            new Press("2"),
            new Press("1"),
            new Press("1"),
            new Press(SandboxNumbers.VISA + "#"),
            new Press("1228"),
            new Press("123#"),
            new Press("87101"),
            new Press("1"),
            new Press("2"));

    Outcome simulator = onSimulator(script);
    Outcome twilio = onTwilio(script);

    // Confirmation numbers are drawn at random: each is replaced by a mark before comparing.
    assertThat(withoutConfirmation(twilio)).isEqualTo(withoutConfirmation(simulator));
    assertThat(withoutConfirmation(twilio))
        .contains("approved. Your confirmation number is #.")
        .doesNotContain(SandboxNumbers.VISA);
    assertThat(twilio.ended()).isTrue();
    assertThat(simulator.ended()).isTrue();
    assertThat(twilio.payment().amount()).isEqualTo(simulator.payment().amount());
    assertThat(twilio.payment().lastFour()).isEqualTo(simulator.payment().lastFour());
  }

  @Test
  void aCallerWaitingForAPersonHearsTheSameAnnouncementsOnBoth() {
    List<Act> script =
        List.of(
            new Silence(IvrLine.WELCOME),
            new Press("0"),
            new Silence(IvrLine.CHECK_BACK),
            new Silence(IvrLine.CHECK_BACK));

    Outcome simulator = onSimulator(script);
    Outcome twilio = onTwilio(script);

    assertThat(twilio.words()).isEqualTo(simulator.words());
    assertThat(twilio.ended()).isFalse();
  }

  private record Outcome(String words, boolean ended, Payment payment) {}

  private static Outcome onSimulator(List<Act> script) {
    try (IvrLine line = new IvrLine()) {
      Caller caller = line.call(SHOWCASE);
      play(script, keys -> caller.press(keys), silence -> caller.silence(silence));
      return new Outcome(
          String.join(" ", caller.prompts()),
          caller.state() == SimulatedCall.State.ENDED,
          latestPayment(line));
    }
  }

  private static Outcome onTwilio(List<Act> script) {
    try (IvrLine line = new IvrLine();
        TwilioDriver phone =
            new TwilioDriver(
                new TwilioRig(new CallDirector(line.ivr, line.routing), line.clock, line.scheduler),
                line.clock,
                line.scheduler)) {
      CallId call = phone.placeCall(SHOWCASE, TwilioRig.UTILITY);
      phone.settle();
      play(
          script,
          keys -> {
            phone.pressKeys(call, keys);
            phone.settle();
          },
          phone::elapse);
      return new Outcome(
          String.join(" ", phone.heard(call)),
          phone.line(call) == CallerLine.ENDED,
          latestPayment(line));
    }
  }

  private static void play(List<Act> script, Consumer<String> press, Consumer<Duration> wait) {
    for (Act act : script) {
      switch (act) {
        case Press p -> press.accept(p.keys());
        case Silence s -> wait.accept(s.duration());
      }
    }
  }

  private static String withoutConfirmation(Outcome outcome) {
    String spoken =
        String.join(
            " ",
            outcome
                .payment()
                .confirmation()
                .chars()
                .mapToObj(c -> DIGIT_NAMES.get(c - '0'))
                .toList());
    return outcome.words().replace(spoken, "#");
  }

  private static final List<String> DIGIT_NAMES =
      List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  private static Payment latestPayment(IvrLine line) {
    return line.accounts
        .customers()
        .detail(DemoCity.SHOWCASE_ENGLISH.account())
        .orElseThrow()
        .payments()
        .getFirst();
  }
}
