package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.payments.EntryResult;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.PaymentLimits;
import org.cityline.accounts.payments.PaymentOutcome;
import org.cityline.accounts.payments.PaymentPort;
import org.cityline.accounts.payments.PaymentRequest;
import org.cityline.accounts.payments.PaymentToken;
import org.cityline.accounts.payments.SensitiveDigits;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.ivr.testing.InMemorySessionStore;
import org.cityline.routing.ContactRequest;
import org.cityline.telephony.simulator.SimulatedCall;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Callers doing everything wrong: silence at every step (two retries, then a person with the
 * reason), hanging up at every step of a payment (never a charge without its posting, never two), a
 * hang-up while the charge is in flight, a replayed step, a session that expired.
 */
class BadInputFlowTest {

  static final String CARD_DETAILS = SandboxNumbers.VISA + "#,1228,123#,87101";

  IvrLine line = new IvrLine();

  @AfterEach
  void close() {
    line.close();
  }

  /** Keys (comma separated) from the main menu of the English showcase to a step, and its wait. */
  static Stream<Arguments> everyStep() {
    Duration menu = IvrLine.MENU;
    Duration entry = IvrLine.ENTRY;
    return Stream.of(
        Arguments.of("the main menu", "", menu),
        Arguments.of("the balance menu", "1", menu),
        Arguments.of("the payment amount menu", "2", menu),
        Arguments.of("the payment amount entry", "2,2", entry),
        Arguments.of("the payment method menu", "2,1", menu),
        Arguments.of("the card number entry", "2,1,1", entry),
        Arguments.of("the card expiry entry", "2,1,1," + SandboxNumbers.VISA + "#", entry),
        Arguments.of("the security code entry", "2,1,1," + SandboxNumbers.VISA + "#,1228", entry),
        Arguments.of(
            "the billing ZIP entry", "2,1,1," + SandboxNumbers.VISA + "#,1228,123#", entry),
        Arguments.of("the card payment confirmation", "2,1,1," + CARD_DETAILS, menu),
        Arguments.of("the after-payment menu", "2,1,1," + CARD_DETAILS + ",1", menu),
        Arguments.of("the routing number entry", "2,1,2", entry),
        Arguments.of("the bank account entry", "2,1,2," + SandboxNumbers.ROUTING, entry),
        Arguments.of("the security ZIP prompt", "3", entry),
        Arguments.of("the programs menu", "6,2", menu),
        Arguments.of("the Budget Billing offer", "6,2,1", menu),
        Arguments.of("the password reset menu", "6,3,87101", menu),
        Arguments.of("the after-change menu", "6,3,87101,1", menu),
        Arguments.of("the outage menu", "4", menu),
        Arguments.of("the after-outage menu", "4,3", menu),
        Arguments.of("the start, stop and transfer menu", "5", menu),
        Arguments.of("the more options menu", "6", menu),
        Arguments.of("the high bill menu", "6,1", menu),
        Arguments.of("the anything-else menu", "6,4", menu));
  }

