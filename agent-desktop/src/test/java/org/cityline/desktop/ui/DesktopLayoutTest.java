package org.cityline.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import org.cityline.accounts.AuditEntry;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.testing.SampleCalls;
import org.cityline.routing.AgentId;
import org.junit.jupiter.api.Test;

class DesktopLayoutTest extends DesktopViewTest {

  private static final AgentId REP = new AgentId("rep");

  @Test
  void signingOutLeavesRoutingAuditsAndForgetsTheUser() {
    signedInAs("rep");
    navigate(AgentView.class);
    assertThat(fixture.routing.agent(REP)).isPresent();

    test(find(Button.class).id("sign-out")).click();

    assertThat(fixture.routing.agent(REP)).isEmpty();
    assertThat(CurrentUser.get()).isEmpty();
    assertThat(fixture.audit.entries()).extracting(AuditEntry::action).contains("sign-out");
  }

  @Test
  void signOutIsRefusedWithACallOnTheLine() {
    signedInAs("rep");
    navigate(AgentView.class);
    test(find(Button.class).id("available-button")).click();
    fixture.routing.enqueue(SampleCalls.verifiedCaller("c-9", fixture.clock.instant()));
    push();
    test(find(Button.class).id("accept-button")).click();

    test(find(Button.class).id("sign-out")).click();

    assertThat(notifications())
        .contains("You cannot sign out yet: you still have a call on your line");
    assertThat(CurrentUser.get()).isPresent();
    assertThat(fixture.routing.agent(REP)).isPresent();
    assertThat(fixture.audit.entries()).extracting(AuditEntry::action).doesNotContain("sign-out");
  }
}
