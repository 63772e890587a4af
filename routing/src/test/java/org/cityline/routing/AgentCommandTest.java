package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.routing.TestAgents.T0;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentCommand.Release.Why;
import org.cityline.routing.AgentStateTransitions.By;
import org.junit.jupiter.api.Test;

class AgentCommandTest {

  private static final ContactId C1 = new ContactId("c1");
  private static final Instant LATER = T0.plusSeconds(90);

  private static Agent after(Change<Agent> change) {
    assertThat(change).isInstanceOf(Change.Applied.class);
    return ((Change.Applied<Agent>) change).after();
  }

  private static String refusal(Change<Agent> change) {
    assertThat(change).isInstanceOf(Change.Refused.class);
    return ((Change.Refused<Agent>) change).reason();
  }

  private final Agent available = TestAgents.available("ann", T0);

  private Agent reserved() {
    return after(new AgentCommand.Reserve(C1, T0, T0.plusSeconds(20)).applyTo(available));
  }

  private Agent onCall() {
    return after(new AgentCommand.Accept(C1, T0.plusSeconds(2)).applyTo(reserved()));
  }

  @Test
  void aReservationTakesTheOnlyLineSoASecondIsRefused() {
    Agent reserved = reserved();

    assertThat(reserved.state()).isEqualTo(AgentState.RESERVED);
    assertThat(reserved.lines())
        .containsExactly(new AgentLine(C1, T0, Optional.of(T0.plusSeconds(20))));
    assertThat(refusal(new AgentCommand.Reserve(new ContactId("c2"), T0, T0).applyTo(reserved)))
        .isEqualTo("ann has no free line");
  }

  @Test
  void onlyAnAvailableAgentCanBeReserved() {
    Agent away = TestAgents.in(AgentState.AWAY, List.of());

    assertThat(refusal(new AgentCommand.Reserve(C1, T0, T0).applyTo(away)))
        .isEqualTo("Routing cannot go from away to ringing with an offer.");
  }

  @Test
  void acceptingTurnsTheOfferIntoACall() {
    Agent onCall = onCall();

    assertThat(onCall.state()).isEqualTo(AgentState.ON_CALL);
    assertThat(onCall.line(C1)).map(AgentLine::offerExpiresAt).hasValue(Optional.empty());
    assertThat(refusal(new AgentCommand.Accept(new ContactId("c9"), T0).applyTo(reserved())))
        .isEqualTo("Contact c9 is not being offered to you.");
  }

  @Test
  void rejectingOrAWithdrawnOfferKeepsTheAgentsPlaceInTheIdleLine() {
    Agent rejected = after(new AgentCommand.Release(C1, Why.REJECTED, LATER).applyTo(reserved()));
    Agent withdrawn = after(new AgentCommand.Release(C1, Why.WITHDRAWN, LATER).applyTo(reserved()));

    assertThat(rejected.state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(rejected.idleSince()).isEqualTo(T0);
    assertThat(rejected.lines()).isEmpty();
    assertThat(withdrawn.state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(refusal(new AgentCommand.Release(C1, Why.REJECTED, LATER).applyTo(onCall())))
        .isEqualTo("You have already accepted contact c1.");
  }

  @Test
  void aMissedOfferOrAFailedPhoneSetsTheAgentAway() {
    Agent missed = after(new AgentCommand.Release(C1, Why.MISSED, LATER).applyTo(reserved()));
    Agent failedMidCall = after(new AgentCommand.Release(C1, Why.MISSED, LATER).applyTo(onCall()));

    assertThat(missed.state()).isEqualTo(AgentState.AWAY);
    assertThat(missed.awayReason()).hasValue(AwayReason.MISSED_OFFER);
    assertThat(failedMidCall.awayReason()).hasValue(AwayReason.MISSED_OFFER);
    assertThat(failedMidCall.lines()).isEmpty();
  }

  @Test
  void wrapUpThenAvailableWithAFreshIdleTime() {
    Agent wrapping = after(new AgentCommand.StartWrapUp(C1, By.AGENT, T0).applyTo(onCall()));
    Agent done = after(new AgentCommand.FinishWrapUp(C1, By.AGENT, LATER).applyTo(wrapping));

    assertThat(wrapping.state()).isEqualTo(AgentState.WRAP_UP);
    assertThat(done.state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(done.idleSince()).isEqualTo(LATER);
    assertThat(done.lines()).isEmpty();
  }

  @Test
  void anAgentChoosesOnlyTheirOwnReasonsForBeingAway() {
    assertThat(refusal(new AgentCommand.GoAway(AwayReason.MISSED_OFFER, T0).applyTo(available)))
        .startsWith("Choose a reason");
    assertThat(refusal(new AgentCommand.GoAway(AwayReason.SIGNED_IN, T0).applyTo(available)))
        .startsWith("Choose a reason");
    assertThat(after(new AgentCommand.GoAway(AwayReason.LUNCH, T0).applyTo(available)).awayReason())
        .hasValue(AwayReason.LUNCH);
  }

  @Test
  void signingOutIsRefusedWhileALineIsInUse() {
    assertThat(refusal(new AgentCommand.SignOut(T0).applyTo(onCall())))
        .isEqualTo("Finish your contacts before signing out.");
    assertThat(after(new AgentCommand.SignOut(T0).applyTo(available)).state())
        .isEqualTo(AgentState.LOGGED_OUT);
  }

  @Test
  void holdAndResumeNeedTheContactOnALine() {
    assertThat(refusal(new AgentCommand.Hold(new ContactId("c9"), T0).applyTo(onCall())))
        .isEqualTo("Contact c9 is not on your lines.");
    Agent held = after(new AgentCommand.Hold(C1, T0).applyTo(onCall()));
    assertThat(held.state()).isEqualTo(AgentState.ON_HOLD);
    assertThat(after(new AgentCommand.Resume(C1, T0).applyTo(held)).state())
        .isEqualTo(AgentState.ON_CALL);
  }
}
