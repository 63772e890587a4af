package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.routing.ContactCommandTest.after;
import static org.cityline.routing.ContactCommandTest.refusal;
import static org.cityline.routing.TestAgents.T0;

import java.util.Optional;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.Test;

/** The conference of three as pure commands: join a consult, leave it, and what it refuses. */
class ConferenceCommandTest {

  private static final AgentId ANN = new AgentId("ann");
  private static final AgentId BEA = new AgentId("bea");
  private static final AgentId CAL = new AgentId("cal");

  private final Contact connected =
      after(
          new ContactCommand.Accept(ANN, T0.plusSeconds(3))
              .applyTo(
                  after(
                      new ContactCommand.Offer(ANN, 1, T0, T0.plusSeconds(20))
                          .applyTo(
                              Contact.queued(
                                  Requests.billing("c1", T0), QueueDefinition.billing(), T0)))));

  private final Contact consulting =
      after(
          new ContactCommand.StartConsult(ANN, BEA, "Disputed bill", T0, T0.plusSeconds(30))
              .applyTo(connected));

  private final Contact consultTaken =
      after(new ContactCommand.AcceptConsult(BEA, T0.plusSeconds(5)).applyTo(consulting));

  private Contact conference() {
    return after(new ContactCommand.JoinConference(ANN, T0.plusSeconds(10)).applyTo(consultTaken));
  }

  @Test
  void theConsultingAgentBringsTheHeldCallerIntoTheConsult() {
    Contact conference = conference();

    assertThat(conference.state()).isEqualTo(ContactState.CONNECTED);
    assertThat(conference.inConference()).isTrue();
    assertThat(conference.agent()).contains(ANN);
    assertThat(conference.consult().map(Consult::agent)).contains(BEA);
    assertThat(conference.request().arrivedAt()).isEqualTo(T0);
    assertThat(conference.snapshot().inConference()).isTrue();
    assertThat(conference.snapshot().consultedAgent()).contains(BEA);
    assertThat(consultTaken.snapshot().inConference()).as("a consult holds the caller").isFalse();
  }

  @Test
  void aConferenceNeedsATakenConsultTheAgentWhoHasTheCallerAndHappensOnce() {
    assertThat(refusal(new ContactCommand.JoinConference(ANN, T0).applyTo(connected)))
        .isEqualTo("You are not consulting anyone about contact c1; start a warm transfer first.");
    assertThat(refusal(new ContactCommand.JoinConference(ANN, T0).applyTo(consulting)))
        .isEqualTo("bea has not taken the consult yet; wait or cancel it.");
    assertThat(refusal(new ContactCommand.JoinConference(BEA, T0).applyTo(consultTaken)))
        .isEqualTo("You are not on a call with contact c1.");
    assertThat(refusal(new ContactCommand.JoinConference(CAL, T0).applyTo(consultTaken)))
        .isEqualTo("You are not on a call with contact c1.");
    assertThat(refusal(new ContactCommand.JoinConference(ANN, T0).applyTo(conference())))
        .isEqualTo("Contact c1 is already in a conference.");
  }

  @Test
  void inAConferenceHoldCompleteAndCancelAreRefusedInFavourOfLeaving() {
    Contact conference = conference();

    assertThat(refusal(new ContactCommand.Hold(ANN, T0).applyTo(conference)))
        .isEqualTo("Contact c1 is in a conference; leave it instead of holding.");
    assertThat(refusal(new ContactCommand.CompleteTransfer(ANN, T0).applyTo(conference)))
        .isEqualTo("Contact c1 is in a conference; leave it instead.");
    assertThat(refusal(new ContactCommand.EndConsult(Optional.of(ANN), T0).applyTo(conference)))
        .isEqualTo("Contact c1 is in a conference; leave it instead.");
    assertThat(refusal(new ContactCommand.HangUp(ANN, T0).applyTo(conference)))
        .contains("Complete or cancel the transfer");
    assertThat(refusal(new ContactCommand.AcceptConsult(BEA, T0).applyTo(conference)))
        .contains("is not being transferred to you");
  }

  @Test
  void theFirstAgentLeavingHandsTheCallerOverAsAWarmTransfer() {
    Contact left =
        after(new ContactCommand.LeaveConference(ANN, T0.plusSeconds(90)).applyTo(conference()));

    assertThat(left.state()).isEqualTo(ContactState.CONNECTED);
    assertThat(left.agent()).contains(BEA);
    assertThat(left.consult()).isEmpty();
    assertThat(left.inConference()).isFalse();
    assertThat(left.connectedAt()).contains(T0.plusSeconds(90));
    assertThat(left.transfers()).isEqualTo(1);
    assertThat(left.notes()).extracting(ContactNote::text).containsExactly("Disputed bill");
    assertThat(left.request().arrivedAt()).isEqualTo(T0);
    assertThat(left.answeredAt()).isEqualTo(connected.answeredAt());
  }

  @Test
  void theConsultedAgentLeavingLeavesTheCallerWithTheFirst() {
    Contact left =
        after(new ContactCommand.LeaveConference(BEA, T0.plusSeconds(90)).applyTo(conference()));

    assertThat(left.state()).isEqualTo(ContactState.CONNECTED);
    assertThat(left.agent()).contains(ANN);
    assertThat(left.consult()).isEmpty();
    assertThat(left.transfers()).isZero();
    assertThat(left.notes()).isEmpty();
  }

  @Test
  void onlyAPartyMayLeaveAndOnlyAConference() {
    assertThat(refusal(new ContactCommand.LeaveConference(CAL, T0).applyTo(conference())))
        .isEqualTo("You are not in the conference on contact c1.");
    assertThat(refusal(new ContactCommand.LeaveConference(ANN, T0).applyTo(consultTaken)))
        .isEqualTo("Contact c1 is not in a conference.");
    Contact left = after(new ContactCommand.LeaveConference(BEA, T0).applyTo(conference()));
    assertThat(refusal(new ContactCommand.LeaveConference(BEA, T0).applyTo(left)))
        .as("twice")
        .isEqualTo("Contact c1 is not in a conference.");
  }

  @Test
  void theCallerHangingUpEndsTheConferenceIntoWrapUp() {
    Contact ended =
        after(
            new ContactCommand.CallEnded(
                    new CallId("sim", "call-c1"), EndReason.CALLER_HUNG_UP, T0.plusSeconds(60))
                .applyTo(conference()));

    assertThat(ended.state()).isEqualTo(ContactState.WRAP_UP);
    assertThat(ended.consult()).isEmpty();
    assertThat(ended.agent()).contains(ANN);
  }

  @Test
  void splittingAConferenceHoldsTheCallerAgainWithTheConsultGoingOn() {
    Contact split = after(new ContactCommand.SplitConference(ANN, T0).applyTo(conference()));

    assertThat(split.agent()).contains(ANN);
    assertThat(split.state()).isEqualTo(ContactState.ON_HOLD);
    assertThat(split.consult().map(Consult::accepted)).contains(true);
    assertThat(refusal(new ContactCommand.SplitConference(ANN, T0).applyTo(consultTaken)))
        .isEqualTo("Contact c1 is not in a conference of yours.");
  }
}
