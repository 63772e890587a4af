package org.cityline.desktop.ui;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Set;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.desktop.server.DesktopInstantiatorFactory;
import org.cityline.desktop.testing.DesktopFixture;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the desktop's browserless view tests: the views are built by the desktop's own
 * instantiator from a {@link DesktopFixture} (fakes, manual clock and scheduler).
 */
@ViewPackages(
    packages = {
      "org.cityline.desktop.signin",
      "org.cityline.desktop.agent",
      "org.cityline.desktop.supervisor",
      "org.cityline.desktop.admin",
      "org.cityline.desktop.reports"
    })
public abstract class DesktopViewTest extends BrowserlessTest {

  protected final DesktopFixture fixture = new DesktopFixture();

  @Override
  protected Set<Class<?>> lookupServices() {
    return Set.of(DesktopInstantiatorFactory.class);
  }

  @BeforeEach
  void provideServices() {
    VaadinService.getCurrent().getContext().setAttribute(DesktopServices.class, fixture.services);
  }

  /** Puts a staff member in the session, as a successful sign-in does. */
  protected StaffUser signedInAs(String username) {
    StaffUser user = StaffUser.of(fixture.staff.find(username).orElseThrow());
    CurrentUser.set(user);
    return user;
  }

  /** Runs the {@code UI.access} tasks that pushes are made of, as the server would. */
  protected void push() {
    MockVaadin.clientRoundtrip();
  }

  /** Lets the batching window pass, then delivers the batch. */
  protected void afterBatchWindow() {
    fixture.scheduler.advance(RoutingFeed.WINDOW);
    push();
  }

  /** The texts of the notifications open now. */
  protected List<String> notifications() {
    return find(Notification.class).all().stream()
        .filter(Notification::isOpened)
        .map(n -> test(n).getText())
        .toList();
  }

  /** A component's text, by id. */
  protected String textOf(String id) {
    return find(Component.class).id(id).getElement().getTextRecursively();
  }
}
