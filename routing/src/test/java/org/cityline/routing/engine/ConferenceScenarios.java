package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.cityline.accounts.WrapUp;
import org.cityline.common.call.CallEvent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.TransferTarget;
import org.cityline.routing.TransferTarget.Mode;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.Test;

/**
 * A consult turned into a conference of three: both agents stay on the contact, either may leave,
 * the caller hanging up ends it for both; stale or wrong requests change nothing. Run over the
 * in-memory stores ({@link InMemoryConferenceTest}) and a real two-member Hazelcast cluster ({@link
 * HazelcastConferenceTest}).
 */
abstract class ConferenceScenarios extends Scenario {

  ConferenceScenarios(RoutingHarness.Stores stores) {
    super(stores, QueueDirectory.defaults());
  }

  private AgentId ann;
  private AgentId bob;

  /** Ann talks to c1 and consults Bob, who has answered; the caller is on hold. */
  private void consulting() {
    ann = rep("ann");
    enqueue("c1", "billing");
    connect(ann, "c1");
    bob = rep("bob");
    pass(Duration.ofSeconds(30));
    done(
        routing.router.transfer(
            ann, id("c1"), new TransferTarget.Agent(bob), Mode.WARM, "Disputed deposit."));
    connect(bob, "c1");
  }

  private void conferencing() {
    consulting();
    done(routing.router.conference(ann, id("c1")));
  }

  @Test
  void theConsultingAgentJoinsTheCallerWithBothAgentsOnTheirOwnLines() {
    consulting();
    var arrived = contact("c1").arrivedAt();

    done(routing.router.conference(ann, id("c1")));

    ContactSnapshot c1 = contact("c1");
    assertThat(c1.state()).isEqualTo(ContactState.CONNECTED);
    assertThat(c1.inConference()).isTrue();
    assertThat(c1.agent()).contains(ann);
    assertThat(c1.consultedAgent()).contains(bob);
    assertThat(c1.arrivedAt()).isEqualTo(arrived);
    assertThat(c1.trail()).isNotEmpty();
    assertThat(state(ann)).isEqualTo(AgentState.ON_CALL);
    assertThat(state(bob)).isEqualTo(AgentState.ON_CALL);
    assertThat(agent(ann).contacts()).hasSize(1);
    assertThat(agent(bob).contacts()).singleElement().matches(ContactSnapshot::inConference);
    assertThat(routing.calls().requests()).endsWith("conference sim/call-c1 sim:ann sim:bob");
  }

  @Test
  void theFirstAgentLeavingHandsTheCallerOverAsAWarmTransferAndWrapsUp() {
    conferencing();
    pass(Duration.ofSeconds(60));

    done(routing.router.leaveConference(ann, id("c1")));

    assertThat(with("c1")).isEqualTo(bob);
    assertThat(contact("c1").inConference()).isFalse();
    assertThat(state("c1")).isEqualTo(ContactState.CONNECTED);
    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);
    assertThat(state(bob)).isEqualTo(AgentState.ON_CALL);
    assertThat(contact("c1").notes())
        .extracting(n -> n.text())
        .containsExactly("Disputed deposit.");
    assertThat(routing.calls().requests()).endsWith("drop sim/call-c1 sim:ann");

