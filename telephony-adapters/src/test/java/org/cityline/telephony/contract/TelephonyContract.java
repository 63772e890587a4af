package org.cityline.telephony.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.call.CallId;
import org.cityline.common.call.Prompt;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.testing.FakeRouting;
import org.cityline.telephony.testing.ScriptedIvr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call scenarios every telephony adapter must carry out with the same outcomes. Subclass it,
 * start the adapter in {@link #startAdapter} with the given handler, clock and scheduler, and
 * return a driver that plays the caller on that adapter's phone system.
 *
 * <p>Behind the adapter: the real {@link CallDirector}, the {@link ScriptedIvr} and the {@link
 * FakeRouting}, whose agent actions drive the adapter's {@code CallControl} as routing does.
 */
public abstract class TelephonyContract {

  protected static final String CALLER = "+15055550123";
  protected static final String UTILITY = "+15055550100";
  protected static final AgentId ALICE = new AgentId("alice");
  protected static final AgentId BOB = new AgentId("bob");

  protected ManualClock clock;
  protected ManualScheduler scheduler;
  protected FakeRouting routing;
  protected ScriptedIvr ivr;
  protected TelephonyDriver phone;

  /**
   * Starts the adapter under test, handing every call event to {@code handler}.
   *
   * @param handler the core's call handler (a {@link CallDirector})
   * @param clock the clock the adapter must stamp events with
   * @param scheduler the scheduler for the adapter's timers (tests move it)
   */
  protected abstract TelephonyDriver startAdapter(
      CallEventHandler handler, ManualClock clock, ManualScheduler scheduler);

  /**
   * How the driver reports a prompt in {@link TelephonyDriver#heard}: its text by default; an
   * adapter that plays recordings may report something else (its phrase ids).
   */
  protected String asHeard(Prompt prompt) {
    return prompt.text();
  }

  @BeforeEach
  void startTelephony() {
    clock = new ManualClock();
    scheduler = new ManualScheduler(clock);
    routing = new FakeRouting(clock);
    ivr = new ScriptedIvr(routing, clock);
    phone = startAdapter(new CallDirector(ivr, routing), clock, scheduler);
    routing.useTelephony(phone.callControl(), agent -> phone.deskPhone(agent.value()));
  }

  @AfterEach
  void stopTelephony() {
    phone.close();
  }

  @Test
  void theCallerHearsTheGreetingAndTheIvrKnowsTheCaller() {
    CallId call = dial(CALLER);

    assertThat(phone.heard(call))
        .containsExactly(asHeard(ScriptedIvr.GREETING), asHeard(ScriptedIvr.MENU));
    assertThat(phone.line(call)).isEqualTo(CallerLine.IVR);
    CallEvent.CallArrived arrived = (CallEvent.CallArrived) ivr.events(call).getFirst();
    assertThat(arrived.caller()).contains(PhoneNumber.of(CALLER));
    assertThat(arrived.dialed()).isEqualTo(PhoneNumber.of(UTILITY));
    assertThat(arrived.at()).isEqualTo(clock.instant());
  }

  @Test
  void aWithheldNumberArrivesAsAnUnknownCaller() {
    CallId call = dial("anonymous");

    CallEvent.CallArrived arrived = (CallEvent.CallArrived) ivr.events(call).getFirst();
    assertThat(arrived.caller()).isEmpty();
    assertThat(phone.heard(call)).startsWith(asHeard(ScriptedIvr.GREETING));
  }

  @Test
  void keysReachTheIvrInOrderWithoutTheFinishingKey() {
    CallId call = dial(CALLER);

    press(call, "2");
    press(call, "12345678#");

    assertThat(digitsSeenByIvr(call)).containsExactly("2", "12345678");
    assertThat(phone.heard(call))
        .containsSubsequence(
            asHeard(ScriptedIvr.ACCOUNT),
            asHeard(ScriptedIvr.balance("12345678")),
            asHeard(ScriptedIvr.MENU));
  }

  @Test
  void theCallerCanSwitchToSpanish() {
    CallId call = dial(CALLER);

    press(call, "1");

    assertThat(phone.heard(call)).last().isEqualTo(asHeard(ScriptedIvr.MENU_SPANISH));
    assertThat(ScriptedIvr.MENU_SPANISH.language()).isEqualTo(Language.SPANISH);
  }

  @Test
  void silenceIsNoInputAndTheThirdSilenceHangsUp() {
    CallId call = dial(CALLER);

    phone.elapse(ScriptedIvr.TIMEOUT);
    phone.settle();
    assertThat(phone.heard(call))
        .endsWith(asHeard(ScriptedIvr.NO_INPUT), asHeard(ScriptedIvr.MENU));
    assertThat(phone.line(call)).isEqualTo(CallerLine.IVR);

    phone.elapse(ScriptedIvr.TIMEOUT);
    phone.settle();
    phone.elapse(ScriptedIvr.TIMEOUT);
    phone.settle();

    assertThat(phone.heard(call)).last().isEqualTo(asHeard(ScriptedIvr.GOODBYE));
    assertThat(phone.line(call)).isEqualTo(CallerLine.ENDED);
    assertThat(ivr.events(call).stream().filter(CallEvent.NoInput.class::isInstance)).hasSize(3);
    assertThat(endReasonSeenByIvr(call)).contains(EndReason.HUNG_UP_BY_CITYLINE);
    assertThat(ivr.hasSession(call)).isFalse();
    assertThat(routing.contactForCall(call)).isEmpty();
  }

  @Test
  void theCallerIsQueuedConnectedHeldResumedAndHungUpByTheAgent() {
    CallId call = dial(CALLER);

    press(call, "0");
    assertThat(phone.line(call)).isEqualTo(CallerLine.WAITING);
    assertThat(phone.heard(call)).last().isEqualTo(asHeard(ScriptedIvr.HOLD));
    ContactSnapshot contact = contactOf(call);
    assertThat(contact.state()).isEqualTo(ContactState.QUEUED);

    assertThat(routing.accept(ALICE, contact.id()).done()).isTrue();
    phone.settle();
    assertThat(phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);
    assertThat(contactOf(call).state()).isEqualTo(ContactState.CONNECTED);

    assertThat(routing.hold(ALICE, contact.id()).done()).isTrue();
    phone.settle();
    assertThat(phone.line(call)).isEqualTo(CallerLine.ON_HOLD);

    assertThat(routing.resume(ALICE, contact.id()).done()).isTrue();
    phone.settle();
    assertThat(phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);

    assertThat(routing.hangUp(ALICE, contact.id()).done()).isTrue();
    phone.settle();
    assertThat(phone.line(call)).isEqualTo(CallerLine.ENDED);
    assertThat(routing.outcome(contact.id())).contains(ContactOutcome.ANSWERED);
    assertThat(contactOf(call).state()).isEqualTo(ContactState.WRAP_UP);
    assertThat(routing.callEvents())
        .filteredOn(e -> e.callId().equals(call))
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("AgentConnected", "CallEnded");
    assertThat(endReasonSeenByIvr(call)).contains(EndReason.HUNG_UP_BY_CITYLINE);
    assertThat(ivr.hasSession(call)).isFalse();
  }

  @Test
  void theCallerHangsUpInTheMiddleOfTheIvr() {
    CallId call = dial(CALLER);
    press(call, "2");
    press(call, "123");

    phone.hangUp(call);
    phone.settle();

    assertThat(phone.line(call)).isEqualTo(CallerLine.ENDED);
    assertThat(endReasonSeenByIvr(call)).contains(EndReason.CALLER_HUNG_UP);
    assertThat(ivr.hasSession(call)).isFalse();
    assertThat(routing.contactForCall(call)).isEmpty();
    assertThat(routing.callEvents()).extracting(CallEvent::callId).containsExactly(call);
    assertThat(digitsSeenByIvr(call)).containsExactly("2");
  }

  @Test
  void aCallerWhoHangsUpWhileWaitingIsAbandoned() {
    CallId call = dial(CALLER);
    press(call, "0");
    ContactSnapshot contact = contactOf(call);

    phone.hangUp(call);
    phone.settle();

    assertThat(routing.outcome(contact.id())).contains(ContactOutcome.ABANDONED);
    assertThat(ivr.hasSession(call)).isFalse();
    assertThat(phone.line(call)).isEqualTo(CallerLine.ENDED);
  }

  @Test
  void anAgentLegThatFailsLeavesTheCallerWaitingForTheNextAgent() {
    CallId call = dial(CALLER);
    press(call, "0");
    ContactSnapshot contact = contactOf(call);
    phone.deskPhoneDoesNotAnswer("alice");

    assertThat(routing.accept(ALICE, contact.id()).done()).isTrue();
    phone.settle();

    assertThat(phone.line(call)).isEqualTo(CallerLine.WAITING);
    assertThat(contactOf(call).state()).isEqualTo(ContactState.QUEUED);
    assertThat(routing.callEvents()).last().isInstanceOf(CallEvent.AgentLegFailed.class);

    assertThat(routing.accept(BOB, contact.id()).done()).isTrue();
    phone.settle();
    assertThat(phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);
    assertThat(contactOf(call).agent()).contains(BOB);
  }

  @Test
  void cardDigitsReachTheIvrButAreNeverHeardBack() {
    String card = "4111111111111111";
    CallId call = dial(CALLER);

    press(call, "9");
    press(call, card + "#");

    assertThat(digitsSeenByIvr(call)).containsExactly("9", card);
    assertThat(phone.heard(call)).last().isEqualTo(asHeard(ScriptedIvr.MENU));
    assertThat(phone.heard(call)).contains(asHeard(ScriptedIvr.PAID));
    assertThat(String.join(" ", phone.heard(call))).doesNotContain(card).doesNotContain("1111");
  }

  @Test
  void keysPressedWhileWaitingReachTheCoreOneByOneAndTheCallerKeepsWaiting() {
    CallId call = dial(CALLER);
    press(call, "0");

    press(call, "55");

    assertThat(digitsSeenByIvr(call)).containsExactly("0", "5", "5");
    assertThat(phone.line(call)).isEqualTo(CallerLine.WAITING);
  }

  @Test
  void aWaitChecksBackWithTheCoreAfterItsTimeAndAgainAfterTheNextWait() {
    CallId call = dial(CALLER);
    press(call, "0");

    phone.elapse(ScriptedIvr.CHECK_BACK.minusSeconds(1));
    assertThat(checkBacks(call)).isZero();
    phone.elapse(Duration.ofSeconds(1));
    assertThat(checkBacks(call)).isOne();
    phone.elapse(ScriptedIvr.CHECK_BACK);
    assertThat(checkBacks(call)).isEqualTo(2);

    assertThat(phone.line(call)).isEqualTo(CallerLine.WAITING);
    assertThat(phone.heard(call)).last().isEqualTo(asHeard(ScriptedIvr.HOLD));
  }

  private long checkBacks(CallId call) {
    List<CallEvent> events = ivr.events(call);
    int queued = 0;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof CallEvent.DigitsEntered keys && keys.digits().equals("0")) {
        queued = i;
      }
    }
    return events.subList(queued, events.size()).stream()
        .filter(CallEvent.NoInput.class::isInstance)
        .count();
  }

  // ---- helpers ----

  protected CallId dial(String from) {
    CallId call = phone.placeCall(from, UTILITY);
    phone.settle();
    return call;
  }

  protected void press(CallId call, String keys) {
    phone.pressKeys(call, keys);
    phone.settle();
  }

  protected List<String> digitsSeenByIvr(CallId call) {
    return ivr.events(call).stream()
        .filter(CallEvent.DigitsEntered.class::isInstance)
        .map(e -> ((CallEvent.DigitsEntered) e).digits())
        .toList();
  }

  protected Optional<EndReason> endReasonSeenByIvr(CallId call) {
    List<EndReason> reasons =
        ivr.events(call).stream()
            .filter(CallEvent.CallEnded.class::isInstance)
            .map(e -> ((CallEvent.CallEnded) e).reason())
            .toList();
    assertThat(reasons).as("the call ends once").hasSizeLessThanOrEqualTo(1);
    return reasons.stream().findFirst();
  }

  protected ContactSnapshot contactOf(CallId call) {
    return routing
        .contactForCall(call)
        .orElseThrow(() -> new AssertionError("routing has no contact for " + call));
  }
}
