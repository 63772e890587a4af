package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffAdministration;
import org.cityline.accounts.staff.StaffAdministration.Result;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An administrator's changes to the staff directory, on a fresh H2 database. */
class StaffAdministrationTest {

  private StaffAdministration admin;
  private StaffDirectory directory;

  @BeforeEach
  void freshDatabase() {
    DataSource dataSource = DemoCityDatabase.blank();
    AccountsDatabase.migrate(dataSource);
    admin = AccountsDatabase.staffAdministration(dataSource);
    directory = AccountsDatabase.open(dataSource, DemoCityDatabase.CLOCK).staff();
  }

  private static StaffMember member(String name, Role role, Map<String, Integer> skills) {
    return new StaffMember(
        name, "Jo " + name, role, "$2a$10$hash", "PJSIP/" + name, skills, 2, true);
  }

  @Test
  void createsAMemberWithSkillsAndFindsThem() {
    StaffMember jo = member("jo", Role.SPECIALIST, Map.of("billing", 4, "spanish", 2));

    assertThat(admin.create(jo)).isEqualTo(new Result.Done());

    StaffMember found = directory.find("jo").orElseThrow();
    assertThat(found).usingRecursiveComparison().isEqualTo(jo);
  }

  @Test
  void aTakenUserNameIsRefusedAndTheFirstMemberIsUnchanged() {
    admin.create(member("jo", Role.SPECIALIST, Map.of("billing", 4)));

    Result second = admin.create(member("jo", Role.ADMINISTRATOR, Map.of()));

    assertThat(second).isEqualTo(new Result.Refused("The user name jo is taken."));
    assertThat(directory.find("jo").orElseThrow().role()).isEqualTo(Role.SPECIALIST);
  }

  @Test
  void updateReplacesRoleSkillsPhoneAndActive() {
    admin.create(member("jo", Role.REPRESENTATIVE, Map.of("billing", 2, "credit", 1)));
    StaffMember changed =
        new StaffMember(
            "jo",
            "Jo Smith",
            Role.SUPERVISOR,
            "$2a$10$other",
            "client:jo",
            Map.of("billing", 5),
            1,
            false);

    assertThat(admin.update(changed)).isEqualTo(new Result.Done());

    assertThat(directory.find("jo").orElseThrow()).usingRecursiveComparison().isEqualTo(changed);
  }

  @Test
  void updatingSomeoneUnknownIsRefused() {
    assertThat(admin.update(member("ghost", Role.REPRESENTATIVE, Map.of())))
        .isEqualTo(new Result.Refused("There is no member called ghost."));
    assertThat(directory.find("ghost")).isEmpty();
  }

  @Test
  void anInvalidUserNameIsRefusedWithoutTouchingTheDatabase() {
    assertThat(admin.create(member("Bad Name!", Role.REPRESENTATIVE, Map.of())))
        .isInstanceOf(Result.Refused.class);
    assertThat(directory.all()).isEmpty();
  }
}
