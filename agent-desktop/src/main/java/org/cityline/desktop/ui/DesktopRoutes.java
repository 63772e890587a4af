package org.cityline.desktop.ui;

import org.cityline.desktop.StaffUser;

/** The desktop's pages, by path, so views can send people to one another without a cycle. */
public final class DesktopRoutes {

  /** Sign-in. */
  public static final String LOGIN = "login";

  /** The agent's desk: state, screen pop, call controls, wrap-up. */
  public static final String AGENT = "agent";

  /** The supervisor's live queues and agents. */
  public static final String SUPERVISOR = "supervisor";

  /** Bill adjustments waiting for a supervisor's approval. */
  public static final String APPROVALS = "approvals";

  /** The administrator's staff directory. */
  public static final String ADMIN_USERS = "admin/users";

  /** The supervisor's reports and staffing calculator. */
  public static final String REPORTS = "reports";

  /** The supervisor's emergency announcement for the IVR. */
  public static final String ANNOUNCEMENT = "announcement";

  private DesktopRoutes() {}

  /** Where a member of staff lands after signing in. */
  public static String homeOf(StaffUser user) {
    return user.maySupervise() ? SUPERVISOR : AGENT;
  }
}
