package org.cityline.telephony.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.common.call.Prompt;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.simulator.SimulatedCall.State;
import org.cityline.telephony.testing.RecordingHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's side of {@link CallCommand.WaitForAgent}: keys while waiting reach Cityline one
 * at a time with the wait's step token, the check-back comes as silence after its time, a connected
 * agent or a hang-up stops it; and collects' step tokens come back with their answers.
 */
class WaitingCallerTest {

  static final PhoneNumber CALLER = PhoneNumber.of("+15055550123");
  static final PhoneNumber UTILITY = PhoneNumber.of("+15055550100");
  static final Duration CHECK_BACK = Duration.ofSeconds(60);
  static final Prompt HOLD = say("You are number 2 in line. Press 1 for a callback.");

  final ManualClock clock = new ManualClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final RecordingHandler handler = new RecordingHandler();
  SimulatedNetwork network;

  @BeforeEach
  void start() {
    network = new SimulatedNetwork(clock, scheduler);
    network.attach(handler);
    handler.answering(
        event ->
            switch (event) {
              case CallEvent.CallArrived arrived ->
                  List.of(
                      new CallCommand.Answer(),
                      CallCommand.Collect.menu(say("Press 0 for a person."), Duration.ofSeconds(5))
                          .withStep("1"));
              case CallEvent.DigitsEntered keys when keys.digits().equals("0") -> hold("2");
              case CallEvent.NoInput silence when silence.step().equals(Optional.of("2")) ->
                  hold("3");
              default -> List.of();
            });
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void theAnswerToACollectCarriesItsStepToken() {
    CallId id = place();

    press(id, "0");

    assertThat(handler.events(id, CallEvent.DigitsEntered.class).getFirst().step()).contains("1");
  }

  @Test
  void keysWhileWaitingReachCitylineOneByOneWithTheWaitsToken() {
    CallId id = waiting();

    press(id, "12");

    List<CallEvent.DigitsEntered> keys = handler.events(id, CallEvent.DigitsEntered.class);
    assertThat(keys).extracting(CallEvent.DigitsEntered::digits).containsExactly("0", "1", "2");
    assertThat(keys.get(1).step()).contains("2");
    assertThat(call(id).state()).isEqualTo(State.WAITING);
    assertThat(call(id).keys()).extracting(SimulatedCall.KeyEntry::ignored).containsOnly(false);
  }

  @Test
  void theCheckBackIsSilenceAfterItsTimeAndTheNextWaitArmsItAgain() {
    CallId id = waiting();

    advance(CHECK_BACK.minusSeconds(1));
    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
    advance(Duration.ofSeconds(1));
    assertThat(handler.events(id, CallEvent.NoInput.class))
        .singleElement()
        .satisfies(silence -> assertThat(silence.step()).contains("2"));
    assertThat(call(id).prompts()).last().isEqualTo(HOLD.text());

    advance(CHECK_BACK);
    assertThat(handler.events(id, CallEvent.NoInput.class)).hasSize(2);
    assertThat(handler.events(id, CallEvent.NoInput.class).get(1).step()).contains("3");
  }

  @Test
  void aConnectedAgentStopsTheCheckBack() {
    CallId id = waiting();

    network.connectAgent(id, "sim:alice");
    settle();
    advance(CHECK_BACK.multipliedBy(3));

    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
    assertThat(call(id).state()).isEqualTo(State.CONNECTED);
    press(id, "5");
    assertThat(handler.events(id, CallEvent.DigitsEntered.class))
        .as("keys on a connected call are the agent's business")
        .hasSize(1);
  }

  @Test
  void aCallerWhoHangsUpWhileWaitingIsNotCheckedBack() {
    CallId id = waiting();

    network.callerHangsUp(id);
    settle();
    advance(CHECK_BACK.multipliedBy(2));

    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
    assertThat(handler.events(id, CallEvent.CallEnded.class)).hasSize(1);
  }

  @Test
  void aWaitWithoutCheckBackOnlyPlaysMusic() {
    handler.answering(
        event ->
            event instanceof CallEvent.CallArrived
                ? List.of(new CallCommand.Answer(), new CallCommand.WaitForAgent(HOLD))
                : List.of());
    CallId id = place();

    advance(Duration.ofHours(1));

    assertThat(handler.events(id, CallEvent.NoInput.class)).isEmpty();
    assertThat(call(id).transcript())
        .extracting(SimulatedCall.Line::text)
        .contains("[music while you wait]");
  }

  private static List<CallCommand> hold(String step) {
    return List.of(new CallCommand.WaitForAgent(HOLD, Optional.of(CHECK_BACK), Optional.of(step)));
  }

  private CallId waiting() {
    CallId id = place();
    press(id, "0");
    assertThat(call(id).state()).isEqualTo(State.WAITING);
    return id;
  }

  static Prompt say(String text) {
    return Prompt.of(Language.ENGLISH, new Prompt.Part.Phrase("test-prompt", text));
  }

  CallId place() {
    CallerResult result = network.placeCall(Optional.of(CALLER), UTILITY, Language.ENGLISH);
    settle();
    return ((CallerResult.Placed) result).call();
  }

  void press(CallId id, String keys) {
    network.pressKeys(id, keys);
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
