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
import org.cityline.common.call.MonitorMode;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.simulator.SimulatedCall.State;
import org.cityline.telephony.testing.RecordingHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calls Cityline places (callbacks) and a second agent on a call (transfers), on the simulator. */
class SimulatorCallbacksTest {

  private static final PhoneNumber CUSTOMER = PhoneNumber.of("+15055550177");
  private static final PhoneNumber UTILITY = PhoneNumber.of("+15055550100");

  private final ManualClock clock = new ManualClock();
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final RecordingHandler handler = new RecordingHandler();
  private SimulatedNetwork network;

  @BeforeEach
  void start() {
    network = new SimulatedNetwork(clock, scheduler);
    network.attach(handler);
  }

  @AfterEach
  void stop() {
    network.close();
  }

  private void settle() {
    assertThat(network.awaitIdle(Duration.ofSeconds(5))).isTrue();
  }

  private SimulatedCall call(CallId id) {
    return network.call(id).orElseThrow();
  }

  @Test
  void aCallbackIsAnsweredAtOnceByDefaultAndTakesAnAgent() {
    CallId call = network.originate(CUSTOMER, UTILITY, Language.SPANISH);
    settle();

    assertThat(handler.events(call, CallEvent.CallAnswered.class)).hasSize(1);
    assertThat(handler.events(call, CallEvent.CallArrived.class)).as("not an IVR call").isEmpty();
    assertThat(call(call).from()).contains(UTILITY);
    assertThat(call(call).to()).isEqualTo(CUSTOMER);

    network.connectAgent(call, "sim:ann");
    settle();
    assertThat(call(call).state()).isEqualTo(State.CONNECTED);
    assertThat(handler.events(call, CallEvent.AgentConnected.class)).hasSize(1);
  }

  @Test
  void whenNotAnsweredAutomaticallyItRingsUntilAnsweredDeclinedOrRungOut() {
    network.answerOutboundCallsAutomatically(false);
    CallId answered = network.originate(CUSTOMER, UTILITY, Language.ENGLISH);
    CallId declined = network.originate(CUSTOMER, UTILITY, Language.ENGLISH);
    CallId unanswered = network.originate(CUSTOMER, UTILITY, Language.ENGLISH);
    settle();
    assertThat(call(answered).state()).isEqualTo(State.RINGING);

    assertThat(network.customerAnswers(answered)).isEqualTo(new CallerResult.Accepted());
    assertThat(network.customerAnswers(answered)).isInstanceOf(CallerResult.Invalid.class);
    assertThat(network.callerHangsUp(declined)).isEqualTo(new CallerResult.Accepted());
    scheduler.advance(Duration.ofSeconds(30));
    settle();

    assertThat(handler.events(answered, CallEvent.CallAnswered.class)).hasSize(1);
    assertThat(handler.events(declined, CallEvent.CallEnded.class))
        .singleElement()
        .extracting(CallEvent.CallEnded::reason)
        .isEqualTo(EndReason.NOT_ANSWERED);
    assertThat(handler.events(unanswered, CallEvent.CallEnded.class))
        .singleElement()
        .extracting(CallEvent.CallEnded::reason)
        .isEqualTo(EndReason.NOT_ANSWERED);
    assertThat(network.customerAnswers(declined)).isInstanceOf(CallerResult.CallOver.class);
    assertThat(network.customerAnswers(new CallId("sim", "nope")))
        .isInstanceOf(CallerResult.NoSuchCall.class);
  }

  @Test
  void aSupervisorListensWhispersAndBargesInOnlyWhileTheAgentTalks() {
    handler.answering(
        event ->
            event instanceof CallEvent.CallArrived
                ? List.of(new CallCommand.WaitForAgent(SimulatedNetworkTest.say("Please hold.")))
                : List.of());
    CallId caller =
        ((CallerResult.Placed) network.placeCall(Optional.of(CUSTOMER), UTILITY, Language.ENGLISH))
            .call();
    settle();
    assertThatThrownBy(() -> network.monitor(caller, "sim:ann", "sim:sue", MonitorMode.LISTEN))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("a supervisor joins a call an agent is talking on");
    network.connectAgent(caller, "sim:ann");

    network.monitor(caller, "sim:ann", "sim:sue", MonitorMode.LISTEN);
    network.monitor(caller, "sim:ann", "sim:sue", MonitorMode.WHISPER);
    network.monitor(caller, "sim:ann", "sim:sue", MonitorMode.BARGE);
    assertThatThrownBy(() -> network.monitor(caller, "sim:bob", "sim:sue", MonitorMode.LISTEN))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("bob is not on the call");
    assertThatThrownBy(() -> network.monitor(caller, "sim:ann", "PJSIP/sue", MonitorMode.LISTEN))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("not a simulated desk phone");
    network.hold(caller);
    assertThatThrownBy(() -> network.monitor(caller, "sim:ann", "sim:sue", MonitorMode.LISTEN))
        .isInstanceOf(CallControlException.class);

    assertThat(call(caller).transcript())
        .extracting(SimulatedCall.Line::text)
        .containsSubsequence(
            "[sue listens in on ann]", "[sue whispers to ann]", "[sue barges in on ann]");
  }

