package org.cityline.desktop.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.cityline.accounts.AuditEntry;
import org.cityline.desktop.SignIn;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.supervisor.SupervisorView;
import org.cityline.desktop.testing.DesktopFixture;
import org.cityline.desktop.ui.CurrentUser;
import org.cityline.desktop.ui.DesktopViewTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends DesktopViewTest {

  private void signIn(String username, String password) {
    navigate(LoginView.class);
    test(find(TextField.class).id("username")).setValue(username);
    test(find(PasswordField.class).id("password")).setValue(password);
    test(find(Button.class).id("sign-in")).click();
  }

  private Span error() {
    return find(Span.class).id("sign-in-error");
  }

  @Test
  void aRepresentativeSignsInAndLandsOnTheAgentDesk() {
    signIn("rep", DesktopFixture.PASSWORD);

    assertThat(getCurrentView()).isInstanceOf(AgentView.class);
    assertThat(CurrentUser.get())
        .hasValueSatisfying(u -> assertThat(u.username()).isEqualTo("rep"));
    assertThat(fixture.audit.entries())
        .extracting(AuditEntry::actor, AuditEntry::action)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("rep", "sign-in"));
  }

  @Test
  void aSupervisorLandsOnTheSupervisorView() {
    signIn("sup", DesktopFixture.PASSWORD);

    assertThat(getCurrentView()).isInstanceOf(SupervisorView.class);
  }

  @Test
  void aWrongPasswordIsRefusedWithTheGenericMessage() {
    signIn("rep", "not the password");

    assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    assertThat(error().isVisible()).isTrue();
    assertThat(error().getText()).isEqualTo(SignIn.WRONG_CREDENTIALS);
    assertThat(CurrentUser.get()).isEmpty();
    assertThat(find(PasswordField.class).id("password").getValue()).isEmpty();
  }

  @Test
  void anUnknownUserAndADisabledUserGetTheSameMessage() {
    signIn("nobody", DesktopFixture.PASSWORD);
    String unknown = error().getText();
    signIn("gone", DesktopFixture.PASSWORD);

    assertThat(error().getText()).isEqualTo(unknown).isEqualTo(SignIn.WRONG_CREDENTIALS);
    assertThat(CurrentUser.get()).isEmpty();
  }

  @Test
  void emptyFieldsAskForBoth() {
    signIn("", "");

    assertThat(error().getText()).isEqualTo(SignIn.MISSING_CREDENTIALS);
    assertThat(fixture.audit.entries()).isEmpty();
  }

  @Test
  void scriptTagsAndOverLongInputAreRefusedAndShownAsText() {
    signIn("<script>alert(1)</script>", DesktopFixture.PASSWORD);
    assertThat(error().getText()).isEqualTo(SignIn.WRONG_CREDENTIALS);

    signIn("rep", "x".repeat(SignIn.MAX_PASSWORD_LENGTH + 1));
    assertThat(error().getText()).isEqualTo(SignIn.WRONG_CREDENTIALS);

    assertThat(CurrentUser.get()).isEmpty();
    assertThat(find(TextField.class).id("username").getMaxLength())
        .isEqualTo(SignIn.MAX_USERNAME_LENGTH);
    assertThat(fixture.audit.entries())
        .allSatisfy(entry -> assertThat(entry.detail()).doesNotContain(DesktopFixture.PASSWORD));
  }

  @Test
  void someoneAlreadySignedInSkipsTheSignInPage() {
    signedInAs("rep");

    navigate("login", AgentView.class);
  }

  @Test
  void theRootAddressSendsStrangersToSignInAndStaffHome() {
    navigate("", LoginView.class);
    signedInAs("sup");
    navigate("", SupervisorView.class);
  }
}
