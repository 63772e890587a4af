package org.cityline.accounts.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;

/**
 * The demo city's staff, with fixed, published passwords. For demos and tests only: a real
 * deployment never seeds them.
 */
public final class DemoStaff {

  /**
   * A demo sign-in, meant to be printed by the launcher.
   *
   * @param username the user name
   * @param password the demo password (published; never use these outside a demo)
   * @param role what the member may do
   */
  public record Credential(String username, String password, Role role) {}

  /**
   * Every demo sign-in: a representative, a Spanish-speaking one, a specialist, a supervisor, an
   * administrator.
   */
  public static final List<Credential> CREDENTIALS =
      List.of(
          new Credential("agent", "cityline-agent", Role.REPRESENTATIVE),
          new Credential("agent2", "cityline-agent2", Role.REPRESENTATIVE),
          new Credential("specialist", "cityline-specialist", Role.SPECIALIST),
          new Credential("supervisor", "cityline-supervisor", Role.SUPERVISOR),
          new Credential("admin", "cityline-admin", Role.ADMINISTRATOR));

  private DemoStaff() {}

  /** The demo staff, their passwords hashed with {@code hasher}. */
  public static List<StaffMember> members(PasswordHasher hasher) {
    return List.of(
        member(hasher, 0, "Alex Morgan", Map.of("billing", 3), 1),
        member(hasher, 1, "Sofía Ramírez", Map.of("billing", 2, "spanish", 4), 1),
        member(hasher, 2, "Sam Patel", Map.of("billing", 5, "credit", 4, "specialist", 4), 2),
        member(hasher, 3, "Dana Brooks", Map.of("billing", 5, "supervisor", 5), 2),
        member(hasher, 4, "Avery Chen", Map.of(), 1));
  }

  /**
   * Adds the demo staff if there is no staff member at all; safe to call on every start.
   *
   * @return whether they were added now
   */
  public static boolean seedIfEmpty(DataSource dataSource, PasswordHasher hasher) {
    try (Connection connection = dataSource.getConnection()) {
      if (!isEmpty(connection)) {
        return false;
      }
      insert(connection, members(hasher));
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not seed the demo staff ("
              + e.getMessage()
              + "); is the accounts schema migrated (AccountsDatabase.migrate)?",
          e);
    }
  }

  static boolean isEmpty(Connection connection) throws SQLException {
    try (PreparedStatement count =
            connection.prepareStatement("SELECT COUNT(*) FROM staff_member");
        ResultSet rs = count.executeQuery()) {
      rs.next();
      return rs.getLong(1) == 0;
    }
  }

  /** Inserts members and their skills in the caller's transaction. */
  static void insert(Connection connection, List<StaffMember> members) throws SQLException {
    try (PreparedStatement member =
            connection.prepareStatement(
                "INSERT INTO staff_member (username, display_name, staff_role, password_hash,"
                    + " endpoint, voice_capacity, active) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement skill =
            connection.prepareStatement(
                "INSERT INTO staff_skill (username, skill, proficiency) VALUES (?, ?, ?)")) {
      for (StaffMember m : members) {
        member.setString(1, m.username());
        member.setString(2, m.displayName());
        member.setString(3, m.role().name());
        member.setString(4, m.passwordHash());
        member.setString(5, m.endpoint());
        member.setInt(6, m.voiceCapacity());
        member.setBoolean(7, m.active());
        member.executeUpdate();
        for (Map.Entry<String, Integer> s : m.skills().entrySet()) {
          skill.setString(1, m.username());
          skill.setString(2, s.getKey());
          skill.setInt(3, s.getValue());
          skill.executeUpdate();
        }
      }
    }
  }

  private static StaffMember member(
      PasswordHasher hasher, int index, String name, Map<String, Integer> skills, int lines) {
    Credential credential = CREDENTIALS.get(index);
    return new StaffMember(
        credential.username(),
        name,
        credential.role(),
        hasher.hash(credential.password()),
        "sim:" + credential.username(),
        skills,
        lines,
        true);
  }
}
