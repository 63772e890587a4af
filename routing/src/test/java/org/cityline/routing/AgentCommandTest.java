package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.routing.TestAgents.DAY;
import static org.cityline.routing.TestAgents.T0;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentCommand.Release.Why;
import org.cityline.routing.AgentLine.Kind;
import org.cityline.routing.AgentStateTransitions.By;
import org.junit.jupiter.api.Test;

class AgentCommandTest {

  private static final ContactId C1 = new ContactId("c1");
  private static final ContactId C2 = new ContactId("c2");

  static Agent after(Change<Agent> change) {
    assertThat(change).isInstanceOf(Change.Applied.class);
    return ((Change.Applied<Agent>) change).after();
  }

  static String refusal(Change<Agent> change) {
    assertThat(change).isInstanceOf(Change.Refused.class);
    return ((Change.Refused<Agent>) change).reason();
  }

  private final Agent available = TestAgents.available("ann", T0);
  private final Agent twoLines = TestAgents.available("bea", T0, Map.of("billing", 3), 2);

  private static Agent reserved(Agent agent, ContactId contact, Instant at) {
    return after(
        new AgentCommand.Reserve(contact, Kind.OFFER, at, at.plusSeconds(20)).applyTo(agent));
  }

  private static Agent onCall(Agent agent, ContactId contact, Instant at) {
    return after(new AgentCommand.Accept(contact, at).applyTo(reserved(agent, contact, at)));
  }

  @Test
  void aReservationTakesTheOnlyLineSoASecondIsRefused() {
    Agent reserved = reserved(available, C1, T0);

    assertThat(reserved.state()).isEqualTo(AgentState.RESERVED);
    assertThat(reserved.lines())
        .containsExactly(AgentLine.ringing(C1, Kind.OFFER, T0, T0.plusSeconds(20)));
    assertThat(reserved.lastOfferedAt()).contains(T0);
    assertThat(refusal(new AgentCommand.Reserve(C2, Kind.OFFER, T0, T0).applyTo(reserved)))
        .isEqualTo("ann cannot take an offer now (RESERVED)");
  }

  @Test
  void onlyAReadyAgentCanBeReserved() {
    Agent away = TestAgents.away("ann", AwayReason.BREAK);

    assertThat(refusal(new AgentCommand.Reserve(C1, Kind.OFFER, T0, T0).applyTo(away)))
        .isEqualTo("ann cannot take an offer now (AWAY)");
  }

  @Test
  void acceptingTurnsTheOfferIntoACall() {
    Agent agent = onCall(available, C1, T0);

    assertThat(agent.state()).isEqualTo(AgentState.ON_CALL);
    assertThat(agent.line(C1).orElseThrow().acceptedAt()).contains(T0);
    assertThat(refusal(new AgentCommand.Accept(C2, T0).applyTo(agent)))
        .isEqualTo("Contact c2 is not being offered to you.");
  }

