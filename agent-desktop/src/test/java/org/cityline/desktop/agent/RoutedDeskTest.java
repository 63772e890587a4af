package org.cityline.desktop.agent;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Set;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.server.DesktopInstantiatorFactory;
import org.cityline.desktop.testing.RoutedDesk;
import org.cityline.desktop.ui.CurrentUser;
import org.cityline.desktop.ui.RoutingFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the agent desk's browserless tests over the real routing core ({@link RoutedDesk}): the
 * views are built by the desktop's own instantiator; time moves only when the test moves it.
 */
@ViewPackages(
    packages = {
      "org.cityline.desktop.signin",
      "org.cityline.desktop.agent",
      "org.cityline.desktop.agent.account",
      "org.cityline.desktop.supervisor"
    })
public abstract class RoutedDeskTest extends BrowserlessTest {

  protected final RoutedDesk desk = newDesk();

  /** The desk under test; over fakes unless a test class needs real accounts. */
  protected RoutedDesk newDesk() {
    return new RoutedDesk();
  }

  @Override
  protected Set<Class<?>> lookupServices() {
    return Set.of(DesktopInstantiatorFactory.class);
  }

  @BeforeEach
  void provideServices() {
    VaadinService.getCurrent().getContext().setAttribute(DesktopServices.class, desk.services);
  }

  @AfterEach
  void stopRouting() {
    desk.close();
  }

  /** Puts a staff member in the session, as a successful sign-in does. */
  protected StaffUser signedInAs(String username) {
    StaffUser user = StaffUser.of(desk.routing.staff().find(username).orElseThrow());
    CurrentUser.set(user);
    return user;
  }

  /** Runs the pushes waiting for the UI. */
  protected void push() {
    MockVaadin.clientRoundtrip();
  }

  /** Lets the desktop's batching window pass, then delivers the batch. */
  protected void afterBatchWindow() {
    ((ManualScheduler) desk.services.scheduler()).advance(RoutingFeed.WINDOW);
    push();
  }

  protected List<String> notifications() {
    return find(Notification.class).all().stream()
        .filter(Notification::isOpened)
        .map(n -> test(n).getText())
        .toList();
  }

  protected String textOf(String id) {
    return find(Component.class).id(id).getElement().getTextRecursively();
  }

  protected boolean visible(String id) {
    return find(Component.class).withId(id).exists();
  }

  protected void click(String id) {
    test(find(Button.class).id(id)).click();
  }

  protected void type(String id, String text) {
    test(find(TextArea.class).id(id)).setValue(text);
  }

  /** Types into a text field, password field or text area by id. */
  protected void fill(String id, String text) {
    Component field = find(Component.class).id(id);
    switch (field) {
      case com.vaadin.flow.component.textfield.PasswordField password ->
          test(password).setValue(text);
      case com.vaadin.flow.component.textfield.TextField plain -> test(plain).setValue(text);
      case TextArea area -> test(area).setValue(text);
      default -> throw new IllegalArgumentException(id + " is not a text field");
    }
  }

  @SuppressWarnings("unchecked")
  protected void choose(String id, String label) {
    test((Select<Object>) find(Select.class).id(id)).selectItem(label);
  }
}
