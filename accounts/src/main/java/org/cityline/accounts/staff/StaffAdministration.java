package org.cityline.accounts.staff;

/**
 * Changes to the staff directory an administrator makes: add a member, change one (name, role,
 * skills and levels, phone, line capacity, enabled or not, password hash). The caller checks the
 * administrator's role and the input; the store refuses what would break the directory (a taken
 * user name, an unknown member).
 */
public interface StaffAdministration {

  /** What became of a change. */
  sealed interface Result {
    /** Done. */
    record Done() implements Result {}

    /** Refused, changing nothing, with the reason to show. */
    record Refused(String reason) implements Result {}
  }

  /** Adds a new member; refused when the user name is taken. */
  Result create(StaffMember member);

  /** Replaces a member's record (skills included) by user name; refused for an unknown member. */
  Result update(StaffMember member);
}
