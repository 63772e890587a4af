package org.cityline.desktop.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.routing.AgentState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wrap-up on the agent desk over the real routing core: countdown, more time, drafts. */
class WrapUpTest extends RoutedDeskTest {

  private Instant hungUpAt;

  @BeforeEach
  void aCallEnds() {
    signedInAs("rep");
    navigate(AgentView.class);
    click("available-button");
    desk.call("c-1");
    push();
    click("accept-button");
    hungUpAt = desk.routing.clock.instant();
    click("hangup-button");
  }

  private Instant countdownUntil() {
    return find(ElapsedClock.class).id("wrapup-countdown").until().orElseThrow();
  }

  @Test
  void theWrapUpCountsDownToTheQueuesWrapUpTime() {
    assertThat(textOf("line-status")).isEqualTo("Call ended · wrap-up");
    Duration billingWrapUp =
        desk.routing.router.queueDefinitions().stream()
            .filter(q -> q.id().value().equals("billing"))
            .findFirst()
            .orElseThrow()
            .wrapUpTime();
    assertThat(countdownUntil()).isEqualTo(hungUpAt.plus(billingWrapUp));
  }

  @Test
  void moreTimeMovesTheCountdownAsRoutingMovesTheDeadline() {
    Instant before = countdownUntil();

    click("extend-wrapup");

    assertThat(countdownUntil()).isEqualTo(before.plus(desk.agentDesk.wrapUpExtension()));
    desk.routing.scheduler.advance(Duration.between(hungUpAt, before).plusSeconds(5));
    assertThat(desk.agent("rep").state())
        .as("routing did not close the extended wrap-up at the old deadline")
        .isEqualTo(AgentState.WRAP_UP);
  }

  @Test
  void aDispositionAndANoteAreRequiredBeforeBecomingAvailable() {
    click("finish-wrapup");
    assertThat(notifications()).containsExactly(WrapUpForm.CHOOSE_DISPOSITION);
    choose("disposition", "Billing question answered");
    click("finish-wrapup");
    assertThat(notifications()).containsExactly("The note is empty.");
    type("note", "<b>bold</b>");
    click("finish-wrapup");
    assertThat(notifications()).first().asString().contains("HTML tags");
    assertThat(desk.agent("rep").state()).isEqualTo(AgentState.WRAP_UP);

    type("note", "Explained the bill.");
    click("finish-wrapup");

    assertThat(desk.agent("rep").state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(desk.agentDesk.drafts().size("rep")).isZero();
  }

  @Test
  void whatIsTypedInTheWrapUpIsKeptOnTheServer() {
    choose("disposition", "Billing question answered");
    type("note", "Half written");

    assertThat(desk.agentDesk.drafts().draft("rep", "wrapup-note/c-1")).contains("Half written");
    assertThat(desk.agentDesk.drafts().draft("rep", "wrapup-disposition/c-1"))
        .contains("billing-question");
  }
}
