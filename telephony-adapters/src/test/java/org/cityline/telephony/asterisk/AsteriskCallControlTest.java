package org.cityline.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.common.call.MonitorMode;
import org.cityline.routing.AgentId;
import org.cityline.telephony.asterisk.fake.AmiAction;
import org.cityline.telephony.asterisk.fake.FakeChannel;
import org.cityline.telephony.contract.CallerLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Callbacks placed through the PBX, blind and warm transfers, a conference of three, listen-in. */
class AsteriskCallControlTest {

  private static final PhoneNumber CUSTOMER = PhoneNumber.of("+15055550123");
  private static final PhoneNumber UTILITY = PhoneNumber.of("+15055550100");

  private final AsteriskScene scene = new AsteriskScene();

  @AfterEach
  void stop() {
    scene.close();
  }

  @Test
  void anAnsweredCallbackWaitsWithMusicAndIsBridgedToItsAgent() {
    CallId callback = scene.rig.network.originate(CUSTOMER, UTILITY, Language.SPANISH);
    scene.phone.settle();

    AmiAction originate =
        scene.rig.ami.actions().stream().filter(a -> a.is("Originate")).findFirst().orElseThrow();
    assertThat(originate.get("Channel")).contains("PJSIP/15055550123@utility-trunk");
    assertThat(originate.get("ChannelId")).contains(callback.localId());
    assertThat(originate.get("Context")).contains("cityline-callback");
    assertThat(originate.all("Variable")).contains("CHANNEL(language)=es");
    assertThat(scene.routing.callEvents())
        .filteredOn(e -> e.callId().equals(callback))
        .singleElement()
        .isInstanceOf(CallEvent.CallAnswered.class);
    assertThat(scene.rig.pbx.state(callback.localId()))
        .isEqualTo(FakeChannel.State.CALLBACK_WAITING);

    scene.rig.network.connectAgent(callback, "PJSIP/alice");
    scene.phone.settle();
    assertThat(scene.phone.line(callback)).isEqualTo(CallerLine.WITH_AGENT);

    scene.rig.network.monitor(callback, "PJSIP/alice", "PJSIP/sam", MonitorMode.WHISPER);
    scene.phone.settle();
    AmiAction spy =
        scene.rig.ami.actions().stream()
            .filter(a -> a.is("Originate") && a.get("Application").isPresent())
            .findFirst()
            .orElseThrow();
    assertThat(spy.get("Channel")).contains("PJSIP/sam");
    assertThat(spy.get("Application")).contains("ChanSpy");
    assertThat(spy.get("Data").orElseThrow()).startsWith("PJSIP/alice-").endsWith(",qw");

    scene.rig.network.hangup(callback);
    scene.phone.settle();
    assertThat(scene.phone.line(callback)).isEqualTo(CallerLine.ENDED);
    assertThat(scene.routing.callEvents())
        .filteredOn(e -> e instanceof CallEvent.CallEnded ended && ended.callId().equals(callback))
        .extracting(e -> ((CallEvent.CallEnded) e).reason())
        .containsExactly(EndReason.HUNG_UP_BY_CITYLINE);
  }

  @Test
  void anUnansweredCallbackEndsNotAnswered() {
    scene.rig.pbx.deskPhoneDoesNotAnswer("PJSIP/15055550123@utility-trunk");

    CallId callback = scene.rig.network.originate(CUSTOMER, UTILITY, Language.ENGLISH);
    scene.phone.settle();

    assertThat(scene.routing.callEvents())
        .filteredOn(e -> e.callId().equals(callback))
        .singleElement()
        .satisfies(
            e -> assertThat(((CallEvent.CallEnded) e).reason()).isEqualTo(EndReason.NOT_ANSWERED));
    assertThat(scene.rig.network.health().liveCalls()).isZero();
  }

  @Test
  void aBlindTransferDropsTheAgentAndBridgesTheNextOne() {
    CallId call = scene.dial();
    scene.press(call, "0");
    scene.routing.accept(
        new AgentId("alice"), scene.routing.contactForCall(call).orElseThrow().id());
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);

