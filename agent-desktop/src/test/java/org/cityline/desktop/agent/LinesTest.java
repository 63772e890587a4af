package org.cityline.desktop.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cityline.common.ContactId;
import org.cityline.desktop.testing.RoutedDesk;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several lines on the agent desk, over the real routing core. */
class LinesTest extends RoutedDeskTest {

  @BeforeEach
  void openTheDesk() {
    signedInAs("rep");
    navigate(AgentView.class);
    click("available-button");
  }

  private void offered(String contact) {
    desk.call(contact);
    push();
  }

  @Test
  void anOfferRingsOnTheFirstLineWithAcceptRejectAndItsCountdown() {
    offered("c-1");

    assertThat(textOf("line-status")).isEqualTo("Incoming call · ringing");
    assertThat(visible("accept-button")).isTrue();
    assertThat(visible("reject-button")).isTrue();
    assertThat(find(ElapsedClock.class).id("ring-countdown").until())
        .isEqualTo(desk.contact("c-1").offerExpiresAt());
    assertThat(textOf("caller-name")).isEqualTo("Rosa Delgado");
  }

  @Test
  void twoLinesAtOnceWithHoldAndSwitch() {
    offered("c-1");
    click("accept-button");
    click("hold-button");
    push();

    assertThat(desk.contact("c-1").state()).isEqualTo(ContactState.ON_HOLD);
    offered("c-2");
    assertThat(textOf("line-status-2")).isEqualTo("Incoming call · ringing");
    assertThat(textOf("line-status")).isEqualTo("Caller on hold");

    click("accept-button-2");
    assertThat(desk.contact("c-2").state()).isEqualTo(ContactState.CONNECTED);

    click("resume-button"); // back to the first caller: the second is held for it
    assertThat(desk.contact("c-1").state()).isEqualTo(ContactState.CONNECTED);
    assertThat(desk.contact("c-2").state()).isEqualTo(ContactState.ON_HOLD);
    assertThat(textOf("line-status")).isEqualTo("Connected");
    assertThat(textOf("line-status-2")).isEqualTo("Caller on hold");

    click("resume-button-2");
    assertThat(desk.contact("c-2").state()).isEqualTo(ContactState.CONNECTED);
    assertThat(desk.contact("c-1").state()).isEqualTo(ContactState.ON_HOLD);
  }

  @Test
  void aLineKeepsItsPanelWhenAnOlderLineEnds() {
    offered("c-1");
    click("accept-button");
    click("hold-button");
    offered("c-2");
    click("accept-button-2");

    click("hangup-button-2");
    assertThat(textOf("line-status-2")).isEqualTo("Call ended · wrap-up");
    assertThat(textOf("line-status")).isEqualTo("Caller on hold");
  }

  @Test
  void rejectingSendsTheCallBackToItsQueue() {
    offered("c-1");

    click("reject-button");

    assertThat(desk.contact("c-1").state()).isEqualTo(ContactState.QUEUED);
    assertThat(visible("idle-message")).isTrue();
  }

  @Test
  void acceptingAnOfferThatTimedOutIsRefusedClearlyAndChangesNothing() {
    offered("c-1");
    // The ring time passes; routing's ring-out timer has not run yet on this node.
    desk.routing.clock.advance(Duration.ofMinutes(5));

    click("accept-button");

    assertThat(notifications()).contains(LinePanel.STALE_OFFER);
    assertThat(desk.contact("c-1").state()).isNotEqualTo(ContactState.CONNECTED);
  }

  @Test
  void aWarmTransferConsultsTheSpecialistThenHandsTheCallerOver() {
    offered("c-1");
    click("accept-button");
    desk.available("spec");
    choose("escalate-target", "Specialists");
    choose("escalate-mode", "Warm (consult first)");
    type("escalate-note", "Landlord agreement question.");

    click("escalate-button");

    assertThat(desk.contact("c-1").consultedAgent()).map(a -> a.value()).contains("spec");
    assertThat(desk.agentDesk.drafts().draft("spec", LinePanel.CONSULT_NOTE + "c-1"))
        .as("the specialist's desk shows the note during the consult")
        .contains("Landlord agreement question.");
    assertThat(textOf("line-status")).isEqualTo("Consulting spec · caller on hold");
    click("complete-transfer");
    assertThat(notifications()).isNotEmpty(); // spec has not taken the consult yet
    assertThat(desk.contact("c-1").agent()).map(a -> a.value()).contains("rep");

    RoutedDesk.require(desk.routing.router.accept(new AgentId("spec"), new ContactId("c-1")));
    click("complete-transfer");

    assertThat(desk.contact("c-1").agent()).map(a -> a.value()).contains("spec");
    assertThat(desk.contact("c-1").notes())
        .extracting(note -> note.text())
        .containsExactly("Landlord agreement question.");
    assertThat(desk.agent("rep").state()).isEqualTo(AgentState.WRAP_UP);
  }

  @Test
  void aBlindEscalationSendsTheCallerAndNoteToTheSpecialistsQueue() {
    offered("c-1");
    click("accept-button");
    choose("escalate-target", "Specialists");
    choose("escalate-mode", "Blind (hand over now)");
    type("escalate-note", "Wants to cancel SurePay.");

    click("escalate-button");

    assertThat(desk.contact("c-1").queue()).isEqualTo(new QueueId("specialists"));
    assertThat(desk.contact("c-1").notes())
        .extracting(note -> note.text())
        .containsExactly("Wants to cancel SurePay.");
    assertThat(textOf("line-status")).isEqualTo("Call ended · wrap-up");
  }

  @Test
  void anEscalationWithoutTargetModeOrAcceptableNoteIsRefusedAndChangesNothing() {
    offered("c-1");
    click("accept-button");

    click("escalate-button");
    assertThat(notifications()).containsExactly(EscalateForm.CHOOSE_TARGET);
    choose("escalate-target", "Supervisors");
    click("escalate-button");
    assertThat(notifications()).containsExactly(EscalateForm.CHOOSE_MODE);
    choose("escalate-mode", "Blind (hand over now)");
    click("escalate-button");
    assertThat(notifications()).containsExactly("The note is empty.");
    type("escalate-note", "<script>alert(1)</script>");
    click("escalate-button");
    assertThat(notifications()).first().asString().contains("HTML tags");
    type("escalate-note", "x".repeat(EscalateForm.MAX_NOTE_LENGTH + 1));
    click("escalate-button");
    assertThat(notifications()).first().asString().contains("too long");

    assertThat(desk.contact("c-1").state()).isEqualTo(ContactState.CONNECTED);
    assertThat(desk.contact("c-1").queue()).isEqualTo(new QueueId("billing"));
  }
}
