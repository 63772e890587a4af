package org.cityline.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void knowsEnglishAndSpanishByAnyRegionalTag() {
    assertThat(Language.fromTag("es")).contains(Language.SPANISH);
    assertThat(Language.fromTag("es-MX")).contains(Language.SPANISH);
    assertThat(Language.fromTag("en_GB")).contains(Language.ENGLISH);
    assertThat(Language.fromTag("EN-us")).contains(Language.ENGLISH);
  }

  @Test
  void doesNotGuessOtherLanguages() {
    assertThat(Language.fromTag("fr")).isEmpty();
    assertThat(Language.fromTag("")).isEmpty();
    assertThat(Language.fromTag(null)).isEmpty();
  }
}