  @ParameterizedTest(name = "silence at {0}")
  @MethodSource("everyStep")
  void silenceAtEveryStepIsAskedTwiceMoreThenAPersonTakesOver(
      String label, String keys, Duration wait) {
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME);
    for (String key : keys.split(",")) {
      if (!key.isEmpty()) {
        caller.press(key);
      }
    }
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.IN_IVR);

    caller.silence(wait);
    assertThat(caller.heard()).startsWith("Sorry, I didn't hear a response.");
    caller.silence(wait);
    assertThat(line.routing.enqueued()).isEmpty();
    caller.silence(wait);

    ContactRequest request = line.routing.only();
    assertThat(request.reason()).isEqualTo("No answer after 3 tries at " + label);
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.WAITING);
  }

  @Test
  void silenceAtTheAccountPromptsOfAnUnknownCallerAlsoEndsWithAPerson() {
    for (String keys : List.of("", "1000000017#")) {
      Caller caller = line.call(null).silence(IvrLine.WELCOME);
      if (!keys.isEmpty()) {
        caller.press(keys);
      }
      caller.silence(IvrLine.ENTRY).silence(IvrLine.ENTRY).silence(IvrLine.ENTRY);
      assertThat(line.routing.enqueued().getLast().reason())
          .startsWith("No answer after 3 tries at the ");
      caller.hangUp();
    }
  }

  @Test
  void aHangUpAtAnyStepOfAPaymentLeavesEitherNoChargeOrExactlyOneNeverAHalf() {
    List<String> keys = new ArrayList<>(List.of("2", "1", "1"));
    keys.addAll(List.of(CARD_DETAILS.split(",")));
    keys.add("1");
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    for (int step = 0; step <= keys.size(); step++) {
      Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME);
      for (String key : keys.subList(0, step)) {
        caller.press(key);
      }
      caller.hangUp();
      long expected = step == keys.size() ? 1 : 0;
      assertThat(ivrPayments(account)).as("after hanging up at step %d", step).isEqualTo(expected);
      assertThat(count("SELECT COUNT(*) FROM payment_attempt WHERE status = 'PENDING'")).isZero();
      assertThat(
              count(
                  "SELECT COUNT(*) FROM sandbox_charge c WHERE outcome = 'APPROVED' AND NOT EXISTS"
                      + " (SELECT 1 FROM payment p WHERE p.idempotency_key = c.idempotency_key)"))
          .as("no charge without its posting")
          .isZero();
      if (expected == 1) {
        return;
      }
    }
  }

  @Test
  void aCallerWhoHangsUpWhileTheChargeIsInFlightIsChargedOnceAndTheContactEnds() throws Exception {
    line.close();
    CountDownLatch charging = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    line =
        new IvrLine(
            IvrLine.Options.defaults()
                .withPayments(real -> new HeldPayments(real, charging, release)));
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("2").press("1");
    caller.press("1");
    for (String key : CARD_DETAILS.split(",")) {
      caller.press(key);
    }
    line.network.pressKeys(caller.id(), "1");
    assertThat(charging.await(10, TimeUnit.SECONDS)).isTrue();

    line.network.callerHangsUp(caller.id());
    release.countDown();
    caller.settle();

    assertThat(ivrPayments(DemoCity.SHOWCASE_ENGLISH.account())).isOne();
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.ENDED);
    assertThat(caller.call().prompts()).noneMatch(p -> p.contains("is approved"));
    assertThat(
            line.accounts
                .contacts()
                .recentForAccount(DemoCity.SHOWCASE_ENGLISH.account(), 1)
                .getFirst()
                .ivrTrail())
        .as("the trail still says what happened")
        .contains("Paid $259.94");
  }

  @Test
  void aReplayedConfirmationIsAnsweredTheSameAndPaysOnce() {
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("2").press("1");
    caller.press("1");
    for (String key : CARD_DETAILS.split(",")) {
      caller.press(key);
    }
    CallEvent.DigitsEntered confirm =
        new CallEvent.DigitsEntered(
            caller.id(), "1", line.clock.instant(), Optional.of(token(caller)));

    List<CallCommand> first = line.ivr.handle(confirm);
    List<CallCommand> again = line.ivr.handle(confirm);

    assertThat(again.getLast()).isEqualTo(first.getLast());
    assertThat(ivrPayments(DemoCity.SHOWCASE_ENGLISH.account())).isOne();
  }

  @Test
  void keysForACallWhoseSessionExpiredGetAnApologyInBothLanguages() {
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME);
    line.clock.advance(Duration.ofMinutes(31));

    caller.press("1");

    assertThat(caller.heard())
        .isEqualTo(
            "We're sorry, this call has timed out. Please call again. Lo sentimos, el tiempo de"
                + " esta llamada se agotó. Por favor, vuelva a llamar.");
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.ENDED);
  }

  @Test
  void anOverlongCardNumberIsRetriedAndNeverReachesTheGateway() {
    CallId id = new CallId("sim", "overlong");
    line.ivr.handle(
        new CallEvent.CallArrived(
            id,
            Optional.of(new PhoneNumber("+15055550101")),
            IvrLine.UTILITY,
            Language.ENGLISH,
            line.clock.instant()));
    line.ivr.handle(new CallEvent.NoInput(id, tick()));
    for (String keys : List.of("2", "1", "1")) {
      line.ivr.handle(new CallEvent.DigitsEntered(id, keys, tick()));
    }

    List<CallCommand> answer =
        line.ivr.handle(new CallEvent.DigitsEntered(id, "41111111111111111111", tick()));

    assertThat(((CallCommand.Collect) answer.getLast()).prompt().text())
        .isEqualTo("Sorry, that is not a valid entry. Enter your card number, then press pound.");
    assertThat(((CallCommand.Collect) answer.getLast()).masked()).isTrue();
    assertThat(count("SELECT COUNT(*) FROM sandbox_payment_method")).isZero();
  }

  private java.time.Instant tick() {
    line.clock.advance(Duration.ofSeconds(1));
    return line.clock.instant();
  }

  private String token(Caller caller) {
    return ((InMemorySessionStore) line.sessions).peek(caller.id()).orElseThrow().stepToken();
  }

  private long ivrPayments(AccountNumber account) {
    return line.accounts.customers().detail(account).orElseThrow().payments().stream()
        .filter(p -> p.channel() == PaymentChannel.IVR)
        .count();
  }

  private long count(String sql) {
    return Jdbi.create(line.city.dataSource())
        .withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }

  /** The real payment port, with each charge held until the test releases it. */
  private record HeldPayments(PaymentPort real, CountDownLatch charging, CountDownLatch release)
      implements PaymentPort {

    @Override
    public EntryResult enter(
        Optional<PaymentToken> token, PaymentField field, SensitiveDigits digits) {
      return real.enter(token, field, digits);
    }

    @Override
    public PaymentOutcome pay(PaymentRequest request) {
      charging.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return real.pay(request);
    }

    @Override
    public Optional<PaymentOutcome> outcome(IdempotencyKey key) {
      return real.outcome(key);
    }

    @Override
    public PaymentLimits limits() {
      return real.limits();
    }
  }
}
