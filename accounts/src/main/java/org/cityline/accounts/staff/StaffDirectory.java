package org.cityline.accounts.staff;

import java.util.List;
import java.util.Optional;

/** Where staff members are kept. */
public interface StaffDirectory {

  /** The member with this user name, active or not. */
  Optional<StaffMember> find(String username);

  /** Every member, active or not, by user name. */
  List<StaffMember> all();
}
