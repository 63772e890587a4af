package org.cityline.desktop.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityline.common.ContactId;
import org.cityline.desktop.testing.RoutedDesk;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactState;
import org.cityline.routing.TransferTarget;
import org.junit.jupiter.api.Test;

/**
 * A consult turned into a conference of three on the desk, over the real routing core: the
 * Conference button beside the transfer's buttons once the colleague answered, the three parties on
 * the line, and Leave conference for each of the two agents.
 */
class ConferenceDeskTest extends RoutedDeskTest {

  private static final AgentId REP = new AgentId("rep");
  private static final AgentId SPEC = new AgentId("spec");
  private static final ContactId CALL = new ContactId("c-1");

  /** The representative's desk, talking to c-1. */
  private void repTalking() {
    signedInAs("rep");
    navigate(AgentView.class);
    click("available-button");
    desk.call(CALL.value());
    push();
    click("accept-button");
  }

  /** The representative consults the specialist, whose phone rings. */
  private void consultingSpec() {
    desk.available("spec");
    RoutedDesk.require(
        desk.routing.router.transfer(
            REP, CALL, new TransferTarget.Agent(SPEC), TransferTarget.Mode.WARM, "Deposit."));
    afterBatchWindow();
  }

  private void repConsulting() {
    repTalking();
    consultingSpec();
  }

  @Test
  void conferenceAppearsOnlyOnceTheColleagueAnsweredThenBringsTheCallerIn() {
    repTalking();
    assertThat(visible("conference-button")).as("no consult yet").isFalse();
    consultingSpec();
    assertThat(visible("complete-transfer")).isTrue();
    assertThat(visible("conference-button")).as("spec's phone still rings").isFalse();

    RoutedDesk.require(desk.routing.router.accept(SPEC, CALL));
    afterBatchWindow();
    assertThat(visible("conference-button")).isTrue();
    click("conference-button");

    assertThat(desk.contact("c-1").inConference()).isTrue();
    assertThat(textOf("line-status")).isEqualTo("Conference · the caller, Dev Patel and you");
    assertThat(visible("leave-conference")).isTrue();
    for (String hidden :
        new String[] {
          "conference-button",
          "complete-transfer",
          "cancel-transfer",
          "hold-button",
          "hangup-button"
        }) {
      assertThat(visible(hidden)).as(hidden).isFalse();
    }
    assertThat(textOf("caller-name")).as("the caller's account stays").isEqualTo("Rosa Delgado");
  }

  @Test
  void theRepresentativeLeavingHandsTheCallerToTheSpecialistAndWrapsUp() {
    repConsulting();
    RoutedDesk.require(desk.routing.router.accept(SPEC, CALL));
    afterBatchWindow();
    click("conference-button");

    click("leave-conference");

    assertThat(desk.contact("c-1").agent()).contains(SPEC);
    assertThat(desk.agent("rep").state()).isEqualTo(AgentState.WRAP_UP);
    assertThat(desk.agent("spec").state()).isEqualTo(AgentState.ON_CALL);
    assertThat(textOf("line-status")).isEqualTo("Call ended · wrap-up");
    assertThat(visible("leave-conference")).isFalse();
  }

  @Test
  void aConferenceRequestMadeStaleMeanwhileIsRefusedClearlyAndChangesNothing() {
    repConsulting();
    RoutedDesk.require(desk.routing.router.accept(SPEC, CALL));
    afterBatchWindow();
    assertThat(visible("conference-button")).isTrue();
    RoutedDesk.require(desk.routing.router.hangUp(SPEC, CALL)); // spec ends the consult meanwhile

    click("conference-button");

    assertThat(notifications())
        .anyMatch(text -> text.contains("You are not consulting anyone about contact c-1"));
    assertThat(desk.contact("c-1").state()).isEqualTo(ContactState.ON_HOLD);
    assertThat(desk.contact("c-1").inConference()).isFalse();
    assertThat(visible("conference-button")).isFalse();
  }

  @Test
  void theSpecialistInTheConferenceCanLeaveItAndWrapsUp() {
    signedInAs("spec");
    navigate(AgentView.class);
    desk.available("rep");
    desk.call(CALL.value());
    RoutedDesk.require(desk.routing.router.accept(REP, CALL));
    click("available-button");
    RoutedDesk.require(
        desk.routing.router.transfer(
            REP, CALL, new TransferTarget.Agent(SPEC), TransferTarget.Mode.WARM, ""));
    push();
    click("accept-button");
    assertThat(visible("leave-conference")).isFalse();
    assertThat(visible("conference-button")).as("only the agent with the caller").isFalse();

    RoutedDesk.require(desk.routing.router.conference(REP, CALL));
    afterBatchWindow();
    assertThat(textOf("line-status")).isEqualTo("Conference · the caller, Maria Lopez and you");
    assertThat(visible("hangup-button")).isFalse();
    assertThat(visible("conference-button")).isFalse();

    click("leave-conference");

    assertThat(desk.contact("c-1").agent()).contains(REP);
    assertThat(desk.contact("c-1").consultedAgent()).isEmpty();
    assertThat(desk.agent("spec").state()).isEqualTo(AgentState.WRAP_UP);
    assertThat(desk.agent("rep").state()).isEqualTo(AgentState.ON_CALL);
    assertThat(textOf("line-status")).isEqualTo("Call ended · wrap-up");
  }
}
