package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.routing.TestAgents.T0;

import java.time.Instant;
import java.util.List;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.routing.ContactCommand.ReturnToQueue.Why;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.Test;

class ContactCommandTest {

  private static final AgentId ANN = new AgentId("ann");
  private static final AgentId BEA = new AgentId("bea");
  private static final Instant RINGS_OUT = T0.plusSeconds(20);

  private final Contact queued = Contact.queued(Requests.billing("c1", T0), T0);

  private static Contact after(Change<Contact> change) {
    assertThat(change).isInstanceOf(Change.Applied.class);
    return ((Change.Applied<Contact>) change).after();
  }

  private static String refusal(Change<Contact> change) {
    assertThat(change).isInstanceOf(Change.Refused.class);
    return ((Change.Refused<Contact>) change).reason();
  }

  private Contact offered() {
    return after(new ContactCommand.Offer(ANN, 1, T0, RINGS_OUT).applyTo(queued));
  }

  private Contact connected() {
    return after(new ContactCommand.Accept(ANN, T0.plusSeconds(3)).applyTo(offered()));
  }

  private Contact wrappingUp() {
    return after(new ContactCommand.HangUp(ANN, T0.plusSeconds(60)).applyTo(connected()));
  }

  @Test
  void aQueuedContactIsOfferedToOneAgentOnly() {
    Contact offered = offered();

    assertThat(offered.state()).isEqualTo(ContactState.OFFERED);
    assertThat(offered.agent()).hasValue(ANN);
    assertThat(offered.offerExpiresAt()).hasValue(RINGS_OUT);
    assertThat(refusal(new ContactCommand.Offer(BEA, 1, T0, RINGS_OUT).applyTo(offered)))
        .contains("no longer waiting");
  }

  @Test
  void anOfferForAnEarlierVisitIsStale() {
    assertThat(refusal(new ContactCommand.Offer(ANN, 2, T0, RINGS_OUT).applyTo(queued)))
        .contains("no longer waiting");
  }

  @Test
  void onlyTheAgentOfferedMayAcceptAndOnlyBeforeItRingsOut() {
    assertThat(refusal(new ContactCommand.Accept(BEA, T0.plusSeconds(1)).applyTo(offered())))
        .isEqualTo("Contact c1 is not being offered to you.");
    assertThat(refusal(new ContactCommand.Accept(ANN, RINGS_OUT).applyTo(offered())))
        .isEqualTo("The offer of contact c1 has timed out.");

    Contact connected = connected();
    assertThat(connected.state()).isEqualTo(ContactState.CONNECTED);
    assertThat(connected.answeredAt()).hasValue(T0.plusSeconds(3));
    assertThat(connected.offerExpiresAt()).isEmpty();
  }

  @Test
  void aRejectedContactReturnsToItsOldPlaceAndIsNotOfferedToThatAgentAgain() {
    Contact back =
        after(
            new ContactCommand.ReturnToQueue(ANN, Why.REJECTED, T0.plusSeconds(5))
                .applyTo(offered()));

    assertThat(back.state()).isEqualTo(ContactState.QUEUED);
    assertThat(back.visit()).isEqualTo(2);
    assertThat(back.enqueuedAt()).isEqualTo(T0);
    assertThat(back.agent()).isEmpty();
    assertThat(back.declinedBy()).containsExactly(ANN);
    assertThat(refusal(new ContactCommand.Offer(ANN, 2, T0, RINGS_OUT).applyTo(back)))
        .contains("rejected");
  }

  @Test
  void anOfferRingsOutOnlyOnceItsTimeIsUp() {
    assertThat(
            refusal(
                new ContactCommand.ReturnToQueue(ANN, Why.RANG_OUT, RINGS_OUT.minusMillis(1))
                    .applyTo(offered())))
        .contains("not rung out yet");

    Contact back =
        after(new ContactCommand.ReturnToQueue(ANN, Why.RANG_OUT, RINGS_OUT).applyTo(offered()));
    assertThat(back.state()).isEqualTo(ContactState.QUEUED);
    assertThat(back.declinedBy()).isEmpty();
  }

  @Test
  void holdAndResumeOnlyOnAConnectedCallOfTheSameAgent() {
    Contact held = after(new ContactCommand.Hold(ANN, T0).applyTo(connected()));
    assertThat(held.state()).isEqualTo(ContactState.ON_HOLD);
    assertThat(refusal(new ContactCommand.Hold(ANN, T0).applyTo(held)))
        .isEqualTo("The caller is already on hold.");
    assertThat(refusal(new ContactCommand.Hold(BEA, T0).applyTo(connected())))
        .isEqualTo("You are not talking to contact c1.");
    assertThat(refusal(new ContactCommand.Hold(ANN, T0).applyTo(queued)))
        .isEqualTo("You are not talking to contact c1.");
    assertThat(refusal(new ContactCommand.Resume(ANN, T0).applyTo(connected())))
        .isEqualTo("Contact c1 is not on hold with you.");
    assertThat(after(new ContactCommand.Resume(ANN, T0).applyTo(held)).state())
        .isEqualTo(ContactState.CONNECTED);
  }

