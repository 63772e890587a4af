package org.cityline.desktop.signin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.SignIn;
import org.cityline.desktop.ui.CurrentUser;
import org.cityline.desktop.ui.DesktopRoutes;

/**
 * Sign-in: user name and password, checked against the staff directory. A refusal always reads the
 * same, whatever was wrong; success leads to the page for the user's role.
 */
@Route(DesktopRoutes.LOGIN)
@PageTitle("Sign in · Cityline")
public class LoginView extends Div implements BeforeEnterObserver {

  private final SignIn signIn;
  private final java.time.Clock clock;
  private final TextField username = new TextField("User name");
  private final PasswordField password = new PasswordField("Password");
  private final Button submit = new Button("Sign in");
  private final Span error = new Span();

  public LoginView(DesktopServices services) {
    this.signIn = services.signIn();
    this.clock = services.clock();
    addClassName("login-page");

    H1 title = new H1("Cityline");
    title.addClassName("login-title");
    Paragraph subtitle = new Paragraph("Utilities contact center · staff sign-in");
    subtitle.addClassName("login-subtitle");

    username.setId("username");
    username.setMaxLength(SignIn.MAX_USERNAME_LENGTH);
    username.setAutofocus(true);
    username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
    username.setWidthFull();
    password.setId("password");
    password.setMaxLength(SignIn.MAX_PASSWORD_LENGTH);
    password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
    password.setWidthFull();

    error.setId("sign-in-error");
    error.addClassName("login-error");
    error.getElement().setAttribute("role", "alert");
    error.setVisible(false);

    submit.setId("sign-in");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setWidthFull();
    submit.addClickShortcut(Key.ENTER);
    submit.addClickListener(click -> attempt());

    Div card = new Div(title, subtitle, error, username, password, submit);
    card.addClassName("login-card");
    add(card);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    CurrentUser.get().ifPresent(user -> event.forwardTo(DesktopRoutes.homeOf(user)));
  }

  private void attempt() {
    char[] typed = password.getValue().toCharArray();
    password.clear();
    switch (signIn.attempt(username.getValue(), typed)) {
      case SignIn.Result.Refused refused -> {
        error.setText(refused.message());
        error.setVisible(true);
        password.focus();
      }
      case SignIn.Result.SignedIn signedIn -> {
        renewSessionId();
        CurrentUser.set(signedIn.user(), clock.instant());
        getUI().ifPresent(ui -> ui.navigate(DesktopRoutes.homeOf(signedIn.user())));
      }
    }
  }

  /** A new session id after sign-in, so a session id seen before sign-in is worth nothing. */
  private static void renewSessionId() {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null && request.getWrappedSession(false) != null) {
      VaadinService.reinitializeSession(request);
    }
  }
}
