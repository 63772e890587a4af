package org.cityline.accounts.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void verifiesTheRightPasswordAndNoOther() {
    String hash = hasher.hash("cityline-agent");

    assertThat(hash).startsWith("$2a$10$").hasSize(60).doesNotContain("cityline-agent");
    assertThat(hasher.verify("cityline-agent", hash)).isTrue();
    assertThat(hasher.verify("cityline-Agent", hash)).isFalse();
    assertThat(hasher.verify("cityline-agent ", hash)).isFalse();
    assertThat(hasher.verify("", hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
  }

  @Test
  void answersFalseNeverThrowsForBadInput() {
    String hash = hasher.hash("cityline-agent");

    assertThat(hasher.verify(null, hash)).isFalse();
    assertThat(hasher.verify("cityline-agent", (String) null)).isFalse();
    assertThat(hasher.verify("cityline-agent", "not a bcrypt hash")).isFalse();
    assertThat(hasher.verify("x".repeat(10_000), hash)).isFalse();
    assertThat(hasher.verify("'; DROP TABLE staff_member; --", hash)).isFalse();
  }

  @Test
  void anUnknownMemberNeverSignsIn() {
    assertThat(hasher.verify("cityline-agent", Optional.empty())).isFalse();
    assertThat(hasher.verify("cityline-agent", Optional.of(hasher.hash("cityline-agent"))))
        .isTrue();
  }

  @Test
  void refusesShortAndOverlongNewPasswords() {
    assertThat(PasswordHasher.problem("short")).hasValue("a password has at least 8 characters");
    assertThat(PasswordHasher.problem("é".repeat(37)))
        .hasValue("a password is at most 72 bytes long");
    assertThat(PasswordHasher.problem("x".repeat(72))).isEmpty();
    assertThatThrownBy(() -> hasher.hash("short")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAWeakCost() {
    assertThatThrownBy(() -> new PasswordHasher(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 to 16");
    assertThat(new PasswordHasher(11).hash("cityline-agent")).startsWith("$2a$11$");
  }
}
