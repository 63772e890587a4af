package org.cityline.telephony.asterisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactSnapshot;
import org.cityline.telephony.asterisk.ami.ManagerLink;
import org.cityline.telephony.contract.CallerLine;
import org.cityline.telephony.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PBX drops AMI, restarts, or loses a call while Cityline is not listening: the link
 * reconnects, resynchronises with CoreShowChannels, and no contact is left stuck.
 */
class AsteriskResilienceTest {

  private final AsteriskScene scene = new AsteriskScene();

  @AfterEach
  void stop() {
    scene.close();
  }

  @Test
  void afterADropTheLinkReconnectsAndLiveCallsCarryOn() {
    CallId call = scene.dial();
    scene.press(call, "0");
    ContactSnapshot contact = scene.routing.contactForCall(call).orElseThrow();

    scene.rig.ami.dropConnections();
    await().atMost(Duration.ofSeconds(10)).until(() -> scene.rig.ami.loggedIn() == 1);
    scene.rig.awaitAmi();
    scene.phone.settle();

    assertThat(scene.ivr.hasSession(call)).isTrue();
    assertThat(scene.routing.accept(new AgentId("alice"), contact.id()).done()).isTrue();
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);
    assertThat(scene.rig.ami.actions().stream().filter(a -> a.is("CoreShowChannels")).count())
        .isEqualTo(2);
  }

  @Test
  void aCallThatVanishedWhileDisconnectedEndsAsLostAndItsContactIsNotStuck() {
    CallId call = scene.dial();
    scene.press(call, "0");
    ContactSnapshot contact = scene.routing.contactForCall(call).orElseThrow();
    scene.routing.accept(new AgentId("alice"), contact.id());
    scene.phone.settle();
    assertThat(scene.phone.line(call)).isEqualTo(CallerLine.WITH_AGENT);

    try (LogCapture log = new LogCapture()) {
      scene.rig.pbx.hangUpSilently(call.localId()); // its Hangup event is lost with the link
      scene.rig.ami.dropConnections();
      await().atMost(Duration.ofSeconds(10)).until(() -> scene.rig.ami.loggedIn() == 1);
      scene.rig.awaitAmi();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  scene.routing.callEvents().stream()
                      .anyMatch(CallEvent.CallEnded.class::isInstance));
      scene.phone.settle();

      assertThat(scene.routing.callEvents())
          .filteredOn(CallEvent.CallEnded.class::isInstance)
          .extracting(e -> ((CallEvent.CallEnded) e).reason())
          .containsExactly(EndReason.LOST_BY_NETWORK);
      assertThat(scene.routing.outcome(contact.id())).contains(ContactOutcome.ANSWERED);
      assertThat(scene.ivr.hasSession(call)).isFalse();
      assertThat(log.text()).contains("vanished while AMI was disconnected: ended as lost");
      assertThat(scene.rig.network.health().liveCalls()).isZero();
    }
  }

  @Test
  void thePbxDroppingTheAgiConnectionMidCallEndsTheCallAndAbandonsTheWaitingContact() {
    CallId call = scene.dial();
    scene.press(call, "0");
    ContactSnapshot contact = scene.routing.contactForCall(call).orElseThrow();

    scene.rig.pbx.dropAgi(call.localId());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> scene.routing.outcome(contact.id()).isPresent());

    assertThat(scene.routing.outcome(contact.id())).contains(ContactOutcome.ABANDONED);
    assertThat(scene.ivr.hasSession(call)).isFalse();
    assertThat(scene.rig.network.health().liveCalls()).isZero();
  }

  @Test
  void callsCutByCitylineShuttingDownEndAsLost() {
    CallId call = scene.dial();
    scene.press(call, "0");
    ContactSnapshot contact = scene.routing.contactForCall(call).orElseThrow();

    scene.rig.network.close();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> scene.routing.outcome(contact.id()).isPresent());
    assertThat(scene.routing.callEvents())
        .filteredOn(CallEvent.CallEnded.class::isInstance)
        .extracting(e -> ((CallEvent.CallEnded) e).reason())
        .containsExactly(EndReason.LOST_BY_NETWORK);
  }

  @Test
  void healthShowsTheLinkDownWhileThePbxRefusesLogins() {
    assertThat(scene.rig.network.health().up()).isTrue();

    scene.rig.ami.refuseLogins(true);
    scene.rig.ami.dropConnections();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> scene.rig.network.health().ami() != ManagerLink.State.CONNECTED);
    assertThat(scene.rig.network.health().up()).isFalse();
    assertThat(scene.rig.network.health().agiListening()).isTrue();
  }
}
