package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.cityline.accounts.demo.DemoStaff;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;
import org.junit.jupiter.api.Test;

/** The staff directory over the seeded demo staff. */
abstract class StaffContract {

  private final PasswordHasher hasher = new PasswordHasher();

  abstract StoreEngine engine();

  private StaffDirectory staff() {
    return engine().store().staff();
  }

  @Test
  void findsTheDemoRepresentativeWithSkillsAndPhone() {
    StaffMember agent = staff().find("agent").orElseThrow();

    assertThat(agent.role()).isEqualTo(Role.REPRESENTATIVE);
    assertThat(agent.skills()).isEqualTo(Map.of("billing", 3));
    assertThat(agent.endpoint()).isEqualTo("sim:agent");
    assertThat(agent.active()).isTrue();
    assertThat(agent.toString()).doesNotContain(agent.passwordHash());
  }

  @Test
  void everyDemoMemberSignsInWithTheirPublishedPasswordOnly() {
    for (DemoStaff.Credential credential : DemoStaff.CREDENTIALS) {
      StaffMember member = staff().find(credential.username()).orElseThrow();

      assertThat(member.role()).isEqualTo(credential.role());
      assertThat(hasher.verify(credential.password(), member.passwordHash())).isTrue();
      assertThat(hasher.verify(credential.password() + "!", member.passwordHash())).isFalse();
      assertThat(member.passwordHash()).doesNotContain(credential.password());
    }
  }

  @Test
  void theSpecialistAndTheSupervisorHaveTheirSkills() {
    assertThat(staff().find("agent2").orElseThrow().skills())
        .isEqualTo(Map.of("billing", 2, "spanish", 4));
    assertThat(staff().find("specialist").orElseThrow().skills())
        .isEqualTo(Map.of("billing", 5, "credit", 4, "specialist", 4));
    assertThat(staff().find("supervisor").orElseThrow().skills())
        .isEqualTo(Map.of("billing", 5, "supervisor", 5));
    assertThat(staff().find("admin").orElseThrow().skills()).isEmpty();
  }

  @Test
  void listsEveryoneByUserName() {
    assertThat(staff().all())
        .extracting(StaffMember::username)
        .containsExactly("admin", "agent", "agent2", "specialist", "supervisor");
  }

  @Test
  void unknownOrMalformedUserNamesFindNobody() {
    assertThat(staff().find("nobody")).isEmpty();
    assertThat(staff().find("' OR '1'='1")).isEmpty();
    assertThat(staff().find("AGENT")).isEmpty();
    assertThat(staff().find("")).isEmpty();
    assertThat(staff().find(null)).isEmpty();
    assertThat(staff().find("a".repeat(10_000))).isEmpty();
  }
}
