package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.routing.TestAgents.T0;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.ContactCommand.ReturnToQueue.Why;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.Test;

class ContactCommandTest {

  private static final AgentId ANN = new AgentId("ann");
  private static final AgentId BEA = new AgentId("bea");
  private static final Instant RINGS_OUT = T0.plusSeconds(20);
  private static final CallId CALL = new CallId("sim", "call-c1");
  private static final PhoneNumber NUMBER = PhoneNumber.of("+15055550177");

  private final Contact queued =
      Contact.queued(Requests.billing("c1", T0), QueueDefinition.billing(), T0);

  static Contact after(Change<Contact> change) {
    assertThat(change).isInstanceOf(Change.Applied.class);
    return ((Change.Applied<Contact>) change).after();
  }

  static String refusal(Change<Contact> change) {
    assertThat(change).isInstanceOf(Change.Refused.class);
    return ((Change.Refused<Contact>) change).reason();
  }

  private Contact offered(Contact contact) {
    return after(new ContactCommand.Offer(ANN, contact.visit(), T0, RINGS_OUT).applyTo(contact));
  }

  private Contact connected() {
    return after(new ContactCommand.Accept(ANN, T0.plusSeconds(3)).applyTo(offered(queued)));
  }

  private Contact wrappingUp() {
    return after(new ContactCommand.HangUp(ANN, T0.plusSeconds(60)).applyTo(connected()));
  }

  @Test
  void aQueuedContactIsOfferedToOneAgentOnly() {
    Contact offered = offered(queued);

    assertThat(offered.state()).isEqualTo(ContactState.OFFERED);
    assertThat(offered.previousState()).isEqualTo(ContactState.QUEUED);
    assertThat(offered.agent()).hasValue(ANN);
    assertThat(offered.offerExpiresAt()).hasValue(RINGS_OUT);
    assertThat(refusal(new ContactCommand.Offer(BEA, 1, T0, RINGS_OUT).applyTo(offered)))
        .contains("no longer waiting");
  }

  @Test
  void anOfferForAnotherVisitIsStale() {
    assertThat(refusal(new ContactCommand.Offer(ANN, 2, T0, RINGS_OUT).applyTo(queued)))
        .contains("no longer waiting");
  }

  @Test
  void theQueuesPriorityAppliesWhenHigher() {
    QueueDefinition emergency = QueueDefinition.billing().toBuilder().priority(100).build();
    assertThat(Contact.queued(Requests.billing("e", T0), emergency, T0).priority()).isEqualTo(100);
    assertThat(queued.priority()).isZero();
  }

  @Test
  void onlyTheAgentOfferedMayAcceptAndOnlyBeforeItRingsOut() {
    assertThat(refusal(new ContactCommand.Accept(BEA, T0.plusSeconds(1)).applyTo(offered(queued))))
        .isEqualTo("Contact c1 is not being offered to you.");
    assertThat(refusal(new ContactCommand.Accept(ANN, RINGS_OUT).applyTo(offered(queued))))
        .isEqualTo("The offer of contact c1 has timed out.");

    Contact connected = connected();
    assertThat(connected.state()).isEqualTo(ContactState.CONNECTED);
    assertThat(connected.answeredAt()).hasValue(T0.plusSeconds(3));
    assertThat(connected.connectedAt()).hasValue(T0.plusSeconds(3));
  }

  @Test
  void aRejectedContactReturnsToItsPlaceAndIsNotOfferedToThatAgentAgain() {
    Contact back =
        after(
            new ContactCommand.ReturnToQueue(ANN, Why.REJECTED, T0.plusSeconds(2))
                .applyTo(offered(queued)));

    assertThat(back.state()).isEqualTo(ContactState.QUEUED);
    assertThat(back.visit()).isEqualTo(queued.visit() + 1);
    assertThat(back.waitingSince()).isEqualTo(T0);
    assertThat(back.declinedBy()).containsExactly(ANN);
    assertThat(refusal(new ContactCommand.Offer(ANN, back.visit(), T0, RINGS_OUT).applyTo(back)))
        .isEqualTo("ann has rejected contact c1");
  }

  @Test
  void anOfferRingsOutOnlyOnceItsTimeIsUp() {
    assertThat(
            refusal(
                new ContactCommand.ReturnToQueue(ANN, Why.RANG_OUT, T0.plusSeconds(19))
                    .applyTo(offered(queued))))
        .contains("has not rung out yet");
    assertThat(
            after(
                    new ContactCommand.ReturnToQueue(ANN, Why.RANG_OUT, RINGS_OUT)
                        .applyTo(offered(queued)))
                .state())
        .isEqualTo(ContactState.QUEUED);
  }

