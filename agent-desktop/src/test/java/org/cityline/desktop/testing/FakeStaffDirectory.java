package org.cityline.desktop.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;

/** Staff in a map, with real bcrypt hashes (cost 4, to keep tests quick). */
public final class FakeStaffDirectory
    implements StaffDirectory, org.cityline.accounts.staff.StaffAdministration {

  private static final PasswordHasher HASHER = new PasswordHasher();

  private final Map<String, StaffMember> members = new TreeMap<>();

  /** Adds an active member whose password is {@code password}. */
  public FakeStaffDirectory add(String username, String displayName, Role role, String password) {
    return add(username, displayName, role, password, true);
  }

  public synchronized FakeStaffDirectory add(
      String username, String displayName, Role role, String password, boolean active) {
    String hash = HASHER.hash(password);
    members.put(
        username,
        new StaffMember(
            username, displayName, role, hash, "sim:" + username, Map.of("billing", 3), 1, active));
    return this;
  }

  @Override
  public synchronized Optional<StaffMember> find(String username) {
    return Optional.ofNullable(members.get(username));
  }

  @Override
  public synchronized List<StaffMember> all() {
    return List.copyOf(members.values());
  }

  @Override
  public synchronized Result create(StaffMember member) {
    if (members.containsKey(member.username())) {
      return new Result.Refused("The user name " + member.username() + " is taken.");
    }
    members.put(member.username(), member);
    return new Result.Done();
  }

  @Override
  public synchronized Result update(StaffMember member) {
    if (!members.containsKey(member.username())) {
      return new Result.Refused("There is no member called " + member.username() + ".");
    }
    members.put(member.username(), member);
    return new Result.Done();
  }
}