  @Test
  void aRejectedOfferFreesTheLineButKeepsTheIdleTime() {
    Agent rejected =
        after(
            new AgentCommand.Release(C1, Why.REJECTED, T0.plusSeconds(5))
                .applyTo(reserved(available, C1, T0)));

    assertThat(rejected.state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(rejected.lines()).isEmpty();
    assertThat(rejected.idleSince()).isEqualTo(T0);
  }

  @Test
  void aMissedOfferSetsTheAgentAwayAndCountsIt() {
    Agent missed =
        after(
            new AgentCommand.Release(C1, Why.MISSED, T0.plusSeconds(20))
                .applyTo(reserved(available, C1, T0)));

    assertThat(missed.state()).isEqualTo(AgentState.AWAY);
    assertThat(missed.awayReason()).contains(AwayReason.MISSED_OFFER);
    assertThat(missed.tally().missed()).isEqualTo(1);
    assertThat(missed.tally().timeIn(AgentState.RESERVED)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void rejectingAnAcceptedCallIsRefused() {
    assertThat(
            refusal(
                new AgentCommand.Release(C1, Why.REJECTED, T0).applyTo(onCall(available, C1, T0))))
        .isEqualTo("You have already accepted contact c1.");
  }

  @Test
  void holdResumeAndWrapUpMoveTheLine() {
    Agent held = after(new AgentCommand.Hold(C1, T0).applyTo(onCall(available, C1, T0)));
    assertThat(held.state()).isEqualTo(AgentState.ON_HOLD);
    assertThat(refusal(new AgentCommand.Hold(C1, T0).applyTo(held)))
        .isEqualTo("The caller is already on hold.");

    Agent resumed = after(new AgentCommand.Resume(C1, T0).applyTo(held));
    assertThat(resumed.state()).isEqualTo(AgentState.ON_CALL);

    Agent wrapping =
        after(new AgentCommand.StartWrapUp(C1, By.AGENT, T0, T0.plusSeconds(60)).applyTo(resumed));
    assertThat(wrapping.state()).isEqualTo(AgentState.WRAP_UP);
    assertThat(wrapping.line(C1).orElseThrow().deadline()).contains(T0.plusSeconds(60));
  }

  @Test
  void finishingWrapUpFreesTheLineAndCountsTheContactHandled() {
    Agent wrapping =
        after(
            new AgentCommand.StartWrapUp(C1, By.AGENT, T0.plusSeconds(100), T0.plusSeconds(160))
                .applyTo(onCall(available, C1, T0)));

    Agent done =
        after(new AgentCommand.FinishWrapUp(C1, By.AGENT, T0.plusSeconds(130)).applyTo(wrapping));

    assertThat(done.state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(done.idleSince()).isEqualTo(T0.plusSeconds(130));
    assertThat(done.tally().handled()).isEqualTo(1);
    assertThat(done.tally().handleMillis()).isEqualTo(130_000);
    assertThat(done.tally().timeIn(AgentState.ON_CALL)).isEqualTo(Duration.ofSeconds(100));
    assertThat(done.tally().timeIn(AgentState.WRAP_UP)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void wrapUpCanBeExtendedUpToThirtyMinutesFromNow() {
    Agent wrapping =
        after(
            new AgentCommand.StartWrapUp(C1, By.AGENT, T0, T0.plusSeconds(60))
                .applyTo(onCall(available, C1, T0)));

    Agent extended =
        after(
            new AgentCommand.ExtendWrapUp(C1, Duration.ofMinutes(2), T0.plusSeconds(30))
                .applyTo(wrapping));
    assertThat(extended.line(C1).orElseThrow().deadline()).contains(T0.plusSeconds(180));

    Agent capped =
        after(
            new AgentCommand.ExtendWrapUp(C1, Duration.ofMinutes(30), T0.plusSeconds(30))
                .applyTo(extended));
    assertThat(capped.line(C1).orElseThrow().deadline())
        .contains(T0.plusSeconds(30).plus(Duration.ofMinutes(30)));
    assertThat(
            refusal(
                new AgentCommand.ExtendWrapUp(C1, Duration.ofMinutes(1), T0.plusSeconds(30))
                    .applyTo(capped)))
        .isEqualTo("Your wrap-up already runs 30 minutes; finish it.");
    assertThat(refusal(new AgentCommand.ExtendWrapUp(C1, Duration.ZERO, T0).applyTo(wrapping)))
        .isEqualTo("Ask for 1 second to 30 minutes more.");
  }

  @Test
  void withACallerOnHoldASecondLineMayRing() {
    Agent held = after(new AgentCommand.Hold(C1, T0).applyTo(onCall(twoLines, C1, T0)));
    assertThat(held.mayTakeOffer()).isTrue();

    Agent second = reserved(held, C2, T0.plusSeconds(5));
    assertThat(second.state()).isEqualTo(AgentState.RESERVED);
    assertThat(second.freeLines()).isZero();

    Agent talking = after(new AgentCommand.Accept(C2, T0.plusSeconds(6)).applyTo(second));
    assertThat(talking.state()).isEqualTo(AgentState.ON_CALL);
    assertThat(refusal(new AgentCommand.Resume(C1, T0).applyTo(talking)))
        .isEqualTo("Put your other caller on hold first.");
  }

  @Test
  void anAgentTalkingIsNeverOfferedASecondContact() {
    Agent talking = onCall(twoLines, C1, T0);

    assertThat(talking.mayTakeOffer()).isFalse();
    assertThat(refusal(new AgentCommand.Reserve(C2, Kind.OFFER, T0, T0).applyTo(talking)))
        .isEqualTo("bea cannot take an offer now (ON_CALL)");
  }

  @Test
  void capacityIsNeverExceeded() {
    Agent held = after(new AgentCommand.Hold(C1, T0).applyTo(onCall(twoLines, C1, T0)));
    Agent second = after(new AgentCommand.Hold(C2, T0).applyTo(onCall(held, C2, T0)));

    assertThat(second.mayTakeOffer()).isFalse();
    assertThat(
            refusal(
                new AgentCommand.Reserve(new ContactId("c3"), Kind.OFFER, T0, T0).applyTo(second)))
        .isEqualTo("bea cannot take an offer now (ON_HOLD)");
  }

  @Test
  void goingAwayOnACallTakesEffectWhenTheLastLineIsFree() {
    Agent onCall = onCall(available, C1, T0);

    Agent pending = after(new AgentCommand.GoAway(AwayReason.LUNCH, By.AGENT, T0).applyTo(onCall));
    assertThat(pending.state()).isEqualTo(AgentState.ON_CALL);
    assertThat(pending.mayTakeOffer()).isFalse();

    Agent wrapping =
        after(new AgentCommand.StartWrapUp(C1, By.AGENT, T0, T0.plusSeconds(60)).applyTo(pending));
    Agent away = after(new AgentCommand.FinishWrapUp(C1, By.AGENT, T0).applyTo(wrapping));
    assertThat(away.state()).isEqualTo(AgentState.AWAY);
    assertThat(away.awayReason()).contains(AwayReason.LUNCH);
  }

  @Test
  void goingAwayIsRefusedWithAReasonRoutingKeepsForItselfOrWhileAnOfferRings() {
    assertThat(
            refusal(
                new AgentCommand.GoAway(AwayReason.MISSED_OFFER, By.AGENT, T0).applyTo(available)))
        .startsWith("Choose a reason for being away");
    assertThat(
            refusal(
                new AgentCommand.GoAway(AwayReason.BREAK, By.AGENT, T0)
                    .applyTo(reserved(available, C1, T0))))
        .isEqualTo("Answer or reject the offer ringing first.");
    Agent away = after(new AgentCommand.GoAway(AwayReason.BREAK, By.AGENT, T0).applyTo(available));
    assertThat(refusal(new AgentCommand.GoAway(AwayReason.BREAK, By.AGENT, T0).applyTo(away)))
        .isEqualTo("You are already away.");
  }

  @Test
  void signingOutIsRefusedWithALineInUse() {
    assertThat(refusal(new AgentCommand.SignOut(By.AGENT, T0).applyTo(onCall(available, C1, T0))))
        .isEqualTo("Finish your contacts before signing out.");
    assertThat(after(new AgentCommand.SignOut(By.AGENT, T0).applyTo(available)).state())
        .isEqualTo(AgentState.LOGGED_OUT);
  }

  @Test
  void aSupervisorMaySetAnAgentAwayOrAvailable() {
    Agent away =
        after(new AgentCommand.GoAway(AwayReason.MEETING, By.SUPERVISOR, T0).applyTo(available));
    assertThat(away.state()).isEqualTo(AgentState.AWAY);
    assertThat(after(new AgentCommand.MakeAvailable(By.SUPERVISOR, T0).applyTo(away)).state())
        .isEqualTo(AgentState.AVAILABLE);
  }

  @Test
  void aConsultLineIsTakenOverWhenTheTransferCompletes() {
    Agent consulting =
        after(
            new AgentCommand.Accept(C1, T0)
                .applyTo(
                    after(
                        new AgentCommand.Reserve(C1, Kind.CONSULT, T0, T0.plusSeconds(20))
                            .applyTo(available))));
    assertThat(consulting.lastOfferedAt()).isEmpty();
    assertThat(
            refusal(
                new AgentCommand.Release(C1, Why.HUNG_UP, T0).applyTo(onCall(available, C1, T0))))
        .isEqualTo("Contact c1 is your caller, not a consult.");

    Agent owner = after(new AgentCommand.TakeOver(C1, T0).applyTo(consulting));
    assertThat(owner.line(C1).orElseThrow().kind()).isEqualTo(Kind.OFFER);
  }

  @Test
  void theTallyStartsAgainWhenTheDayTurns() {
    Agent yesterday =
        after(new AgentCommand.GoAway(AwayReason.BREAK, By.AGENT, T0).applyTo(available));
    Instant tomorrow = DAY.plus(Duration.ofDays(1));

    Agent today =
        after(
            new AgentCommand.MakeAvailable(By.AGENT, tomorrow.plusSeconds(60))
                .applyOn(yesterday, tomorrow));

    assertThat(today.tally().day()).isEqualTo(tomorrow);
    assertThat(today.tally().timeIn(AgentState.AWAY)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void skillsAreCheckedWhenChanged() {
    assertThat(
            after(new AgentCommand.ChangeSkills(Map.of("credit", 4), T0).applyTo(available))
                .skills())
        .containsExactly(Map.entry("credit", 4));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new AgentCommand.ChangeSkills(Map.of("credit", 9), T0).applyTo(available))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 5");
  }

  @Test
  void theAgentsStateAlwaysFollowsItsLines() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new Agent(
                    new AgentId("x"),
                    "X",
                    "sim:x",
                    Map.of(),
                    1,
                    true,
                    Optional.empty(),
                    AgentState.ON_CALL,
                    T0,
                    T0,
                    Optional.empty(),
                    java.util.List.of(),
                    AgentTally.startOf(DAY),
                    0))
        .hasMessageContaining("cannot be ON_CALL with these lines; it is AVAILABLE");
  }
}