  @Test
  void aConnectFailureReturnsTheContactUntilItFailedTooOften() {
    Contact contact = connected();
    for (int failure = 1; failure < ContactCommand.MOST_CONNECT_FAILURES; failure++) {
      contact =
          after(new ContactCommand.ReturnToQueue(ANN, Why.CONNECT_FAILED, T0).applyTo(contact));
      assertThat(contact.state()).isEqualTo(ContactState.QUEUED);
      contact = after(new ContactCommand.Accept(ANN, T0.plusSeconds(1)).applyTo(offered(contact)));
    }
    Contact failed =
        after(new ContactCommand.ReturnToQueue(ANN, Why.CONNECT_FAILED, T0).applyTo(contact));

    assertThat(failed.outcome()).contains(ContactOutcome.FAILED);
    assertThat(failed.endReason()).hasValueSatisfying(r -> assertThat(r).contains("3 times"));
  }

  @Test
  void holdResumeAndHangUpNeedTheAgentOnTheCall() {
    assertThat(refusal(new ContactCommand.Hold(BEA, T0).applyTo(connected())))
        .isEqualTo("You are not talking to contact c1.");
    Contact held = after(new ContactCommand.Hold(ANN, T0).applyTo(connected()));
    assertThat(refusal(new ContactCommand.Hold(ANN, T0).applyTo(held)))
        .isEqualTo("The caller is already on hold.");
    assertThat(after(new ContactCommand.Resume(ANN, T0).applyTo(held)).state())
        .isEqualTo(ContactState.CONNECTED);
    assertThat(wrappingUp().state()).isEqualTo(ContactState.WRAP_UP);
  }

  @Test
  void aCallerWhoHangsUpWhileWaitingAbandonsAndANetworkLossFails() {
    Contact abandoned =
        after(new ContactCommand.CallEnded(CALL, EndReason.CALLER_HUNG_UP, T0).applyTo(queued));
    assertThat(abandoned.outcome()).contains(ContactOutcome.ABANDONED);

    Contact lost =
        after(
            new ContactCommand.CallEnded(CALL, EndReason.LOST_BY_NETWORK, T0)
                .applyTo(offered(queued)));
    assertThat(lost.outcome()).contains(ContactOutcome.FAILED);
    assertThat(lost.previousState()).isEqualTo(ContactState.OFFERED);
    assertThat(lost.agent()).contains(ANN);
  }

  @Test
  void aContactEndsExactlyOnce() {
    Contact ended =
        after(new ContactCommand.CallEnded(CALL, EndReason.CALLER_HUNG_UP, T0).applyTo(queued));

    assertThat(
            refusal(
                new ContactCommand.CallEnded(CALL, EndReason.CALLER_HUNG_UP, T0).applyTo(ended)))
        .contains("already ended");
    assertThat(refusal(new ContactCommand.Offer(ANN, ended.visit(), T0, RINGS_OUT).applyTo(ended)))
        .contains("no longer waiting");
  }

  @Test
  void theEndOfAnotherCallChangesNothing() {
    assertThat(
            refusal(
                new ContactCommand.CallEnded(
                        new CallId("sim", "other"), EndReason.CALLER_HUNG_UP, T0)
                    .applyTo(queued)))
        .contains("is not contact c1's call");
  }

  @Test
  void finishingWrapUpEndsTheContactAnswered() {
    Disposition disposition =
        new Disposition("billing-question", "Explained the bill.", T0.plusSeconds(90));
    Contact ended = after(new ContactCommand.FinishWrapUp(ANN, disposition).applyTo(wrappingUp()));

    assertThat(ended.outcome()).contains(ContactOutcome.ANSWERED);
    assertThat(ended.disposition()).contains(disposition);
    assertThat(refusal(new ContactCommand.FinishWrapUp(ANN, disposition).applyTo(ended)))
        .isEqualTo("Contact c1 is not in wrap-up with you.");
  }

  @Test
  void aCallbackKeepsItsPlaceWhenTheCallerHangsUp() {
    Contact callback = after(new ContactCommand.RequestCallback(NUMBER, T0).applyTo(queued));
    assertThat(refusal(new ContactCommand.RequestCallback(NUMBER, T0).applyTo(callback)))
        .isEqualTo("A callback to 0177 is already arranged.");

    Contact stillWaiting =
        after(new ContactCommand.CallEnded(CALL, EndReason.CALLER_HUNG_UP, T0).applyTo(callback));
    assertThat(stillWaiting.state()).isEqualTo(ContactState.QUEUED);
    assertThat(stillWaiting.waitingSince()).isEqualTo(T0);
  }

