package org.cityline.accounts.staff;

import java.util.Map;

/**
 * A member of staff.
 *
 * @param username sign-in name; also the agent's id in routing
 * @param displayName name shown to colleagues
 * @param role what they may do
 * @param passwordHash a bcrypt hash of the password; never the password
 * @param endpoint the agent's phone: a PJSIP endpoint, a Twilio client identity, or a simulated
 *     desk phone ({@code sim:<username>})
 * @param skills skill name to proficiency, 1 (learning) to 5 (expert)
 * @param voiceCapacity how many calls the agent may hold at once (1 to 4)
 * @param active false when the account is disabled
 */
public record StaffMember(
    String username,
    String displayName,
    Role role,
    String passwordHash,
    String endpoint,
    Map<String, Integer> skills,
    int voiceCapacity,
    boolean active) {

  public StaffMember {
    skills = Map.copyOf(skills);
    if (voiceCapacity < 1 || voiceCapacity > 4) {
      throw new IllegalArgumentException("voice capacity is 1 to 4 lines, was " + voiceCapacity);
    }
  }

  /** Never shows the password hash. */
  @Override
  public String toString() {
    return "StaffMember[" + username + ", " + role + "]";
  }
}