    done(routing.router.finishWrapUp(ann, id("c1"), "transferred", "Bob has it."));
    finish(bob, "c1");
    assertThat(outcome("c1")).isEqualTo("answered");
    assertThat(routing.history().ended().get(id("c1")).agent()).contains("bob");
    assertThat(routing.history().wrapUps())
        .extracting(WrapUp::agent)
        .containsExactlyInAnyOrder("ann", "bob");
    assertThat(agent(ann).statistics().handled()).as("as after a warm transfer").isEqualTo(1);
    assertThat(agent(bob).statistics().handled()).isEqualTo(1);
  }

  @Test
  void theConsultedAgentLeavingLeavesTheCallerWithTheFirstAndWrapsUp() {
    conferencing();

    done(routing.router.leaveConference(bob, id("c1")));

    assertThat(with("c1")).isEqualTo(ann);
    assertThat(contact("c1").consultedAgent()).isEmpty();
    assertThat(state(ann)).isEqualTo(AgentState.ON_CALL);
    assertThat(state(bob)).isEqualTo(AgentState.WRAP_UP);
    assertThat(routing.calls().requests()).endsWith("drop sim/call-c1 sim:bob");

    done(routing.router.finishWrapUp(bob, id("c1"), "other", "Advised on the deposit."));
    assertThat(state(bob)).isEqualTo(AgentState.AVAILABLE);
    assertThat(agent(bob).statistics().handled()).as("a consult is not a contact handled").isZero();
    finish(ann, "c1");
    assertThat(routing.history().ended().get(id("c1")).agent()).contains("ann");
    assertThat(routing.history().wrapUps())
        .extracting(WrapUp::agent)
        .containsExactlyInAnyOrder("ann", "bob");
  }

  @Test
  void hangingUpInAConferenceLeavesIt() {
    conferencing();

    done(routing.router.hangUp(bob, id("c1")));
    assertThat(state(bob)).isEqualTo(AgentState.WRAP_UP);
    assertThat(with("c1")).isEqualTo(ann);
    assertThat(state("c1")).isEqualTo(ContactState.CONNECTED);

    done(routing.router.hangUp(ann, id("c1")));
    assertThat(state("c1")).isEqualTo(ContactState.WRAP_UP);
  }

  @Test
  void theCallerHangingUpEndsTheConferenceForBothAgents() {
    conferencing();

    callerHangsUp("c1");

    assertThat(state("c1")).isEqualTo(ContactState.WRAP_UP);
    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);
    assertThat(state(bob)).isEqualTo(AgentState.WRAP_UP);
    done(routing.router.finishWrapUp(bob, id("c1"), "other", "Caller hung up."));
    done(routing.router.finishWrapUp(ann, id("c1"), "billing-question", "Caller hung up."));
    assertThat(outcome("c1")).isEqualTo("answered");
    assertThat(routing.history().wrapUps())
        .extracting(WrapUp::agent)
        .containsExactlyInAnyOrder("ann", "bob");
    assertThat(state(ann)).isEqualTo(AgentState.AVAILABLE);
    assertThat(state(bob)).isEqualTo(AgentState.AVAILABLE);
  }

  @Test
  void aWrapUpLeftOpenAfterAConferenceClosesAtItsDeadline() {
    conferencing();
    done(routing.router.leaveConference(bob, id("c1")));

    pass(Duration.ofSeconds(61));

    assertThat(state(bob)).isEqualTo(AgentState.AVAILABLE);
    assertThat(routing.history().wrapUps())
        .extracting(WrapUp::agent, WrapUp::disposition)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", WrapUps.TIMED_OUT));
    assertThat(with("c1")).isEqualTo(ann);
  }

  @Test
  void staleOrWrongRequestsAreRefusedAndChangeNothing() {
    ann = rep("ann");
    enqueue("c1", "billing");
    connect(ann, "c1");
    bob = rep("bob");
    AgentId cal = rep("cal");
    refused(
        routing.router.conference(ann, id("c1")),
        "You are not consulting anyone about contact c1; start a warm transfer first.");
    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.WARM, ""));
    refused(
        routing.router.conference(ann, id("c1")),
        "bob has not taken the consult yet; wait or cancel it.");
    connect(bob, "c1");
    ContactSnapshot before = contact("c1");
    var requests = routing.calls().requests();

    refused(routing.router.conference(bob, id("c1")), "You are not on a call with contact c1.");
    refused(routing.router.conference(cal, id("c1")), "You are not on a call with contact c1.");
    refused(routing.router.leaveConference(ann, id("c1")), "Contact c1 is not in a conference.");
    refused(routing.router.conference(ann, id("nobody")), "There is no live contact nobody.");
    assertThat(contact("c1")).isEqualTo(before);
    assertThat(routing.calls().requests()).isEqualTo(requests);

    done(routing.router.conference(ann, id("c1")));
    ContactSnapshot conference = contact("c1");
    refused(routing.router.conference(ann, id("c1")), "Contact c1 is already in a conference.");
    refused(
        routing.router.leaveConference(cal, id("c1")),
        "You are not in the conference on contact c1.");
    refused(
        routing.router.hold(ann, id("c1")),
        "Contact c1 is in a conference; leave it instead of holding.");
    refused(
        routing.router.completeTransfer(ann, id("c1")),
        "Contact c1 is in a conference; leave it instead.");
    refused(
        routing.router.cancelTransfer(ann, id("c1")),
        "Contact c1 is in a conference; leave it instead.");
    assertThat(contact("c1")).isEqualTo(conference);
    assertThat(state(ann)).isEqualTo(AgentState.ON_CALL);
    assertThat(state(cal)).isEqualTo(AgentState.AVAILABLE);

    done(routing.router.leaveConference(bob, id("c1")));
    refused(routing.router.leaveConference(bob, id("c1")), "Contact c1 is not in a conference.");
    assertThat(state(bob)).isEqualTo(AgentState.WRAP_UP);
  }

  @Test
  void whenThePhoneSystemCannotJoinThemTheConsultGoesOnUnchanged() {
    consulting();
    routing.calls().failNext("conference");

    refused(
        routing.router.conference(ann, id("c1")),
        "The phone system could not join the three of you; the caller stays on hold.");

    assertThat(state("c1")).isEqualTo(ContactState.ON_HOLD);
    assertThat(contact("c1").consultedAgent()).contains(bob);
    assertThat(state(ann)).isEqualTo(AgentState.ON_HOLD);
    assertThat(state(bob)).isEqualTo(AgentState.ON_CALL);
    done(routing.router.completeTransfer(ann, id("c1")));
    assertThat(with("c1")).isEqualTo(bob);
  }

  @Test
  void anAgentTalkingOnAnotherLineMustHoldThatCallerFirstAndNoLineIsAdded() {
    ann = agent("ann", Map.of("billing", 1), 2);
    enqueue("c1", "billing");
    connect(ann, "c1");
    bob = rep("bob");
    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.WARM, ""));
    connect(bob, "c1");
    enqueue("c2", "billing");
    connect(ann, "c2"); // the caller of c1 is on hold, so Ann takes another

    refused(routing.router.conference(ann, id("c1")), "Put your other caller on hold first.");
    assertThat(state("c1")).isEqualTo(ContactState.ON_HOLD);
    assertThat(contact("c1").inConference()).isFalse();

    done(routing.router.hold(ann, id("c2")));
    done(routing.router.conference(ann, id("c1")));
    assertThat(agent(ann).contacts()).hasSize(2);
    assertThat(agent(bob).contacts()).hasSize(1);
    enqueue("c3", "billing");
    assertThat(contact("c3").state())
        .as("nobody talking is offered more")
        .isEqualTo(ContactState.QUEUED);
  }

  @Test
  void anAgentsPhoneFailingInAConferenceTakesThemOutOfIt() {
    conferencing();

    routing.router.onCallEvent(
        new CallEvent.AgentLegFailed(call("c1"), "sim:ann", "network lost", now()));

    assertThat(with("c1")).isEqualTo(bob);
    assertThat(contact("c1").inConference()).isFalse();
    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);
    assertThat(state(bob)).isEqualTo(AgentState.ON_CALL);
  }
}
