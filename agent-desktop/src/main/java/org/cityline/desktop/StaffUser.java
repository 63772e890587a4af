package org.cityline.desktop;

import java.io.Serializable;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.routing.AgentId;

/**
 * Who is signed in to a desktop session: kept in the session, never with the password hash.
 *
 * @param username the sign-in name, also the agent's id in routing
 * @param displayName the name shown in the header
 * @param role what they may open
 */
public record StaffUser(String username, String displayName, Role role) implements Serializable {

  public static StaffUser of(StaffMember member) {
    return new StaffUser(member.username(), member.displayName(), member.role());
  }

  /** The agent in routing. */
  public AgentId agentId() {
    return new AgentId(username);
  }

  /** Whether the agent view is open to them: every role takes calls. */
  public boolean mayTakeCalls() {
    return role.includes(Role.REPRESENTATIVE);
  }

  /** Whether the supervisor view is open to them. */
  public boolean maySupervise() {
    return role.includes(Role.SUPERVISOR);
  }

  /** The role as the header shows it ("Supervisor"). */
  public String roleTitle() {
    String name = role.name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** Whether the administrator's pages are open to them. */
  public boolean mayAdminister() {
    return role.includes(Role.ADMINISTRATOR);
  }

  /** Whether a supervisor may make them temporary lead: specialists only. */
  public boolean mayBeLead() {
    return role == Role.SPECIALIST;
  }
}
