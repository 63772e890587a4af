package org.cityline.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

  @Test
  void ordinaryNotesPass() {
    assertThat(
            PlainText.check("The note", "Balance < $50 after the 3rd; customer said a > b.", 200))
        .isEmpty();
    assertThat(PlainText.check("The note", "Line one\nline two\ttabbed", 200)).isEmpty();
  }

  @Test
  void emptyAndBlankAreRefused() {
    assertThat(PlainText.check("The note", null, 10)).contains("The note is empty.");
    assertThat(PlainText.check("The note", " \n ", 10)).contains("The note is empty.");
  }

  @Test
  void overLongIsRefusedWithTheLimit() {
    assertThat(PlainText.check("The note", "x".repeat(11), 10))
        .contains("The note is too long: at most 10 characters, not 11.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "hello <b>bold</b>",
        "<img src=x onerror=alert(1)>",
        "< script>",
        "</div>",
        "<!-- comment -->"
      })
  void markupIsRefused(String text) {
    assertThat(PlainText.check("The note", text, 200))
        .contains("The note cannot contain HTML tags such as <script>; write plain text.");
  }

  @Test
  void controlCharactersAreRefused() {
    assertThat(PlainText.check("The note", "bell\u0007", 200))
        .contains("The note contains control characters; write plain text.");
  }
}