  @Test
  void aCallerWhoHangsUpWhileWaitingOrRingingAbandons() {
    Contact fromQueue =
        after(new ContactCommand.CallEnded(EndReason.CALLER_HUNG_UP, T0).applyTo(queued));
    Contact fromOffer =
        after(new ContactCommand.CallEnded(EndReason.CALLER_HUNG_UP, T0).applyTo(offered()));
    Contact lost =
        after(new ContactCommand.CallEnded(EndReason.LOST_BY_NETWORK, T0).applyTo(queued));

    assertThat(fromQueue.outcome()).hasValue(ContactOutcome.ABANDONED);
    assertThat(fromOffer.outcome()).hasValue(ContactOutcome.ABANDONED);
    assertThat(fromOffer.offerExpiresAt()).isEmpty();
    assertThat(lost.outcome()).hasValue(ContactOutcome.FAILED);
  }

  @Test
  void aCallerWhoHangsUpWhileConnectedSendsTheContactToWrapUpOnce() {
    Contact wrapping =
        after(new ContactCommand.CallEnded(EndReason.CALLER_HUNG_UP, T0).applyTo(connected()));

    assertThat(wrapping.state()).isEqualTo(ContactState.WRAP_UP);
    assertThat(
            refusal(new ContactCommand.CallEnded(EndReason.CALLER_HUNG_UP, T0).applyTo(wrapping)))
        .contains("already ended");
  }

  @Test
  void finishingWrapUpEndsTheContactAnswered() {
    Disposition disposition = new Disposition("billing-question", "Explained the bill", T0);
    Contact ended = after(new ContactCommand.FinishWrapUp(ANN, disposition).applyTo(wrappingUp()));

    assertThat(ended.state()).isEqualTo(ContactState.ENDED);
    assertThat(ended.outcome()).hasValue(ContactOutcome.ANSWERED);
    assertThat(ended.disposition()).hasValue(disposition);
    assertThat(refusal(new ContactCommand.FinishWrapUp(BEA, disposition).applyTo(wrappingUp())))
        .isEqualTo("Contact c1 is not in wrap-up with you.");
  }

  @Test
  void connectingFailsThreeTimesAtMostOrEndsAtOnceWhenTheCallIsGone() {
    Contact contact = queued;
    for (int attempt = 1; attempt < ContactCommand.MOST_CONNECT_FAILURES; attempt++) {
      contact =
          after(new ContactCommand.Offer(ANN, contact.visit(), T0, RINGS_OUT).applyTo(contact));
      contact = after(new ContactCommand.Accept(ANN, T0).applyTo(contact));
      contact =
          after(new ContactCommand.ReturnToQueue(ANN, Why.CONNECT_FAILED, T0).applyTo(contact));
      assertThat(contact.state()).isEqualTo(ContactState.QUEUED);
      assertThat(contact.failedConnects()).isEqualTo(attempt);
    }
    contact = after(new ContactCommand.Offer(ANN, contact.visit(), T0, RINGS_OUT).applyTo(contact));
    contact = after(new ContactCommand.Accept(ANN, T0).applyTo(contact));
    contact = after(new ContactCommand.ReturnToQueue(ANN, Why.CONNECT_FAILED, T0).applyTo(contact));
    assertThat(contact.outcome()).hasValue(ContactOutcome.FAILED);

    Contact gone =
        after(new ContactCommand.ReturnToQueue(ANN, Why.CONNECT_FAILED, T0).applyTo(wrappingUp()));
    assertThat(gone.outcome()).hasValue(ContactOutcome.FAILED);
  }

  @Test
  void anEndedContactRefusesEveryCommandSoItEndsExactlyOnce() {
    Contact ended =
        after(new ContactCommand.CallEnded(EndReason.CALLER_HUNG_UP, T0).applyTo(queued));
    List<ContactCommand> everything =
        List.of(
            new ContactCommand.Offer(ANN, ended.visit(), T0, RINGS_OUT),
            new ContactCommand.Accept(ANN, T0),
            new ContactCommand.ReturnToQueue(ANN, Why.REJECTED, T0),
            new ContactCommand.ReturnToQueue(ANN, Why.RANG_OUT, T0),
            new ContactCommand.ReturnToQueue(ANN, Why.AGENT_LEG_FAILED, T0),
            new ContactCommand.ReturnToQueue(ANN, Why.CANCELLED, T0),
            new ContactCommand.ReturnToQueue(ANN, Why.CONNECT_FAILED, T0),
            new ContactCommand.Hold(ANN, T0),
            new ContactCommand.Resume(ANN, T0),
            new ContactCommand.HangUp(ANN, T0),
            new ContactCommand.CallEnded(EndReason.CALLER_HUNG_UP, T0),
            new ContactCommand.FinishWrapUp(ANN, new Disposition("other", "x", T0)));

    for (ContactCommand command : everything) {
      assertThat(command.applyTo(ended)).as(command.toString()).isInstanceOf(Change.Refused.class);
    }
  }
}