  @Test
  void aCallbackIsDialedAnsweredAndCompleted() {
    Contact callback = after(new ContactCommand.RequestCallback(NUMBER, T0).applyTo(queued));
    Contact dialing =
        after(new ContactCommand.Accept(ANN, T0.plusSeconds(2)).applyTo(offered(callback)));
    assertThat(dialing.callback().orElseThrow().dialing()).isTrue();
    assertThat(dialing.answeredAt()).isEmpty();
    assertThat(refusal(new ContactCommand.HangUp(ANN, T0).applyTo(dialing)))
        .contains("still ringing");

    CallId outbound = new CallId("sim", "out-1");
    Contact placed = after(new ContactCommand.CallbackDialed(ANN, outbound, T0).applyTo(dialing));
    Contact answered =
        after(new ContactCommand.CallbackAnswered(outbound, T0.plusSeconds(10)).applyTo(placed));
    assertThat(answered.answeredAt()).contains(T0.plusSeconds(10));
    assertThat(answered.callback().orElseThrow().attempts()).isEqualTo(1);

    Contact wrapping =
        after(
            new ContactCommand.CallEnded(outbound, EndReason.CALLER_HUNG_UP, T0).applyTo(answered));
    Contact done =
        after(
            new ContactCommand.FinishWrapUp(
                    ANN, new Disposition("callback-promised", "Called back.", T0))
                .applyTo(wrapping));
    assertThat(done.outcome()).contains(ContactOutcome.CALLBACK_COMPLETED);
  }

  @Test
  void anUnansweredCallbackWaitsForItsRetryThenFails() {
    Contact callback = after(new ContactCommand.RequestCallback(NUMBER, T0).applyTo(queued));
    Contact contact = callback;
    for (int attempt = 1; attempt <= 2; attempt++) {
      Instant due = contact.callback().orElseThrow().retryAt().orElse(T0);
      Contact ringing =
          after(
              new ContactCommand.Offer(ANN, contact.visit(), due, due.plusSeconds(20))
                  .applyTo(contact));
      Contact dialing = after(new ContactCommand.Accept(ANN, due).applyTo(ringing));
      contact =
          after(
              new ContactCommand.CallbackNotAnswered("no answer", due, due.plusSeconds(300), 3)
                  .applyTo(dialing));
      assertThat(contact.state()).isEqualTo(ContactState.QUEUED);
      assertThat(contact.call()).isEqualTo(CALL);
      assertThat(
              refusal(
                  new ContactCommand.Offer(BEA, contact.visit(), due.plusSeconds(299), RINGS_OUT)
                      .applyTo(contact)))
          .contains("not due yet");
    }
    Instant due = contact.callback().orElseThrow().retryAt().orElseThrow();
    Contact dialing =
        after(
            new ContactCommand.Accept(ANN, due)
                .applyTo(
                    after(
                        new ContactCommand.Offer(ANN, contact.visit(), due, due.plusSeconds(20))
                            .applyTo(contact))));
    Contact failed =
        after(new ContactCommand.CallbackNotAnswered("busy", T0, T0, 3).applyTo(dialing));
    assertThat(failed.outcome()).contains(ContactOutcome.FAILED);
    assertThat(failed.endReason()).contains("callback not answered after 3 calls (busy)");
  }

  @Test
  void anOverflowKeepsThePlaceAndStartsTheNewQueuesClock() {
    Contact overflowed =
        after(
            new ContactCommand.Overflow(
                    new QueueId("supervisors"), 0, queued.visit(), T0.plusSeconds(600))
                .applyTo(queued));

    assertThat(overflowed.queue()).isEqualTo(new QueueId("supervisors"));
    assertThat(overflowed.waitingSince()).isEqualTo(T0);
    assertThat(overflowed.queuedAt()).isEqualTo(T0.plusSeconds(600));
    assertThat(
            after(
                    new ContactCommand.OverflowOut("tel:+15055550199", overflowed.visit(), T0)
                        .applyTo(overflowed))
                .outcome())
        .contains(ContactOutcome.OVERFLOWED_OUT);
  }

