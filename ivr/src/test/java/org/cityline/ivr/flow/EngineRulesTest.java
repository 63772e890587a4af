package org.cityline.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallId;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.ivr.prompts.PromptBundles;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;

/**
 * The engine's newer rules on the main flow: step tokens that tell a retried delivery from new
 * keys, masked digits that reach the payment port call and nowhere else, waiting for a person
 * (position, check-backs, keys while holding, 0 while waiting), and after-hours transfers.
 */
class EngineRulesTest {

  private static final AccountNumber ACCOUNT = new AccountNumber("1234567890");

  /** Open Monday to Friday 07:00 to 19:00 UTC; emergencies and outages always. */
  private static final BusinessHours HOURS =
      BusinessHours.parse(
          ZoneOffset.UTC,
          "MON-FRI 07:00-19:00",
          "2026-07-03",
          Set.of(new QueueId("emergency"), new QueueId("outages")));

  private final FlowEngine engine =
      new FlowEngine(MainFlow.build(), PromptBundles.cityline(), HOURS);
  private Instant now = Instant.parse("2026-03-02T16:00:00Z"); // a Monday, open

  @Test
  void anEventThatEchoesAnOlderStepTokenIsAnsweredAsBeforeAndChangesNothing() {
    Session menu = atMainMenu();
    String token = menu.stepToken();

    Transition chosen = engine.next(menu, keys("4", token));
    Transition retried = engine.next(chosen.session(), keys("4", token));

    assertThat(retried.session()).isEqualTo(chosen.session());
    assertThat(retried.commands()).isEqualTo(chosen.commands());
    assertThat(retried.portCall()).isEmpty();
    assertThat(collect(chosen).step()).contains(chosen.session().stepToken());
    assertThat(chosen.session().stepToken()).isNotEqualTo(token);
  }

  @Test
  void newKeysWithTheNewestTokenGoOnEvenAtTheSameMomentAndCount() {
    Session menu = atMainMenu();
    Instant same = now.plusSeconds(1);
    Transition outage =
        engine.next(menu, new FlowEvent.KeysPressed("4", same, Optional.of(menu.stepToken())));
    Transition power =
        engine.next(
            outage.session(),
            new FlowEvent.KeysPressed("2", same, Optional.of(outage.session().stepToken())));

    assertThat(power.portCall()).containsInstanceOf(PortCall.ReportOutage.class);
  }

  @Test
  void maskedDigitsGoToThePaymentCallOnlyNeverIntoTheSession() {
    Session cardNumber = atCardNumber();

    Transition entered = engine.next(cardNumber, keys("4111111111111111#"));

    PortCall.EnterPaymentDetail call =
        (PortCall.EnterPaymentDetail) entered.portCall().orElseThrow();
    assertThat(call.field()).isEqualTo(PaymentField.CARD_NUMBER);
    assertThat(call.digits().lastFour()).isEqualTo("1111");
    assertThat(call.toString()).doesNotContain("4111").doesNotContain("1111");
    assertThat(entered.session().toString()).doesNotContain("4111");
    assertThat(entered.session().values().values()).noneMatch(v -> v.contains("411111"));
    assertThat(entered.session().trail()).noneMatch(t -> t.summary().contains("411111"));
  }

  @Test
  void aMaskedEntryOfTheWrongLengthIsRetriedWithoutAPortCall() {
    Transition retried = engine.next(atCardNumber(), keys("4111#"));

    assertThat(retried.portCall()).isEmpty();
    assertThat(TestText.of(retried.commands()))
        .isEqualTo("Sorry, that is not a valid entry. Enter your card number, then press pound.");
    assertThat(collect(retried).masked()).isTrue();
  }

  @Test
  void aQueuedCallerHearsTheirPlaceThenHoldsAndChecksBack() {
    Session waiting = queued();
    Transition estimated =
        answer(
            waiting,
            new PortResult(
                "known",
                Map.of("queue-position", "3", "wait-minutes", "4"),
                Optional.empty(),
                false,
                false,
                Optional.empty()));

    CallCommand.WaitForAgent hold = (CallCommand.WaitForAgent) estimated.commands().getLast();
    assertThat(hold.announcement().text())
        .isEqualTo(
            "You are number three in line. Your estimated wait is about four minutes. To be called"
                + " back instead, without losing your place in line, press 1.");
    assertThat(hold.checkBackAfter()).contains(Duration.ofSeconds(60));
    assertThat(hold.step()).contains(estimated.session().stepToken());

    Transition checkBack = engine.next(estimated.session(), new FlowEvent.NoInput(tick()));
    assertThat(checkBack.portCall()).containsInstanceOf(PortCall.EstimateWait.class);

    Transition otherKey = engine.next(estimated.session(), keys("5"));
    assertThat(otherKey.commands().getLast()).isInstanceOf(CallCommand.WaitForAgent.class);
    assertThat(otherKey.session().retries()).isZero();

    Transition callback = engine.next(estimated.session(), keys("1"));
    assertThat(callback.portCall()).containsInstanceOf(PortCall.FindCallbackNumber.class);
  }

