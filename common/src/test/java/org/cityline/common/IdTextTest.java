package org.cityline.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cityline.common.call.CallId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "call-42", "w9999", "A.b_c-D", "0123456789"})
  void acceptsLettersDigitsAndTheGivenPunctuation(String value) {
    assertThat(IdText.isToken(value, 1, 64, "._-")).isTrue();
    assertThat(new ContactId(value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "has space",
        "semi;colon",
        "<script>",
        "ümlaut",
        "٣٤", // Arabic-Indic digits: digits to Unicode, not to an id
        "tab\t",
        "new\nline",
        "ǅ" // a title-case letter
      })
  void refusesAnythingElse(String value) {
    assertThat(IdText.isToken(value, 1, 64, "._-")).isFalse();
    assertThatThrownBy(() -> new ContactId(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a contact id is 1 to 64");
  }

  @Test
  void countsLengthBothWays() {
    assertThat(IdText.isToken(null, 1, 64, "")).isFalse();
    assertThat(IdText.isToken("x".repeat(64), 1, 64, "")).isTrue();
    assertThat(IdText.isToken("x".repeat(65), 1, 64, "")).isFalse();
    assertThat(IdText.isToken("ab", 3, 64, "")).isFalse();
  }

  @Test
  void callNetworksStartWithALowerCaseLetter() {
    assertThat(new CallId("sim", "1").network()).isEqualTo("sim");
    assertThat(new CallId("a-1", "1").network()).isEqualTo("a-1");
    for (String bad : new String[] {"1sim", "-sim", "Sim", "s_m", "", "abcdefghijklmnopq"}) {
      assertThatThrownBy(() -> new CallId(bad, "1"))
          .as(bad)
          .hasMessageContaining("short lower-case name");
    }
    assertThat(new CallId("sim", "x".repeat(64)).localId()).hasSize(64);
    assertThatThrownBy(() -> new CallId("sim", "x".repeat(65)))
        .hasMessageContaining("1 to 64 letters");
    assertThatThrownBy(() -> new CallId("sim", "a/b")).hasMessageContaining("1 to 64 letters");
  }
}