  @Test
  void aSecondAgentJoinsAndTheFirstLeavesAWarmTransfer() {
    handler.answering(
        event ->
            event instanceof CallEvent.CallArrived
                ? List.of(new CallCommand.WaitForAgent(SimulatedNetworkTest.say("Please hold.")))
                : List.of());
    CallId caller =
        ((CallerResult.Placed) network.placeCall(Optional.of(CUSTOMER), UTILITY, Language.ENGLISH))
            .call();
    settle();
    network.connectAgent(caller, "sim:ann");
    network.hold(caller);

    network.addAgent(caller, "sim:bob");
    assertThatThrownBy(() -> network.addAgent(caller, "sim:bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("bob is already on the call");
    network.dropAgent(caller, "sim:ann");
    network.resume(caller);
    settle();

    SimulatedCall call = call(caller);
    assertThat(call.state()).isEqualTo(State.CONNECTED);
    assertThat(call.agent()).contains("bob");
    assertThat(call.transcript())
        .extracting(SimulatedCall.Line::text)
        .contains("[bob joined]", "[ann left; with bob now]", "[back with bob]");
    assertThat(handler.events(caller, CallEvent.AgentConnected.class)).hasSize(2);
  }

  @Test
  void theHeldCallerJoinsBothAgentsInAConferenceThenOneLeaves() {
    CallId caller =
        ((CallerResult.Placed) network.placeCall(Optional.of(CUSTOMER), UTILITY, Language.ENGLISH))
            .call();
    settle();
    network.connectAgent(caller, "sim:ann");
    network.hold(caller);
    assertThatThrownBy(() -> network.conference(caller, "sim:ann", "sim:bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("bob has not joined the call");
    network.addAgent(caller, "sim:bob");
    assertThatThrownBy(() -> network.conference(caller, "sim:bob", "sim:ann"))
        .hasMessageContaining("bob is not the agent with the caller");

    network.conference(caller, "sim:ann", "sim:bob");

    assertThat(call(caller).state()).isEqualTo(State.CONNECTED);
    assertThatThrownBy(() -> network.conference(caller, "sim:ann", "sim:bob"))
        .as("twice")
        .hasMessageContaining("only a caller on hold joins a conference");
    network.dropAgent(caller, "sim:ann");
    settle();
    SimulatedCall call = call(caller);
    assertThat(call.agent()).contains("bob");
    assertThat(call.transcript())
        .extracting(SimulatedCall.Line::text)
        .containsSubsequence(
            "[bob joined]", "[conference: the caller, ann and bob]", "[ann left; with bob now]");
  }

  @Test
  void theLastAgentLeavingPutsTheCallerBackToWaitingForTheNext() {
    CallId caller =
        ((CallerResult.Placed) network.placeCall(Optional.of(CUSTOMER), UTILITY, Language.ENGLISH))
            .call();
    settle();
    network.connectAgent(caller, "sim:ann");

    network.dropAgent(caller, "sim:ann");
    assertThat(call(caller).state()).isEqualTo(State.WAITING);
    assertThatThrownBy(() -> network.dropAgent(caller, "sim:ann"))
        .hasMessageContaining("ann is not on the call");

    network.connectAgent(caller, "sim:cal");
    assertThat(call(caller).agent()).contains("cal");
  }

  @Test
  void noOutboundCallBeforeCitylineIsAttached() {
    SimulatedNetwork detached = new SimulatedNetwork(clock, scheduler);
    assertThatThrownBy(() -> detached.originate(CUSTOMER, UTILITY, Language.ENGLISH))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("not connected to Cityline yet");
    detached.close();
  }
}