  @Test
  void zeroOrNineWhileWaitingGoesBackToTheWaitNeverASecondEnqueue() {
    Session callbackMenu =
        answer(
                engine.next(answer(queued(), unknown()).session(), keys("1")).session(),
                PortResult.withValues(
                    "found",
                    Map.of("callback-number", "+15055550101", "callback-last4", "0101"),
                    "Offered a callback"))
            .session();
    assertThat(callbackMenu.step()).isEqualTo("callback-menu");

    for (String key : new String[] {"0", "9"}) {
      Transition back = engine.next(callbackMenu, keys(key));
      assertThat(back.portCall()).containsInstanceOf(PortCall.EstimateWait.class);
    }
  }

  @Test
  void afterHoursAPersonBecomesACallbackOfferOrGoodbye() {
    now = Instant.parse("2026-03-02T20:00:00Z"); // Monday, after 19:00
    Transition closed = engine.next(atMainMenu(), keys("0"));

    assertThat(closed.portCall()).isEmpty();
    assertThat(TestText.of(closed.commands()))
        .startsWith("Our representatives are available Monday through Friday");
    assertThat(closed.session().trail().getLast().summary())
        .isEqualTo("Wanted the billing queue after hours");

    Transition callback = engine.next(closed.session(), keys("1"));
    PortCall.Enqueue enqueue = (PortCall.Enqueue) callback.portCall().orElseThrow();
    assertThat(enqueue.request().queue()).isEqualTo(new QueueId("billing"));
    Transition offered = answer(callback.session(), PortResult.of("queued", "Sent to billing"));
    assertThat(offered.portCall()).containsInstanceOf(PortCall.FindCallbackNumber.class);

    Transition goodbye = engine.next(closed.session(), keys("2"));
    assertThat(goodbye.commands().getLast()).isInstanceOf(CallCommand.Hangup.class);
    assertThat(goodbye.session().outcome()).contains("after-hours");
  }

  @Test
  void aGasSmellReachesTheEmergencyQueueAtTopPriorityAtAnyHour() {
    now = Instant.parse("2026-07-03T03:00:00Z"); // a holiday, at night
    Transition gas = engine.next(atWelcome(), keys("8"));

    PortCall.Enqueue enqueue = (PortCall.Enqueue) gas.portCall().orElseThrow();
    assertThat(enqueue.request().queue()).isEqualTo(new QueueId("emergency"));
    assertThat(enqueue.request().priority()).isEqualTo(100);
    assertThat(enqueue.request().reason()).isEqualTo("Gas smell: emergency");
    assertThat(TestText.of(gas.commands())).startsWith("If you smell gas, leave the building now.");
  }

  // --- sessions at known places ---

  private Session atWelcome() {
    Session fresh =
        engine.newSession(
            new CallId("sim", "rules"),
            new ContactId("contact-rules"),
            Optional.of(new PhoneNumber("+15055550101")),
            Language.ENGLISH,
            now);
    Transition started = engine.next(fresh, new FlowEvent.Started(now));
    return answer(
            started.session(),
            PortResult.identified("one", ACCOUNT, true, "Identified by caller number"))
        .session();
  }

  private Session atMainMenu() {
    return engine.next(atWelcome(), new FlowEvent.NoInput(tick())).session();
  }

  private Session atCardNumber() {
    Transition reading = engine.next(atMainMenu(), keys("2"));
    Session amountMenu =
        answer(
                reading.session(),
                new PortResult(
                    "read",
                    Map.of("balance-cents", "12345", "past-due-cents", "0"),
                    Optional.empty(),
                    false,
                    false,
                    Optional.empty()))
            .session();
    Transition full = engine.next(amountMenu, keys("1"));
    Session method =
        answer(
                full.session(),
                PortResult.withValues("ok", Map.of("pay-cents", "12345"), "Chose to pay $123.45"))
            .session();
    Session card = engine.next(method, keys("1")).session();
    assertThat(card.step()).isEqualTo("card-number");
    return card;
  }

  private Session queued() {
    Transition toPerson = engine.next(atMainMenu(), keys("0"));
    return answer(toPerson.session(), PortResult.of("queued", "Sent to the billing queue"))
        .session();
  }

  private static PortResult unknown() {
    return new PortResult("unknown", Map.of(), Optional.empty(), false, false, Optional.empty());
  }

  private Transition answer(Session session, PortResult result) {
    return engine.next(session, new FlowEvent.PortAnswered(result, tick()));
  }

  private FlowEvent.KeysPressed keys(String keys) {
    return new FlowEvent.KeysPressed(keys, tick());
  }

  private FlowEvent.KeysPressed keys(String keys, String token) {
    return new FlowEvent.KeysPressed(keys, tick(), Optional.of(token));
  }

  private Instant tick() {
    now = now.plusSeconds(1);
    return now;
  }

  private static CallCommand.Collect collect(Transition transition) {
    return (CallCommand.Collect) transition.commands().getLast();
  }
}