    assertThatThrownBy(() -> scene.rig.network.dropAgent(call, "PJSIP/bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("not the agent on this call");
    scene.rig.network.dropAgent(call, "PJSIP/alice");
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.ON_HOLD); // music in cityline-hold
    assertThat(scene.rig.pbx.liveChannels()).noneMatch(name -> name.startsWith("PJSIP/alice"));
    assertThat(scene.routing.callEvents()).noneMatch(CallEvent.CallEnded.class::isInstance);

    scene.rig.network.connectAgent(call, "PJSIP/bob");
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);
    assertThat(scene.routing.callEvents())
        .filteredOn(CallEvent.AgentConnected.class::isInstance)
        .extracting(e -> ((CallEvent.AgentConnected) e).agentEndpoint())
        .containsExactly("PJSIP/alice", "PJSIP/bob");
  }

  @Test
  void aWarmTransferConsultsWithTheCallerHeldThenHandsTheCallOver() {
    CallId call = scene.dial();
    scene.press(call, "0");
    scene.routing.accept(
        new AgentId("alice"), scene.routing.contactForCall(call).orElseThrow().id());
    scene.phone.settle();

    scene.rig.network.addAgent(call, "PJSIP/bob");
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.ON_HOLD); // alice and bob consult
    assertThat(scene.rig.pbx.states("PJSIP/alice-", "PJSIP/bob-"))
        .containsOnly(FakeChannel.State.CONFERENCE);
    assertThatThrownBy(() -> scene.rig.network.addAgent(call, "PJSIP/bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("already on the call");

    scene.rig.network.resume(call); // a conference of three
    scene.phone.settle();
    assertThat(scene.rig.pbx.state(call.localId())).isEqualTo(FakeChannel.State.CONFERENCE);

    scene.rig.network.dropAgent(call, "PJSIP/alice"); // the transfer completes
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);
    assertThat(scene.rig.pbx.liveChannels()).noneMatch(name -> name.startsWith("PJSIP/alice"));

    scene.rig.network.hold(call);
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.ON_HOLD);
    scene.rig.network.resume(call);
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);

    scene.rig.network.hangup(call);
    scene.phone.settle();
    assertThat(scene.rig.pbx.liveChannels()).isEmpty();
    assertThat(scene.routing.callEvents())
        .filteredOn(CallEvent.AgentConnected.class::isInstance)
        .extracting(e -> ((CallEvent.AgentConnected) e).agentEndpoint())
        .containsExactly("PJSIP/alice", "PJSIP/bob");
  }

  @Test
  void aConferenceBringsTheHeldCallerIntoTheAgentsConfBridgeThenEitherAgentLeaves() {
    CallId call = scene.dial();
    scene.press(call, "0");
    scene.routing.accept(
        new AgentId("alice"), scene.routing.contactForCall(call).orElseThrow().id());
    scene.phone.settle();
    assertThatThrownBy(() -> scene.rig.network.conference(call, "PJSIP/alice", "PJSIP/bob"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("the call is with_agent");
    scene.rig.network.addAgent(call, "PJSIP/bob");
    scene.phone.settle();
    assertThatThrownBy(() -> scene.rig.network.conference(call, "PJSIP/bob", "PJSIP/alice"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("PJSIP/bob is not the agent on this call");
    assertThatThrownBy(() -> scene.rig.network.conference(call, "PJSIP/alice", "PJSIP/carol"))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("PJSIP/carol has not joined the call");
    int before = scene.rig.ami.actions().size();

    scene.rig.network.conference(call, "PJSIP/alice", "PJSIP/bob");
    scene.phone.settle();

    AmiAction redirect =
        scene.rig.ami.actions().subList(before, scene.rig.ami.actions().size()).stream()
            .filter(a -> a.is("Redirect"))
            .findFirst()
            .orElseThrow();
    assertThat(redirect.get("Context")).contains("cityline-conference");
    assertThat(redirect.get("ExtraChannel")).isEmpty();
    assertThat(scene.rig.pbx.state(call.localId())).isEqualTo(FakeChannel.State.CONFERENCE);
    assertThat(scene.rig.pbx.states("PJSIP/alice-", "PJSIP/bob-"))
        .containsOnly(FakeChannel.State.CONFERENCE);
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);
    assertThatThrownBy(() -> scene.rig.network.conference(call, "PJSIP/alice", "PJSIP/bob"))
        .as("twice")
        .hasMessageContaining("the call is with_agent");

    scene.rig.network.dropAgent(call, "PJSIP/bob"); // the specialist leaves; alice keeps the caller
    scene.phone.settle();
    assertThat(scene.rig.pbx.liveChannels()).noneMatch(name -> name.startsWith("PJSIP/bob"));
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);
    assertThat(scene.routing.callEvents()).noneMatch(CallEvent.CallEnded.class::isInstance);
  }

  @Test
  void listeningInNeedsAnAgentOnTheCall() {
    CallId call = scene.dial();
    scene.press(call, "0");

    assertThatThrownBy(() -> scene.rig.network.listenIn(call, "PJSIP/sam", 'l'))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("no agent to listen in on");

    scene.routing.accept(
        new AgentId("alice"), scene.routing.contactForCall(call).orElseThrow().id());
    scene.phone.settle();
    assertThatThrownBy(() -> scene.rig.network.listenIn(call, "sam", 'l'))
        .isInstanceOf(CallControlException.class)
        .hasMessageContaining("PJSIP/<endpoint>");
  }
}