  @Test
  void anAnswerIsMarkedCountedUntilTheContactJoinsAnotherQueue() {
    assertThat(queued.answerCounted()).isFalse();
    Contact connected = connected();
    assertThat(connected.answerCounted()).isTrue();

    Contact back =
        after(new ContactCommand.ReturnToQueue(ANN, Why.AGENT_LEG_FAILED, T0).applyTo(connected));
    assertThat(back.answerCounted()).as("back in the same queue").isTrue();
    Contact toBea =
        after(
            new ContactCommand.TransferToAgent(
                    ANN, BEA, Optional.empty(), T0.plusSeconds(9), T0.plusSeconds(29))
                .applyTo(connected));
    assertThat(toBea.answerCounted()).as("still in its queue").isTrue();
    assertThat(toBea.waitingSince()).isEqualTo(T0);
    assertThat(toBea.queuedAt()).isEqualTo(T0);
    Contact moved =
        after(
            new ContactCommand.TransferToQueue(
                    ANN, new QueueId("credit"), 0, Optional.empty(), T0.plusSeconds(9))
                .applyTo(connected));
    assertThat(moved.answerCounted()).as("a new queue counts its own answer").isFalse();
    assertThat(
            after(
                    new ContactCommand.Overflow(new QueueId("credit"), 0, back.visit(), T0)
                        .applyTo(back))
                .answerCounted())
        .isFalse();
  }

  @Test
  void aBlindTransferToAQueueKeepsTheContextAndTheArrival() {
    ContactNote note = new ContactNote(ANN, "Wants a payment plan.", T0.plusSeconds(30));
    Contact moved =
        after(
            new ContactCommand.TransferToQueue(
                    ANN, new QueueId("credit"), 0, Optional.of(note), T0.plusSeconds(30))
                .applyTo(connected()));

    assertThat(moved.state()).isEqualTo(ContactState.QUEUED);
    assertThat(moved.queue()).isEqualTo(new QueueId("credit"));
    assertThat(moved.notes()).containsExactly(note);
    assertThat(moved.request().arrivedAt()).isEqualTo(T0);
    assertThat(moved.transfers()).isEqualTo(1);
    assertThat(moved.answeredAt()).contains(T0.plusSeconds(3));
  }

  @Test
  void aWarmTransferConsultsThenHandsTheCallerOver() {
    Contact consulting =
        after(
            new ContactCommand.StartConsult(ANN, BEA, "Disputed bill", T0, T0.plusSeconds(20))
                .applyTo(connected()));
    assertThat(consulting.state()).isEqualTo(ContactState.ON_HOLD);
    assertThat(refusal(new ContactCommand.CompleteTransfer(ANN, T0).applyTo(consulting)))
        .isEqualTo("bea has not taken the transfer yet; wait or cancel it.");
    assertThat(refusal(new ContactCommand.Resume(ANN, T0).applyTo(consulting)))
        .contains("Complete or cancel the transfer");

    Contact accepted =
        after(new ContactCommand.AcceptConsult(BEA, T0.plusSeconds(5)).applyTo(consulting));
    Contact handed =
        after(new ContactCommand.CompleteTransfer(ANN, T0.plusSeconds(40)).applyTo(accepted));

    assertThat(handed.state()).isEqualTo(ContactState.CONNECTED);
    assertThat(handed.agent()).contains(BEA);
    assertThat(handed.connectedAt()).contains(T0.plusSeconds(40));
    assertThat(handed.notes()).extracting(ContactNote::text).containsExactly("Disputed bill");
  }

  @Test
  void aConsultRingsOutOnlyAfterItsTimeAndOnlyItsPartiesMayEndIt() {
    Contact consulting =
        after(
            new ContactCommand.StartConsult(ANN, BEA, "", T0, T0.plusSeconds(20))
                .applyTo(connected()));

    assertThat(
            refusal(
                new ContactCommand.EndConsult(Optional.empty(), T0.plusSeconds(10))
                    .applyTo(consulting)))
        .contains("not part of the transfer");
    assertThat(
            refusal(
                new ContactCommand.EndConsult(Optional.of(new AgentId("cal")), T0)
                    .applyTo(consulting)))
        .contains("not part of the transfer");
    assertThat(
            after(
                    new ContactCommand.EndConsult(Optional.empty(), T0.plusSeconds(20))
                        .applyTo(consulting))
                .consult())
        .isEmpty();
  }

  @Test
  void aSupervisorMayRaiseTheWaitingContactsPriority() {
    assertThat(after(new ContactCommand.ChangePriority(50, T0).applyTo(queued)).priority())
        .isEqualTo(50);
    assertThat(refusal(new ContactCommand.ChangePriority(101, T0).applyTo(queued)))
        .isEqualTo("A priority is 0 to 100, was 101.");
    assertThat(refusal(new ContactCommand.ChangePriority(5, T0).applyTo(connected())))
        .isEqualTo("Contact c1 is not waiting in a queue.");
  }
}
