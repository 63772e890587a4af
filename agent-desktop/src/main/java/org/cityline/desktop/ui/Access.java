package org.cityline.desktop.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.function.Predicate;
import org.cityline.desktop.StaffUser;

/**
 * The role gate every view passes through before it shows anything: nobody signed in goes to the
 * sign-in page; a role that may not open the page goes to their own page with a message.
 */
public final class Access {

  private Access() {}

  /**
   * Lets the navigation through only for a signed-in user {@code allowed} accepts.
   *
   * @param denied what to tell a signed-in user who may not open the page
   * @return the user, when let through
   */
  public static Optional<StaffUser> gate(
      BeforeEnterEvent event, Predicate<StaffUser> allowed, String denied) {
    Optional<StaffUser> user = CurrentUser.get();
    if (user.isEmpty()) {
      event.forwardTo(DesktopRoutes.LOGIN);
      return Optional.empty();
    }
    if (!allowed.test(user.get())) {
      event.forwardTo(DesktopRoutes.homeOf(user.get()));
      Notices.refused(denied);
      return Optional.empty();
    }
    return user;
  }
}
