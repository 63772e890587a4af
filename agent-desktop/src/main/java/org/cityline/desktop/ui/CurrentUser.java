package org.cityline.desktop.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.cityline.desktop.StaffUser;

/** The member of staff signed in to the current desktop session. */
public final class CurrentUser {

  private CurrentUser() {}

  /** Who is signed in, if anyone. */
  public static Optional<StaffUser> get() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable(session.getAttribute(StaffUser.class));
  }

  /** Records who signed in. */
  public static void set(StaffUser user) {
    VaadinSession.getCurrent().setAttribute(StaffUser.class, user);
  }

  /** Forgets who was signed in. */
  public static void clear() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.setAttribute(StaffUser.class, null);
    }
  }
}
