package org.cityline.desktop.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.cityline.common.ContactId;
import org.cityline.desktop.testing.RoutedDesk;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactState;
import org.cityline.routing.TransferTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The specialist's side of a warm transfer, on their desk over the real routing core. */
class ConsultTest extends RoutedDeskTest {

  private static final AgentId REP = new AgentId("rep");
  private static final ContactId CALL = new ContactId("c-1");

  @BeforeEach
  void aRepresentativeConsultsTheSpecialist() {
    signedInAs("spec");
    navigate(AgentView.class); // the specialist's desk signs them in, away
    desk.available("rep");
    desk.call(CALL.value());
    RoutedDesk.require(desk.routing.router.accept(REP, CALL));
    click("available-button");
    RoutedDesk.require(
        desk.routing.router.transfer(
            REP,
            CALL,
            new TransferTarget.Agent(new AgentId("spec")),
            TransferTarget.Mode.WARM,
            "Landlord agreement question."));
    // What the representative's desk does after a warm transfer (see LinesTest).
    desk.agentDesk
        .drafts()
        .keep("spec", LinePanel.CONSULT_NOTE + "c-1", "Landlord agreement question.");
    push();
  }

  @Test
  void theConsultRingsOnTheSpecialistsDeskWithTheCallersAccount() {
    assertThat(textOf("line-status")).isEqualTo("Warm transfer from rep · ringing");
    assertThat(visible("accept-button")).isTrue();
    assertThat(textOf("reject-button")).isEqualTo("Decline");
    assertThat(textOf("caller-name")).isEqualTo("Rosa Delgado");
    assertThat(textOf("consult-note")).isEqualTo("Note from rep: Landlord agreement question.");
  }

  @Test
  void theSpecialistTakesTheConsultThenTheCallerWithTheNote() {
    click("accept-button");
    assertThat(textOf("line-status")).isEqualTo("Consult with rep · their caller is on hold");
    assertThat(textOf("hangup-button")).isEqualTo("End consult");

    RoutedDesk.require(desk.routing.router.completeTransfer(REP, CALL));
    afterBatchWindow();

    assertThat(desk.contact("c-1").agent()).contains(new AgentId("spec"));
    assertThat(desk.contact("c-1").state()).isEqualTo(ContactState.CONNECTED);
    assertThat(textOf("line-status")).isEqualTo("Connected");
    assertThat(textOf("transfer-notes")).contains("Landlord agreement question.");
  }

  @Test
  void declineSendsTheConsultBackToTheRepresentative() {
    click("reject-button");

    assertThat(desk.contact("c-1").consultedAgent()).isEmpty();
    assertThat(desk.contact("c-1").agent()).contains(REP);
    assertThat(visible("idle-message")).isTrue();
    assertThat(desk.agentDesk.drafts().size("spec")).isZero();
  }
}
