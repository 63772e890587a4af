package org.cityline.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.StaffAdministration;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.desktop.testing.RoutedDesk;
import org.cityline.routing.AgentId;
import org.cityline.routing.testing.FakeStaffDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An administrator's skill change on the users page reaches the real routing core at once for a
 * member who is signed in, and waits for the next sign-in for one who is not.
 */
class LiveSkillsTest {

  private final RoutedDesk desk = new RoutedDesk();
  private final FakeStaffDirectory staff = desk.routing.staff();
  private final StaffAdministration admin =
      new StaffAdministration() {
        @Override
        public Result create(StaffMember member) {
          staff.put(member);
          return new Result.Done();
        }

        @Override
        public Result update(StaffMember member) {
          if (staff.find(member.username()).isEmpty()) {
            return new Result.Refused("unknown");
          }
          staff.put(member);
          return new Result.Done();
        }
      };
  private final StaffEditor editor =
      new StaffEditor(
          staff,
          admin,
          new PasswordHasher(),
          desk.audit,
          desk.routing.clock,
          "adm",
          Optional.of(desk.routing.router));

  @AfterEach
  void stop() {
    desk.close();
  }

  private static StaffForm form(String username, String skills) {
    return new StaffForm(username, "Maria Lopez", "REPRESENTATIVE", "sim:" + username, skills, "2");
  }

  @Test
  void aSignedInAgentsNewSkillsApplyInRoutingAtOnceAndAreAudited() {
    AgentId rep = desk.available("rep");
    assertThat(desk.agent("rep").skills()).isEqualTo(Map.of("billing", 3));

    StaffEditor.Outcome outcome = editor.update(form("rep", "billing=3, spanish=4"));

    assertThat(outcome)
        .isEqualTo(new StaffEditor.Outcome.Done("Saved. Their new skills apply to calls now."));
    assertThat(desk.routing.router.agent(rep).orElseThrow().skills())
        .isEqualTo(Map.of("billing", 3, "spanish", 4));
    assertThat(desk.audit.entries())
        .extracting(AuditEntry::action)
        .containsExactly("staff-changed", "agent-skills");
  }

  @Test
  void aMemberWhoIsNotSignedInGetsTheSkillsAtSignIn() {
    StaffEditor.Outcome outcome = editor.update(form("rep", "billing=5"));

    assertThat(outcome).isEqualTo(new StaffEditor.Outcome.Done("Saved."));
    assertThat(desk.routing.router.agent(new AgentId("rep"))).isEmpty();
    desk.available("rep");
    assertThat(desk.agent("rep").skills()).isEqualTo(Map.of("billing", 5));
  }

  @Test
  void aChangeThatKeepsTheSkillsLeavesRoutingAlone() {
    desk.available("rep");

    assertThat(
            editor.update(
                new StaffForm("rep", "Maria L.", "REPRESENTATIVE", "sim:rep", "billing=3", "2")))
        .isEqualTo(new StaffEditor.Outcome.Done("Saved."));
    assertThat(desk.audit.entries())
        .extracting(AuditEntry::action)
        .containsExactly("staff-changed");
  }
}
