package org.cityline.desktop.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.StaffUser;
import org.cityline.routing.AgentId;
import org.cityline.routing.RoutingResult;

/**
 * The frame around every signed-in page: the product name, links to the pages the user's role may
 * open, the user's name and role, and the sign-out button.
 */
public class DesktopLayout extends Div
    implements RouterLayout, com.vaadin.flow.router.BeforeEnterObserver {

  private final DesktopServices services;
  private final Nav links = new Nav();
  private final Span userName = new Span();
  private final Span userRole = new Span();
  private final Main content = new Main();

  public DesktopLayout(DesktopServices services) {
    this.services = services;
    addClassName("desktop");

    Span brand = new Span("Cityline");
    brand.addClassName("desktop-brand");
    Span product = new Span("Contact center");
    product.addClassName("desktop-product");
    links.addClassName("desktop-links");

    userName.setId("user-name");
    userName.addClassName("desktop-user-name");
    userRole.setId("user-role");
    userRole.addClassName("desktop-user-role");
    Div user = new Div(userName, userRole);
    user.addClassName("desktop-user");

    Button signOut = new Button("Sign out", click -> signOut());
    signOut.setId("sign-out");
    signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

    Header header = new Header(brand, product, links, user, signOut);
    header.addClassName("desktop-header");
    content.addClassName("desktop-content");
    add(header, content);
  }

  /** Message on the sign-in page when a sign-in has outlived {@code maxSessionAge}. */
  public static final String EXPIRED = "Your sign-in has expired. Sign in again.";

  /**
   * Ends a sign-in older than the console's {@code maxSessionAge} before any page shows (layouts
   * hear of a navigation before their views do).
   */
  @Override
  public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
    Optional<StaffUser> user = CurrentUser.get();
    Optional<java.time.Instant> since = CurrentUser.signedInAt();
    if (user.isEmpty() || since.isEmpty()) {
      return;
    }
    java.time.Instant expires = since.get().plus(services.console().maxSessionAge());
    if (services.clock().instant().isBefore(expires)) {
      return;
    }
    services
        .audit()
        .record(
            new org.cityline.accounts.AuditEntry(
                services.clock().instant(),
                user.get().username(),
                Optional.empty(),
                Optional.empty(),
                "session-expired",
                "sign-in older than " + services.console().maxSessionAge() + " ended"));
    CurrentUser.clear();
    event.forwardTo(DesktopRoutes.LOGIN);
    Notices.refused(EXPIRED);
  }

  @Override
  protected void onAttach(AttachEvent attachEvent) {
    CurrentUser.get().ifPresent(this::show);
  }

  private void show(StaffUser user) {
    userName.setText(user.displayName());
    userRole.setText(user.roleTitle());
    links.removeAll();
    if (user.mayTakeCalls()) {
      links.add(link("Agent desk", DesktopRoutes.AGENT));
    }
    if (user.maySupervise() || services.console().leads().isLead(user.username())) {
      links.add(link("Supervisor", DesktopRoutes.SUPERVISOR));
    }
    if (user.maySupervise()) {
      links.add(link("Reports", DesktopRoutes.REPORTS));
      links.add(link("Approvals", DesktopRoutes.APPROVALS));
      links.add(link("Announcement", DesktopRoutes.ANNOUNCEMENT));
    }
    if (user.mayAdminister()) {
      links.add(link("Users", DesktopRoutes.ADMIN_USERS));
    }
  }

  private static Anchor link(String text, String route) {
    Anchor anchor = new Anchor(route, text);
    anchor.getElement().setAttribute("router-link", true);
    anchor.setId("link-" + route.replace('/', '-'));
    anchor.addClassName("desktop-link");
    return anchor;
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.removeAll();
    if (view != null) {
      content.getElement().appendChild(view.getElement());
    }
  }

  /** Signs out of routing (refused while a call is on a line), audits it, and ends the session. */
  void signOut() {
    Optional<StaffUser> user = CurrentUser.get();
    if (user.isPresent()) {
      AgentId agent = user.get().agentId();
      if (services.routing().agent(agent).isPresent()) {
        RoutingResult result = services.routing().signOut(agent);
        if (result instanceof RoutingResult.Refused refused) {
          Notices.refused("You cannot sign out yet: " + refused.reason());
          return;
        }
      }
      services.signIn().signedOut(user.get());
    }
    CurrentUser.clear();
    UI.getCurrent().getPage().setLocation(DesktopRoutes.LOGIN);
    VaadinSession session = VaadinSession.getCurrent();
    WrappedSession wrapped = session == null ? null : session.getSession();
    if (wrapped != null) {
      wrapped.invalidate();
    }
  }
}
