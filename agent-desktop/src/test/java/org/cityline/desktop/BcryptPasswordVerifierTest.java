package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import at.favre.lib.crypto.bcrypt.BCrypt;
import org.junit.jupiter.api.Test;

class BcryptPasswordVerifierTest {

  private final BcryptPasswordVerifier verifier = new BcryptPasswordVerifier(4);
  private final String hash = BCrypt.withDefaults().hashToString(4, "s3cret pass".toCharArray());

  @Test
  void theRightPasswordMatches() {
    assertThat(verifier.matches("s3cret pass".toCharArray(), hash)).isTrue();
  }

  @Test
  void aWrongPasswordDoesNot() {
    assertThat(verifier.matches("s3cret pasS".toCharArray(), hash)).isFalse();
  }

  @Test
  void aMissingUserNeverMatches() {
    assertThat(verifier.matches("decoy".toCharArray(), null)).isFalse();
  }

  @Test
  void aMalformedHashNeverMatches() {
    assertThat(verifier.matches("s3cret pass".toCharArray(), "plain-text-password")).isFalse();
  }

  @Test
  void passwordsBeyondBcryptsLimitNeverMatch() {
    String seventyTwo = "a".repeat(72);
    String stored = BCrypt.withDefaults().hashToString(4, seventyTwo.toCharArray());

    assertThat(verifier.matches(seventyTwo.toCharArray(), stored)).isTrue();
    assertThat(verifier.matches((seventyTwo + "b").toCharArray(), stored)).isFalse();
    assertThat(verifier.matches("é".repeat(37).toCharArray(), stored)).as("74 bytes").isFalse();
  }

  @Test
  void theDecoyCostIsABcryptCost() {
    assertThatThrownBy(() -> new BcryptPasswordVerifier(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 to 16");
  }
}
