package org.cityline.accounts.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.Usernames;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Staff members in {@code staff_member} and their skills in {@code staff_skill}. */
final class JdbcStaffDirectory implements StaffDirectory {

  private final Jdbi jdbi;

  JdbcStaffDirectory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<StaffMember> find(String username) {
    if (!Usernames.isValid(username)) {
      return Optional.empty();
    }
    return jdbi.withHandle(
        handle -> members(handle, " WHERE username = :username", username).stream().findFirst());
  }

  @Override
  public List<StaffMember> all() {
    return jdbi.withHandle(handle -> members(handle, "", null));
  }

  private static List<StaffMember> members(Handle handle, String where, String username) {
    Map<String, Map<String, Integer>> skills = new HashMap<>();
    var skillQuery = handle.createQuery("SELECT * FROM staff_skill" + where);
    if (username != null) {
      skillQuery.bind("username", username);
    }
    skillQuery
        .map(
            (rs, ctx) ->
                new SkillRow(
                    rs.getString("username"), rs.getString("skill"), rs.getInt("proficiency")))
        .forEach(
            row ->
                skills
                    .computeIfAbsent(row.username(), k -> new HashMap<>())
                    .put(row.skill(), row.level()));
    var memberQuery =
        handle.createQuery("SELECT * FROM staff_member" + where + " ORDER BY username");
    if (username != null) {
      memberQuery.bind("username", username);
    }
    return memberQuery
        .map(
            (rs, ctx) ->
                new StaffMember(
                    rs.getString("username"),
                    rs.getString("display_name"),
                    Rows.enumValue(rs, "staff_role", Role.class),
                    rs.getString("password_hash"),
                    rs.getString("endpoint"),
                    skills.getOrDefault(rs.getString("username"), Map.of()),
                    rs.getInt("voice_capacity"),
                    rs.getBoolean("active")))
        .list();
  }

  private record SkillRow(String username, String skill, int level) {}
}
