package org.cityline.routing.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;

/** Staff in memory. */
public final class FakeStaffDirectory implements StaffDirectory {

  private final Map<String, StaffMember> members = new ConcurrentHashMap<>();

  /** Adds an active representative with the billing skill and a simulated desk phone. */
  public StaffMember addRepresentative(String username) {
    return add(username, Map.of("billing", 3), true);
  }

  public StaffMember add(String username, Map<String, Integer> skills, boolean active) {
    return add(username, skills, 1, active);
  }

  /** Adds an active member with these skills and lines. */
  public StaffMember add(String username, Map<String, Integer> skills, int lines) {
    return add(username, skills, lines, true);
  }

  public StaffMember add(String username, Map<String, Integer> skills, int lines, boolean active) {
    StaffMember member =
        new StaffMember(
            username,
            "Rep " + username,
            Role.REPRESENTATIVE,
            "$2a$10$notarealhashnotarealhashnotarealhashnotarealhashnotreal",
            "sim:" + username,
            skills,
            lines,
            active);
    members.put(username, member);
    return member;
  }

  public void put(StaffMember member) {
    members.put(member.username(), member);
  }

  @Override
  public Optional<StaffMember> find(String username) {
    return Optional.ofNullable(members.get(username));
  }

  @Override
  public List<StaffMember> all() {
    return List.copyOf(members.values());
  }
}
