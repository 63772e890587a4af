package org.cityline.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Map;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.desktop.ConsoleServices;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.SignIn;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.supervisor.SupervisorView;
import org.cityline.desktop.ui.DesktopViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersViewTest extends DesktopViewTest {

  private DesktopServices services;

  @BeforeEach
  void withStaffAdministration() {
    services =
        fixture.services.withConsole(
            ConsoleServices.defaults(fixture.clock).withStaffAdmin(fixture.staff));
    VaadinService.getCurrent().getContext().setAttribute(DesktopServices.class, services);
  }

  private void type(String id, String value) {
    find(TextField.class).id(id).setValue(value);
  }

  @SuppressWarnings("unchecked")
  private void fillNew(String username) {
    type("staff-username", username);
    type("staff-name", "Lee Chen");
    find(Select.class).id("staff-role").setValue(Role.SPECIALIST);
    type("staff-device", "client:lee");
    type("staff-skills", "billing=4, credit=2");
    type("staff-lines", "2");
    find(PasswordField.class).id("staff-password").setValue("a long first password");
  }

  private void click(String id) {
    test(find(Button.class).id(id)).click();
  }

  private List<StaffMember> members() {
    return fixture.staff.all();
  }

  @Test
  void aRepresentativeOrSupervisorCannotOpenTheUsersPage() {
    signedInAs("rep");
    navigate("admin/users", AgentView.class);
    assertThat(notifications()).contains("The users page is for administrators.");

    signedInAs("sup");
    navigate("admin/users", SupervisorView.class);
    assertThat(find(UsersView.class).exists()).isFalse();
  }

  @Test
  void anAdministratorAddsAMemberWhoCanThenSignIn() {
    signedInAs("adm");
    navigate(UsersView.class);
    fillNew("lee");

    click("staff-create");

    StaffMember lee = fixture.staff.find("lee").orElseThrow();
    assertThat(lee.role()).isEqualTo(Role.SPECIALIST);
    assertThat(lee.endpoint()).isEqualTo("client:lee");
    assertThat(lee.skills()).isEqualTo(Map.of("billing", 4, "credit", 2));
    assertThat(lee.voiceCapacity()).isEqualTo(2);
    assertThat(lee.passwordHash()).doesNotContain("first password");
    assertThat(services.signIn().attempt("lee", "a long first password".toCharArray()))
        .isInstanceOf(SignIn.Result.SignedIn.class);
    assertThat(fixture.audit.entries())
        .extracting(AuditEntry::action, AuditEntry::actor)
        .contains(org.assertj.core.groups.Tuple.tuple("staff-created", "adm"));
    assertThat(find(PasswordField.class).id("staff-password").getValue()).isEmpty();
  }

  @Test
  void everyBadFieldIsRefusedWithAClearMessageAndNothingChanges() {
    signedInAs("adm");
    navigate(UsersView.class);
    List<StaffMember> before = members();
    String[][] cases = {
      {"staff-username", "", "Enter a user name."},
      {"staff-username", "Bad Name", "A user name is 1 to 32"},
      {"staff-username", "x".repeat(33), "A user name is 1 to 32"},
      {"staff-name", "", "Display name is empty."},
      {"staff-name", "<script>alert(1)</script>", "cannot contain HTML tags"},
      {"staff-name", "n".repeat(81), "Display name is too long"},
      {"staff-device", "12345", "A device is PJSIP/<endpoint>"},
      {"staff-device", "client:<b>", "A device is PJSIP/<endpoint>"},
      {"staff-skills", "billing=7", "Write skills as name=level"},
      {"staff-lines", "5", "Lines is a number from 1 to 4."},
      {"staff-lines", "two", "Lines is a number from 1 to 4."},
    };
    for (String[] c : cases) {
      fillNew("lee");
      type(c[0], c[1]);
      click("staff-create");
      assertThat(notifications()).as(c[0] + "=" + c[1]).anyMatch(n -> n.contains(c[2]));
    }
    fillNew("lee");
    find(PasswordField.class).id("staff-password").setValue("short");
    click("staff-create");
    assertThat(notifications()).anyMatch(n -> n.contains("at least 8 characters"));

    assertThat(members()).isEqualTo(before);
    assertThat(fixture.audit.entries()).isEmpty();
  }

  @Test
  void aTakenUserNameIsRefused() {
    signedInAs("adm");
    navigate(UsersView.class);
    fillNew("rep");

    click("staff-create");

    assertThat(notifications()).contains("The user name rep is taken.");
    assertThat(fixture.staff.find("rep").orElseThrow().role()).isEqualTo(Role.REPRESENTATIVE);
  }

  @Test
  void disablingAMemberStopsTheirSignInAndEnablingRestoresIt() {
    signedInAs("adm");
    navigate(UsersView.class);
    type("staff-username", "rep");

    click("staff-disable");
    assertThat(services.signIn().attempt("rep", fixtures().toCharArray()))
        .isEqualTo(new SignIn.Result.Refused(SignIn.WRONG_CREDENTIALS));

    click("staff-enable");
    assertThat(services.signIn().attempt("rep", fixtures().toCharArray()))
        .isInstanceOf(SignIn.Result.SignedIn.class);
  }

  @Test
  void anAdministratorCannotDisableThemself() {
    signedInAs("adm");
    navigate(UsersView.class);
    type("staff-username", "adm");

    click("staff-disable");

    assertThat(notifications()).contains("You cannot disable your own account.");
    assertThat(fixture.staff.find("adm").orElseThrow().active()).isTrue();
  }

  @Test
  void resettingAPasswordReplacesIt() {
    signedInAs("adm");
    navigate(UsersView.class);
    type("staff-username", "spec");
    find(PasswordField.class).id("staff-password").setValue("brand new secret");

    click("staff-reset");

    assertThat(
            new PasswordHasher()
                .verify(
                    "brand new secret", fixture.staff.find("spec").orElseThrow().passwordHash()))
        .isTrue();
    assertThat(fixture.audit.entries())
        .extracting(AuditEntry::action)
        .contains("staff-password-reset");
  }

  @Test
  void changingRoleSkillsAndDeviceOfTheChosenMember() {
    signedInAs("adm");
    navigate(UsersView.class);
    test(find(com.vaadin.flow.component.grid.Grid.class).id("staff-grid")).select(2);
    assertThat(find(TextField.class).id("staff-username").getValue()).isEqualTo("rep");
    type("staff-device", "PJSIP/1001");
    type("staff-skills", "billing=5, spanish=3");

    click("staff-save");

    StaffMember rep = fixture.staff.find("rep").orElseThrow();
    assertThat(rep.endpoint()).isEqualTo("PJSIP/1001");
    assertThat(rep.skills()).isEqualTo(Map.of("billing", 5, "spanish", 3));
    assertThat(services.signIn().attempt("rep", fixtures().toCharArray()))
        .as("the password is kept")
        .isInstanceOf(SignIn.Result.SignedIn.class);
  }

  private static String fixtures() {
    return org.cityline.desktop.testing.DesktopFixture.PASSWORD;
  }
}
