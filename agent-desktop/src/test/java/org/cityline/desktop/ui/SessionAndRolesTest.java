package org.cityline.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import java.time.LocalTime;
import org.cityline.accounts.AuditEntry;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.signin.LoginView;
import org.cityline.desktop.supervisor.LeadsPanel;
import org.cityline.desktop.supervisor.SupervisorView;
import org.junit.jupiter.api.Test;

/** Sign-ins that outlive their shift, and temporary leads. */
class SessionAndRolesTest extends DesktopViewTest {

  private void signedInNow(String username) {
    CurrentUser.set(
        org.cityline.desktop.StaffUser.of(fixture.staff.find(username).orElseThrow()),
        fixture.clock.instant());
  }

  @Test
  void aSignInOlderThanItsAgeEndsAtTheNextNavigationAndIsAudited() {
    signedInNow("sup");
    navigate("supervisor", SupervisorView.class);

    fixture.clock.advance(Duration.ofHours(12));
    navigate("supervisor", LoginView.class);

    assertThat(CurrentUser.get()).isEmpty();
    assertThat(notifications()).contains(DesktopLayout.EXPIRED);
    assertThat(fixture.audit.entries()).extracting(AuditEntry::action).contains("session-expired");
  }

  @Test
  void aSignInWithinItsAgeStays() {
    signedInNow("rep");
    fixture.clock.advance(Duration.ofHours(11).plusMinutes(59));

    navigate("agent", AgentView.class);

    assertThat(CurrentUser.get()).isPresent();
  }

  @Test
  void aRepresentativeSeesNeitherTheAdminPagesNorTheConsoleLinks() {
    signedInNow("rep");
    navigate(AgentView.class);

    for (String link : new String[] {"link-supervisor", "link-reports", "link-admin-users"}) {
      assertThat(find(Anchor.class).withId(link).exists()).as(link).isFalse();
    }
  }

  @Test
  void anAdministratorSeesEveryLink() {
    signedInNow("adm");
    navigate(AgentView.class);

    for (String link :
        new String[] {"link-agent", "link-supervisor", "link-reports", "link-admin-users"}) {
      assertThat(find(Anchor.class).withId(link).exists()).as(link).isTrue();
    }
  }

  @Test
  void aSpecialistMadeLeadOpensTheConsoleUntilRevoked() {
    signedInNow("sup");
    navigate("supervisor", SupervisorView.class);
    LeadsPanel panel = find(LeadsPanel.class).single();
    test(find(com.vaadin.flow.component.select.Select.class).id("lead-specialist"))
        .selectItem("spec");
    find(com.vaadin.flow.component.timepicker.TimePicker.class)
        .id("lead-until")
        .setValue(LocalTime.of(23, 0));
    test(find(com.vaadin.flow.component.button.Button.class).id("lead-grant")).click();
    assertThat(fixture.audit.entries()).extracting(AuditEntry::action).contains("lead-granted");
    assertThat(panel).isNotNull();

    signedInNow("spec");
    navigate("agent", AgentView.class);
    navigate("supervisor", SupervisorView.class);
    assertThat(find(LeadsPanel.class).exists()).as("a lead cannot make leads").isFalse();

    fixture.services.console().leads().revoke("spec");
    navigate("supervisor", AgentView.class);
    assertThat(notifications()).contains("The supervisor view is for supervisors.");
  }

  @Test
  void aLeadEndsWithTheShift() {
    fixture
        .services
        .console()
        .leads()
        .grant("spec", "sup", fixture.clock.instant().plusSeconds(60));
    signedInNow("spec");
    navigate("supervisor", SupervisorView.class);

    fixture.clock.advance(Duration.ofMinutes(1));

    navigate("supervisor", AgentView.class);
  }

  @Test
  void aLeadWithoutAShiftEndIsRefused() {
    signedInNow("sup");
    navigate("supervisor", SupervisorView.class);
    test(find(com.vaadin.flow.component.select.Select.class).id("lead-specialist"))
        .selectItem("spec");

    test(find(com.vaadin.flow.component.button.Button.class).id("lead-grant")).click();

    assertThat(notifications())
        .contains("Enter the end of the specialist's shift (a time later today).");
    assertThat(fixture.services.console().leads().current()).isEmpty();
  }
}
