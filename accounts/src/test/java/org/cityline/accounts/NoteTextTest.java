package org.cityline.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoteTextTest {

  @Test
  void keepsAnyPrintableTextAsWritten() {
    String hostile = "Robert'); DROP TABLE account_note;-- <script>alert('x')</script> \"ñ\" 😀";

    assertThat(NoteText.problem(hostile)).isEmpty();
    assertThat(NoteText.require(hostile)).isEqualTo(hostile);
  }

  @Test
  void acceptsTheLongestNoteAndRefusesOneCharacterMore() {
    assertThat(NoteText.problem("x".repeat(NoteText.MAX_LENGTH))).isEmpty();

    assertThat(NoteText.problem("x".repeat(NoteText.MAX_LENGTH + 1)))
        .hasValue("a note is at most 2000 characters; this one has 2001");
  }

  @Test
  void refusesATenThousandCharacterNoteSayingTheLimit() {
    assertThatThrownBy(() -> NoteText.require("a".repeat(10_000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a note is at most 2000 characters; this one has 10000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t "})
  void refusesAnEmptyNote(String text) {
    assertThat(NoteText.problem(text)).hasValue("a note cannot be empty");
    assertThat(NoteText.problemAllowingEmpty(text)).isEmpty();
    assertThat(NoteText.requireAllowingEmpty(text)).isEmpty();
  }

  @Test
  void refusesNothingAtAll() {
    assertThat(NoteText.problem(null)).isPresent();
    assertThat(NoteText.problemAllowingEmpty(null)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nul \u0000 byte", "bell \u0007", "escape \u001b[31m"})
  void refusesControlCharacters(String text) {
    assertThat(NoteText.problem(text))
        .hasValueSatisfying(why -> assertThat(why).contains("control"));
  }

  @Test
  void keepsLineBreaksAndTabs() {
    assertThat(NoteText.require("first line\r\nsecond\tline"))
        .isEqualTo("first line\r\nsecond\tline");
  }

  @Test
  void stripsAndRemovesCardNumbers() {
    assertThat(NoteText.require("  card 4111 1111 1111 1111 declined  "))
        .isEqualTo("card " + CardDigits.REPLACEMENT + " declined");
  }
}
