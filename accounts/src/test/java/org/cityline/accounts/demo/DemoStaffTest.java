package org.cityline.accounts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.junit.jupiter.api.Test;

class DemoStaffTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void publishesASignInForEachRole() {
    assertThat(DemoStaff.CREDENTIALS)
        .extracting(DemoStaff.Credential::role)
        .contains(Role.REPRESENTATIVE, Role.SPECIALIST, Role.SUPERVISOR, Role.ADMINISTRATOR);
    assertThat(DemoStaff.CREDENTIALS)
        .extracting(DemoStaff.Credential::password)
        .allMatch(password -> PasswordHasher.problem(password).isEmpty());
  }

  @Test
  void membersMatchTheirCredentials() {
    var members = DemoStaff.members(hasher);

    for (int i = 0; i < members.size(); i++) {
      StaffMember member = members.get(i);
      DemoStaff.Credential credential = DemoStaff.CREDENTIALS.get(i);
      assertThat(member.username()).isEqualTo(credential.username());
      assertThat(member.endpoint()).isEqualTo("sim:" + credential.username());
      assertThat(hasher.verify(credential.password(), member.passwordHash())).isTrue();
    }
  }

  @Test
  void seedsAnEmptyDirectoryOnlyOnce() {
    DemoCityDatabase database = DemoCityDatabase.empty();

    assertThat(DemoStaff.seedIfEmpty(database.dataSource(), hasher)).isTrue();
    assertThat(DemoStaff.seedIfEmpty(database.dataSource(), hasher)).isFalse();
    assertThat(database.store().staff().all()).hasSize(DemoStaff.CREDENTIALS.size());
  }

  @Test
  void refusesAnUnmigratedDatabaseSayingWhatToDo() {
    assertThatThrownBy(() -> DemoStaff.seedIfEmpty(DemoCityDatabase.blank(), hasher))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("AccountsDatabase.migrate");
  }
}
