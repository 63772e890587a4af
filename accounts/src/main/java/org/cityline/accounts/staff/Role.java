package org.cityline.accounts.staff;

/** What a member of staff may see and change. Each role includes what the roles above it may. */
public enum Role {
  /** Customer service representative (I, II or III): takes calls, routine account work. */
  REPRESENTATIVE,
  /** Customer care specialist: escalations and higher-security changes. */
  SPECIALIST,
  /** Customer service supervisor: live queues, agents, approvals, reports. */
  SUPERVISOR,
  /** Manages users, roles, skills and devices. */
  ADMINISTRATOR;

  /** Whether this role may do what {@code other} may. */
  public boolean includes(Role other) {
    return ordinal() >= other.ordinal();
  }
}
