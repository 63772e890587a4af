package org.cityline.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.common.call.MonitorMode;
import org.cityline.routing.AgentId;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.twilio.fake.FakeTwilio;
import org.cityline.telephony.twilio.fake.FakeTwilio.RestRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conferences through the SDK: blind and warm transfers, supervisors listening, whispering and
 * barging in, an agent hanging up, refusals, and two nodes answering one call's webhooks.
 */
class TwilioCallControlTest {

  private ScriptedLine line;
  private TwilioRig rig;
  private FakeTwilio twilio;

  @BeforeEach
  void start() {
    line = new ScriptedLine(TwilioRig.settings());
    rig = line.rig;
    twilio = rig.twilio;
  }

  @AfterEach
  void stop() {
    line.close();
  }

  @Test
  void aBlindTransferPutsTheCallerBackOnMusicUntilTheNextAgentAnswers() {
    CallId call = withAlice();

    rig.network.dropAgent(call, "client:alice");
    rig.settle();

    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.WAITING);
    assertThat(lastUpdateOf(call.localId()).params().get("Twiml"))
        .contains("<Gather")
        .contains("loop=\"0\"");
    assertThat(completedLegs()).hasSize(1);

    rig.network.connectAgent(call, "client:bob");
    rig.settle();
    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.CONFERENCE);
    assertThat(connected(call)).containsExactly("client:alice", "client:bob");
  }

  @Test
  void aWarmTransferBringsTheSecondAgentInAndTheFirstLeavesTheCallerWithThem() {
    CallId call = withAlice();
    rig.network.hold(call);
    rig.settle();
    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.HELD);

    rig.network.addAgent(call, "client:bob");
    rig.settle();
    assertThat(connected(call)).containsExactly("client:alice", "client:bob");
    assertThat(participants().getLast().params()).containsEntry("To", "client:bob");

    rig.network.resume(call);
    rig.settle();
    rig.network.dropAgent(call, "client:alice");
    rig.settle();

    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.CONFERENCE);
    assertThat(completedLegs()).hasSize(1);
    assertThat(line.routing.callEvents()).noneMatch(CallEvent.CallEnded.class::isInstance);
  }

  @Test
  void supervisorsListenMutedWhisperAsCoachesAndBargeInUnmuted() {
    CallId call = withAlice();
    String aliceLeg = participants().getFirst().path();
    String aliceSid =
        rig.network.store.get(call.localId()).orElseThrow().agentsUp().getFirst().callSid();

    rig.network.monitor(call, "client:alice", "client:sam", MonitorMode.LISTEN);
    rig.network.monitor(call, "client:alice", "+15055550199", MonitorMode.WHISPER);
    rig.network.monitor(call, "client:alice", "client:sue", MonitorMode.BARGE);
    rig.settle();

    List<RestRequest> legs = participants();
    assertThat(aliceLeg).contains("/Participants.json");
    assertThat(legs.get(1).params())
        .containsEntry("To", "client:sam")
        .containsEntry("Muted", "true");
    assertThat(legs.get(2).params())
        .containsEntry("To", "+15055550199")
        .containsEntry("Coaching", "true")
        .containsEntry("CallSidToCoach", aliceSid);
    assertThat(legs.get(3).params())
        .containsEntry("To", "client:sue")
        .containsEntry("Muted", "false");
    assertThat(connected(call)).containsExactly("client:alice");
  }

  @Test
  void aKeyPressedAsTheAgentAnsweredKeepsTheCallerInTheConference() {
    CallId call = withAlice();
    Map<String, String> late = twilio.callParams(call.localId(), "in-progress");
    late.put("Digits", "5");
    int eventsBefore = line.ivr.events(call).size();

    FakeTwilio.Answer answer = twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=2", late);

    assertThat(answer.body()).contains("<Conference").doesNotContain("<Hangup");
    assertThat(line.ivr.events(call)).hasSize(eventsBefore);
  }

  @Test
  void anAgentHangingUpEndsTheCallerToo() {
    CallId call = withAlice();
    String aliceSid =
        rig.network.store.get(call.localId()).orElseThrow().agentsUp().getFirst().callSid();

    Map<String, String> done = twilio.callParams(call.localId(), "completed");
    done.put("CallSid", aliceSid);
    twilio.post(TwilioRig.PUBLIC_BASE + "/agent-status?call=" + call.localId(), done);
    rig.settle();

    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.ENDED);
    assertThat(line.routing.callEvents())
        .anyMatch(
            e ->
                e instanceof CallEvent.CallEnded ended
                    && ended.reason() == CallEvent.EndReason.HUNG_UP_BY_CITYLINE);
  }

  @Test
  void badControlRequestsAreRefusedClearly() {
    CallId waiting = waiting();
    CallId unknown = new CallId("twilio", twilio.newSid("CA"));

    assertThatThrownBy(() -> rig.network.hold(unknown))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("no such call");
    assertThatThrownBy(() -> rig.network.hold(new CallId("sim", "x-1")))
        .hasMessageContaining("no such call");
    assertThatThrownBy(() -> rig.network.hold(waiting)).hasMessageContaining("no agent connected");
    assertThatThrownBy(() -> rig.network.connectAgent(waiting, "PJSIP/alice"))
        .hasMessageContaining("client:<identity> or a phone number");
    assertThatThrownBy(() -> rig.network.addAgent(waiting, "client:bob"))
        .hasMessageContaining("only a call with an agent");
    assertThatThrownBy(() -> rig.network.dropAgent(waiting, "client:bob"))
        .hasMessageContaining("not an agent on this call");
    assertThatThrownBy(
            () -> rig.network.monitor(waiting, "client:alice", "client:sam", MonitorMode.LISTEN))
        .hasMessageContaining("no agent to listen in on");
    assertThat(twilio.requests()).isEmpty();
  }

  @Test
  void anyNodeAnswersAnyWebhookOfACall() {
    TwilioRig other =
        new TwilioRig(
            new CallDirector(line.ivr, line.routing),
            line.clock,
            line.scheduler,
            TwilioRig.settings(),
            Duration.ofSeconds(2),
            TwilioRig.member(1),
            rig.mapName);
    try {
      String sid = twilio.placeCall("+15055550123", TwilioRig.UTILITY); // node one
      rig.settle();
      Map<String, String> keys = twilio.callParams(sid, "in-progress");
      keys.put("Digits", "2");

      FakeTwilio.Answer onTwo =
          twilio.postTo(other.localBase(), TwilioRig.PUBLIC_BASE + "/gather?step=1", keys);
      FakeTwilio.Answer retriedOnOne =
          twilio.postTo(rig.localBase(), TwilioRig.PUBLIC_BASE + "/gather?step=1", keys);

      assertThat(onTwo.body()).contains("Please enter your account number");
      assertThat(retriedOnOne.body()).isEqualTo(onTwo.body());
      assertThat(line.ivr.events(new CallId("twilio", sid))).hasSize(2);
    } finally {
      other.close();
    }
  }

  @Test
  void aConferenceTakesTheCallerOffHoldWithBothAgentsKeptThenEitherLeaves() {
    CallId call = withAlice();
    assertThatThrownBy(() -> rig.network.conference(call, "client:alice", "client:bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("the call is with_agent");
    rig.network.hold(call);
    rig.settle();
    rig.network.addAgent(call, "client:bob");
    rig.settle();
    assertThatThrownBy(() -> rig.network.conference(call, "client:alice", "client:carol"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("client:carol is not an agent on this call");
    int before = twilio.requests().size();

    rig.network.conference(call, "client:alice", "client:bob");
    rig.settle();

    List<RestRequest> sent = twilio.requests().subList(before, twilio.requests().size());
    assertThat(sent)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.path()).endsWith("/Participants/" + call.localId() + ".json");
              assertThat(r.params()).containsEntry("Hold", "false");
            });
    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.CONFERENCE);
    assertThat(completedLegs()).isEmpty();
    assertThatThrownBy(() -> rig.network.conference(call, "client:alice", "client:bob"))
        .as("twice")
        .hasMessageContaining("the call is with_agent");

    rig.network.dropAgent(call, "client:bob");
    rig.settle();
    assertThat(completedLegs()).hasSize(1);
    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.CONFERENCE);
  }

  // ---- helpers ----

  private CallId waiting() {
    String sid = twilio.placeCall("+15055550123", TwilioRig.UTILITY);
    rig.settle();
    twilio.press(sid, "0");
    rig.settle();
    return new CallId("twilio", sid);
  }

  private CallId withAlice() {
    CallId call = waiting();
    line.routing.accept(new AgentId("alice"), line.routing.contactForCall(call).orElseThrow().id());
    rig.settle();
    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.CONFERENCE);
    return call;
  }

  private List<String> connected(CallId call) {
    return line.routing.callEvents().stream()
        .filter(e -> e instanceof CallEvent.AgentConnected c && c.callId().equals(call))
        .map(e -> ((CallEvent.AgentConnected) e).agentEndpoint())
        .toList();
  }

  private List<RestRequest> participants() {
    return twilio.requests().stream().filter(r -> r.path().endsWith("/Participants.json")).toList();
  }

  private RestRequest lastUpdateOf(String sid) {
    return twilio.requests().stream()
        .filter(r -> r.path().endsWith("/Calls/" + sid + ".json"))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private List<RestRequest> completedLegs() {
    return twilio.requests().stream()
        .filter(r -> "completed".equals(r.params().get("Status")))
        .toList();
  }
}
