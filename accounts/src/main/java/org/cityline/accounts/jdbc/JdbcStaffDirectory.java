package org.cityline.accounts.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.Usernames;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffAdministration;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Staff members in {@code staff_member} and their skills in {@code staff_skill}; an administrator's
 * changes replace a member's row and skills in one transaction.
 */
final class JdbcStaffDirectory implements StaffDirectory, StaffAdministration {

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

  @Override
  public Result create(StaffMember member) {
    if (!Usernames.isValid(member.username())) {
      return new Result.Refused("'" + member.username() + "' is not a valid user name.");
    }
    return jdbi.inTransaction(
        handle -> {
          if (!members(handle, " WHERE username = :username", member.username()).isEmpty()) {
            return new Result.Refused("The user name " + member.username() + " is taken.");
          }
          handle
              .createUpdate(
                  "INSERT INTO staff_member (username, display_name, staff_role, password_hash,"
                      + " endpoint, voice_capacity, active) VALUES (:username, :displayName,"
                      + " :role, :hash, :endpoint, :capacity, :active)")
              .bindMap(row(member))
              .execute();
          writeSkills(handle, member);
          return new Result.Done();
        });
  }

  @Override
  public Result update(StaffMember member) {
    if (!Usernames.isValid(member.username())) {
      return new Result.Refused("There is no member called " + member.username() + ".");
    }
    return jdbi.inTransaction(
        handle -> {
          int changed =
              handle
                  .createUpdate(
                      "UPDATE staff_member SET display_name = :displayName, staff_role = :role,"
                          + " password_hash = :hash, endpoint = :endpoint,"
                          + " voice_capacity = :capacity, active = :active"
                          + " WHERE username = :username")
                  .bindMap(row(member))
                  .execute();
          if (changed == 0) {
            return new Result.Refused("There is no member called " + member.username() + ".");
          }
          handle
              .createUpdate("DELETE FROM staff_skill WHERE username = :username")
              .bind("username", member.username())
              .execute();
          writeSkills(handle, member);
          return new Result.Done();
        });
  }

  private static Map<String, Object> row(StaffMember member) {
    Map<String, Object> row = new HashMap<>();
    row.put("username", member.username());
    row.put("displayName", member.displayName());
    row.put("role", member.role().name());
    row.put("hash", member.passwordHash());
    row.put("endpoint", member.endpoint());
    row.put("capacity", member.voiceCapacity());
    row.put("active", member.active());
    return row;
  }

  private static void writeSkills(Handle handle, StaffMember member) {
    member
        .skills()
        .forEach(
            (skill, level) ->
                handle
                    .createUpdate(
                        "INSERT INTO staff_skill (username, skill, proficiency)"
                            + " VALUES (:username, :skill, :level)")
                    .bind("username", member.username())
                    .bind("skill", skill)
                    .bind("level", level)
                    .execute());
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
