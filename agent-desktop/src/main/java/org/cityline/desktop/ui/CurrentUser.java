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

  /** Records who signed in and when (for the sign-in's age limit). */
  public static void set(StaffUser user, java.time.Instant signedInAt) {
    set(user);
    VaadinSession.getCurrent().setAttribute(SignedInAt.class, new SignedInAt(signedInAt));
  }

  /** When the current user signed in, if recorded. */
  public static Optional<java.time.Instant> signedInAt() {
    VaadinSession session = VaadinSession.getCurrent();
    return session == null
        ? Optional.empty()
        : Optional.ofNullable(session.getAttribute(SignedInAt.class)).map(SignedInAt::at);
  }

  /** The moment of sign-in, as kept in the session. */
  record SignedInAt(java.time.Instant at) implements java.io.Serializable {}

  /** Forgets who was signed in. */
  public static void clear() {
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      session.setAttribute(StaffUser.class, null);
      session.setAttribute(SignedInAt.class, null);
    }
  }
}
