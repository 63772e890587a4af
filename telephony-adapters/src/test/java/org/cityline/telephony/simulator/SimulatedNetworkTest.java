package org.cityline.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.common.call.Prompt;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.simulator.SimulatedCall.Speaker;
import org.cityline.telephony.simulator.SimulatedCall.State;
import org.cityline.telephony.testing.RecordingHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimulatedNetworkTest {

  static final PhoneNumber CALLER = PhoneNumber.of("+15055550123");
  static final PhoneNumber UTILITY = PhoneNumber.of("+15055550100");
  static final Duration TIMEOUT = Duration.ofSeconds(5);
  static final Prompt WELCOME = say("Welcome to Cityline.");
  static final Prompt MENU = say("Press 1 for your balance.");
  static final Prompt ACCOUNT = say("Enter your account number, then pound.");

  final ManualClock clock = new ManualClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final RecordingHandler handler = new RecordingHandler();
  SimulatedNetwork network;

  /** Arrival: welcome and an account entry of up to 6 keys ending on #; nothing after that. */
  @BeforeEach
  void start() {
    network = new SimulatedNetwork(clock, scheduler);
    network.attach(handler);
    handler.answering(
        event ->
            event instanceof CallEvent.CallArrived
                ? List.of(
                    new CallCommand.Answer(),
                    new CallCommand.Play(WELCOME),
                    new CallCommand.Collect(ACCOUNT, 6, TIMEOUT, '#', false))
                : List.of());
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void aPlacedCallRingsReachesCitylineAndCarriesOutItsAnswer() {
    CallerResult result = network.placeCall(Optional.of(CALLER), UTILITY, Language.SPANISH);

    CallId id = ((CallerResult.Placed) result).call();
    assertThat(id.network()).isEqualTo("sim");
    settle();
    CallEvent.CallArrived arrived = handler.events(id, CallEvent.CallArrived.class).getFirst();
    assertThat(arrived.caller()).contains(CALLER);
    assertThat(arrived.dialed()).isEqualTo(UTILITY);
    assertThat(arrived.language()).isEqualTo(Language.SPANISH);
    assertThat(arrived.at()).isEqualTo(clock.instant());
    SimulatedCall call = call(id);
    assertThat(call.state()).isEqualTo(State.IN_IVR);
    assertThat(call.answeredAt()).contains(clock.instant());
    assertThat(call.prompts()).containsExactly(WELCOME.text(), ACCOUNT.text());
    assertThat(call.language()).as("the language of the last prompt").isEqualTo(Language.ENGLISH);
    assertThat(call.collecting()).hasValueSatisfying(c -> assertThat(c.maxDigits()).isEqualTo(6));
    assertThat(call.transcript())
        .extracting(SimulatedCall.Line::speaker)
        .containsExactly(Speaker.NETWORK, Speaker.IVR, Speaker.IVR);
  }

  @Test
  void aCallStaysRingingUntilCitylineAnswers() {
    handler.answering(event -> List.of());

    CallId id = place();

    assertThat(call(id).state()).isEqualTo(State.RINGING);
    assertThat(call(id).answeredAt()).isEmpty();
  }

  @Test
  void noCallIsPlacedBeforeTheSimulatorIsAttachedAndItAttachesOnce() {
    try (SimulatedNetwork unattached = new SimulatedNetwork(clock, scheduler)) {
      assertThat(unattached.placeCall(Optional.empty(), UTILITY, Language.ENGLISH))
          .isInstanceOf(CallerResult.Unavailable.class);
      assertThat(unattached.recentCalls(10)).isEmpty();
    }
    assertThatThrownBy(() -> network.attach(handler)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keysAreDeliveredWithoutTheFinishingKeyAndShownAsPressed() {
    CallId id = place();

    press(id, "1234#");

    assertThat(handler.events(id, CallEvent.DigitsEntered.class))
        .extracting(CallEvent.DigitsEntered::digits)
        .containsExactly("1234");
    assertThat(call(id).keys())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.keys()).isEqualTo("1234#");
              assertThat(k.masked()).isFalse();
              assertThat(k.ignored()).isFalse();
            });
    assertThat(call(id).collecting()).isEmpty();
  }

  @Test
  void anEntryEndsAtItsMaximumLengthAndTypedAheadKeysReachTheNextCollect() {
    handler.answering(
        event ->
            switch (event) {
              case CallEvent.CallArrived a -> List.of(CallCommand.Collect.menu(MENU, TIMEOUT));
              case CallEvent.DigitsEntered d when d.digits().equals("1") ->
                  List.of(new CallCommand.Collect(ACCOUNT, 6, TIMEOUT, '#', false));
              default -> List.of();
            });
    CallId id = place();

    press(id, "1987#");

    assertThat(handler.events(id, CallEvent.DigitsEntered.class))
        .extracting(CallEvent.DigitsEntered::digits)
        .containsExactly("1", "987");
  }

  @Test
  void aFinishingKeyAfterAFullEntryBelongsToItAndDoesNotSpillIntoTheNextCollect() {
    handler.answering(
        event ->
            switch (event) {
              case CallEvent.CallArrived a ->
                  List.of(new CallCommand.Collect(ACCOUNT, 4, TIMEOUT, '#', false));
              case CallEvent.DigitsEntered d -> List.of(CallCommand.Collect.menu(MENU, TIMEOUT));
              default -> List.of();
            });
    CallId first = place();
    CallId second = place();

    press(first, "1234#2");
    press(second, "1234");
    press(second, "#");
    press(second, "2");

    for (CallId id : List.of(first, second)) {
      assertThat(handler.events(id, CallEvent.DigitsEntered.class))
          .extracting(CallEvent.DigitsEntered::digits)
          .containsExactly("1234", "2");
      assertThat(call(id).keys())
          .extracting(SimulatedCall.KeyEntry::keys)
          .containsExactly("1234", "#", "2");
    }
  }

  @Test
  void theFinishingKeyAloneIsNoInput() {
    CallId id = place();

    press(id, "#");

    assertThat(handler.events(id)).last().isInstanceOf(CallEvent.NoInput.class);
  }

  @Test
  void silenceUntilTheTimeoutIsNoInput() {
    CallId id = place();

    advance(TIMEOUT.minusMillis(1));
    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
    advance(Duration.ofMillis(1));

    assertThat(handler.events(id, CallEvent.NoInput.class))
        .singleElement()
        .satisfies(e -> assertThat(e.at()).isEqualTo(clock.instant()));
    assertThat(call(id).transcript())
        .last()
        .extracting(SimulatedCall.Line::text)
        .isEqualTo("[no key pressed]");
    assertThat(call(id).collecting()).isEmpty();
  }

  @Test
  void aPartEntryIsDeliveredWhenTheCallerStopsAndEachKeyRestartsTheTimeout() {
    CallId id = place();

    press(id, "12");
    advance(Duration.ofSeconds(4));
    press(id, "3");
    advance(Duration.ofSeconds(4));
    assertThat(handler.events(id, CallEvent.DigitsEntered.class)).isEmpty();
    advance(Duration.ofSeconds(1));

    assertThat(handler.events(id, CallEvent.DigitsEntered.class))
        .extracting(CallEvent.DigitsEntered::digits)
        .containsExactly("123");
    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
  }

  @Test
  void aFinishedEntryLeavesNoTimerBehind() {
    CallId id = place();
    press(id, "42#");

    advance(Duration.ofMinutes(1));

    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
    assertThat(scheduler.pendingCount()).isZero();
  }

  @Test
  void keysPressedWhileNothingListensAreRecordedAndIgnored() {
    handler.answering(
        event ->
            event instanceof CallEvent.CallArrived
                ? List.of(new CallCommand.Play(WELCOME))
                : List.of());
    CallId id = place();

    press(id, "77");

    assertThat(handler.events(id)).hasSize(1);
    assertThat(call(id).keys())
        .singleElement()
        .satisfies(
            k -> {
              assertThat(k.keys()).isEqualTo("77");
              assertThat(k.ignored()).isTrue();
            });
    assertThat(call(id).transcript())
        .last()
        .extracting(SimulatedCall.Line::text)
        .isEqualTo("77 (not listening)");
  }

  @Test
  void waitingForAnAgentPlaysTheAnnouncementAndStopsListening() {
    Prompt hold = say("Please hold.");
    handler.answering(
        event ->
            switch (event) {
              case CallEvent.CallArrived a -> List.of(CallCommand.Collect.menu(MENU, TIMEOUT));
              case CallEvent.DigitsEntered d -> List.of(new CallCommand.WaitForAgent(hold));
              default -> List.of();
            });
    CallId id = place();

    press(id, "0");
    advance(Duration.ofMinutes(1));

    assertThat(call(id).state()).isEqualTo(State.WAITING);
    assertThat(call(id).prompts()).last().isEqualTo(hold.text());
    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
  }

  @Test
  void anAgentIsConnectedHeldResumedAndHangsUp() {
    CallId id = place();

    network.connectAgent(id, "sim:alice");
    assertThat(call(id).state()).as("shown at once").isEqualTo(State.CONNECTED);
    settle();
    assertThat(handler.events(id, CallEvent.AgentConnected.class))
        .singleElement()
        .satisfies(e -> assertThat(e.agentEndpoint()).isEqualTo("sim:alice"));
    assertThat(call(id).agent()).contains("alice");
    assertThat(call(id).collecting()).isEmpty();

    network.hold(id);
    network.hold(id);
    assertThat(call(id).state()).isEqualTo(State.ON_HOLD);
    network.resume(id);
    assertThat(call(id).state()).isEqualTo(State.CONNECTED);
    network.hangup(id);
    network.hangup(id);
    settle();

    SimulatedCall ended = call(id);
    assertThat(ended.state()).isEqualTo(State.ENDED);
    assertThat(ended.endReason()).contains(EndReason.HUNG_UP_BY_CITYLINE);
    assertThat(ended.transcript())
        .extracting(SimulatedCall.Line::text)
        .containsSubsequence(
            "[connected to alice]", "[on hold: music]", "[back with alice]", "[alice hung up]");
    assertThat(handler.events(id, CallEvent.CallEnded.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(EndReason.HUNG_UP_BY_CITYLINE));
  }

  @Test
  void callControlRefusesWhatTheCallCannotDoAndChangesNothing() {
    CallId id = place();
    CallId unknown = new CallId("sim", "nope");

    assertThatThrownBy(() -> network.hold(id))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining(id.toString())
        .hasMessageContaining("in-ivr");
    assertThatThrownBy(() -> network.resume(id)).isInstanceOf(CallControlException.class);
    assertThatThrownBy(() -> network.connectAgent(id, "PJSIP/alice"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("sim:<username>");
    assertThatThrownBy(() -> network.connectAgent(id, "sim:"))
        .isInstanceOf(CallControlException.class);
    assertThatThrownBy(() -> network.hangup(unknown))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("no such call");
    assertThatThrownBy(() -> network.hold(new CallId("twilio", "CA1")))
        .isInstanceOf(CallControlException.class);
    assertThat(call(id).state()).isEqualTo(State.IN_IVR);

    network.connectAgent(id, "sim:alice");
    assertThatThrownBy(() -> network.connectAgent(id, "sim:bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("already connected to alice");
    network.hangup(id);
    assertThatThrownBy(() -> network.connectAgent(id, "sim:bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("ended");
    assertThatThrownBy(() -> network.hold(id)).hasMessageContaining("ended");
    settle();
    assertThat(handler.events(id, CallEvent.AgentConnected.class)).hasSize(1);
  }

  @Test
  void aDeskPhoneThatDoesNotAnswerFailsTheAgentLegAndTheCallerWaitsOn() {
    CallId id = place();
    network.setDeskPhoneAnswering("alice", false);

    network.connectAgent(id, "sim:alice");
    settle();

    assertThat(handler.events(id, CallEvent.AgentLegFailed.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("no answer"));
    assertThat(call(id).state()).isEqualTo(State.IN_IVR);

    network.setDeskPhoneAnswering("alice", true);
    network.connectAgent(id, "sim:alice");
    assertThat(call(id).state()).isEqualTo(State.CONNECTED);
  }

  @Test
  void theCallerHangsUpOnceAndThenTheCallTakesNoKeys() {
    CallId id = place();

    assertThat(network.callerHangsUp(id)).isInstanceOf(CallerResult.Accepted.class);
    assertThat(network.callerHangsUp(id)).isInstanceOf(CallerResult.Accepted.class);
    settle();

    assertThat(call(id).state()).isEqualTo(State.ENDED);
    assertThat(handler.events(id, CallEvent.CallEnded.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(EndReason.CALLER_HUNG_UP));
    assertThat(network.pressKeys(id, "1")).isInstanceOf(CallerResult.CallOver.class);
    advance(Duration.ofMinutes(1));
    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
  }

  @Test
  void theIvrHangingUpEndsTheCallAndReportsIt() {
    Prompt bye = say("Goodbye.");
    handler.answering(
        event ->
            event instanceof CallEvent.CallArrived
                ? List.of(
                    new CallCommand.Play(bye),
                    new CallCommand.Hangup(),
                    new CallCommand.Play(WELCOME))
                : List.of());

    CallId id = place();

    assertThat(call(id).state()).isEqualTo(State.ENDED);
    assertThat(call(id).prompts()).containsExactly(bye.text());
    assertThat(handler.events(id, CallEvent.CallEnded.class))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(EndReason.HUNG_UP_BY_CITYLINE));
  }

  @Test
  void badKeysUnknownCallsAndOtherNetworksAreRefusedAndChangeNothing() {
    CallId id = place();

    assertThat(network.pressKeys(id, "12a")).isInstanceOf(CallerResult.Invalid.class);
    assertThat(network.pressKeys(id, "")).isInstanceOf(CallerResult.Invalid.class);
    assertThat(network.pressKeys(id, null)).isInstanceOf(CallerResult.Invalid.class);
    assertThat(network.pressKeys(id, "1".repeat(33)))
        .isEqualTo(new CallerResult.Invalid("at most 32 keys at a time; got 33 characters"));
    assertThat(network.pressKeys(new CallId("sim", "nope"), "1"))
        .isInstanceOf(CallerResult.NoSuchCall.class);
    assertThat(network.pressKeys(new CallId("asterisk", id.localId()), "1"))
        .isInstanceOf(CallerResult.NoSuchCall.class);
    assertThat(network.callerHangsUp(new CallId("sim", "nope")))
        .isInstanceOf(CallerResult.NoSuchCall.class);
    settle();

    assertThat(handler.events(id)).hasSize(1);
    assertThat(call(id).keys()).isEmpty();
    assertThat(call(id).state()).isEqualTo(State.IN_IVR);
  }

  @Test
  void commandsArrivingAfterTheCallerHungUpAreSaidToNobody() throws Exception {
    java.util.concurrent.CountDownLatch hungUp = new java.util.concurrent.CountDownLatch(1);
    handler.answering(
        event -> {
          if (event instanceof CallEvent.CallArrived) {
            try {
              hungUp.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return List.of(new CallCommand.Answer(), new CallCommand.Play(WELCOME));
          }
          return List.of();
        });
    CallId id =
        ((CallerResult.Placed) network.placeCall(Optional.of(CALLER), UTILITY, Language.ENGLISH))
            .call();

    network.callerHangsUp(id);
    hungUp.countDown();
    settle();

    assertThat(call(id).prompts()).isEmpty();
    assertThat(call(id).answeredAt()).isEmpty();
    assertThat(handler.events(id))
        .extracting(e -> e.getClass().getSimpleName())
        .containsExactly("CallArrived", "CallEnded");
  }

  @Test
  void aHandlerThatFailsOnACallerEventDropsTheCallCleanly() {
    handler.answering(
        event -> {
          if (event instanceof CallEvent.CallArrived) {
            throw new IllegalStateException("IVR session store unreachable");
          }
          return List.of();
        });

    CallId id = place();

    assertThat(call(id).state()).isEqualTo(State.ENDED);
    assertThat(call(id).transcript())
        .last()
        .extracting(SimulatedCall.Line::text)
        .isEqualTo("[Cityline failed to answer: call dropped]");
    assertThat(handler.events(id, CallEvent.CallEnded.class)).hasSize(1);
  }

  @Test
  void aWithheldNumberArrivesAsNoCaller() {
    CallId id =
        ((CallerResult.Placed) network.placeCall(Optional.empty(), UTILITY, Language.ENGLISH))
            .call();
    settle();

    assertThat(handler.events(id, CallEvent.CallArrived.class).getFirst().caller()).isEmpty();
    assertThat(call(id).from()).isEmpty();
  }

  @Test
  void aCallLastsFromItsAnswerToItsEnd() {
    CallId id = place();

    clock.advance(Duration.ofSeconds(30));
    assertThat(call(id).duration()).isEqualTo(Duration.ofSeconds(30));
    assertThat(call(id).asOf()).isEqualTo(clock.instant());
    network.callerHangsUp(id);
    clock.advance(Duration.ofSeconds(30));

    assertThat(call(id).duration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theTranscriptKeepsItsLastLinesOnly() {
    network.close();
    network =
        new SimulatedNetwork(
            clock, scheduler, new SimulatorSettings(Duration.ofMinutes(15), 10, 10, 10));
    RecordingHandler chatty =
        new RecordingHandler()
            .answering(
                event ->
                    event instanceof CallEvent.CallArrived
                        ? java.util.stream.IntStream.range(0, 25)
                            .<CallCommand>mapToObj(i -> new CallCommand.Play(say("Line " + i)))
                            .toList()
                        : List.of());
    network.attach(chatty);

    CallId id = place();

    SimulatedCall call = call(id);
    assertThat(call.transcript()).hasSize(10);
    assertThat(call.droppedLines()).isEqualTo(16);
    assertThat(call.prompts()).last().isEqualTo("Line 24");
  }

  // ---- helpers ----

  static Prompt say(String text) {
    return Prompt.of(Language.ENGLISH, new Prompt.Part.Phrase("test-prompt", text));
  }

  CallId place() {
    CallerResult result = network.placeCall(Optional.of(CALLER), UTILITY, Language.ENGLISH);
    assertThat(result).isInstanceOf(CallerResult.Placed.class);
    settle();
    return ((CallerResult.Placed) result).call();
  }

  void press(CallId id, String keys) {
    assertThat(network.pressKeys(id, keys)).isInstanceOf(CallerResult.Accepted.class);
    settle();
  }

  void advance(Duration duration) {
    scheduler.advance(duration);
    settle();
  }

  void settle() {
    assertThat(network.awaitIdle(Duration.ofSeconds(10))).isTrue();
  }

  SimulatedCall call(CallId id) {
    return network.call(id).orElseThrow();
  }
}
