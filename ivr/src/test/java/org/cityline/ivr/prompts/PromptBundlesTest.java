package org.cityline.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.cityline.common.Language;
import org.junit.jupiter.api.Test;

class PromptBundlesTest {

  private final PromptBundles bundles = PromptBundles.cityline();

  @Test
  void bothLanguagesHaveTheSamePromptIds() {
    assertThat(bundles.ids(Language.SPANISH))
        .containsExactlyInAnyOrderElementsOf(bundles.ids(Language.ENGLISH));
    assertThat(bundles.ids(Language.ENGLISH)).contains("welcome", "main-menu", "hold-for-agent");
  }

  @Test
  void readsUtf8() {
    assertThat(bundles.text(Language.SPANISH, "ask-account"))
        .hasValueSatisfying(text -> assertThat(text).contains("número", "dígitos"));
    assertThat(bundles.text(Language.SPANISH, "language-offer"))
        .as("said to English callers in Spanish")
        .hasValue("Para español, oprima 1.");
  }

  @Test
  void everyTextIsWellFormed() {
    for (Language language : Language.values()) {
      for (String id : bundles.ids(language)) {
        String text = bundles.text(language, id).orElseThrow();
        int placeholders = (int) text.chars().filter(c -> c == '{').count();
        assertThat(PromptRenderer.problems(text, placeholders))
            .as("%s %s: %s", language.tag(), id, text)
            .isEmpty();
      }
    }
  }

  @Test
  void neverFallsBackToTheDefaultLocale() {
    for (Locale odd : new Locale[] {Locale.forLanguageTag("es-MX"), Locale.GERMANY}) {
      PromptBundles loaded = DefaultLocale.under(odd, PromptBundles::cityline);
      assertThat(loaded.text(Language.ENGLISH, "welcome"))
          .hasValue("Thank you for calling City Utilities.");
      assertThat(loaded.text(Language.SPANISH, "welcome"))
          .hasValue("Gracias por llamar a Servicios Públicos de la Ciudad.");
    }
  }

  @Test
  void aMissingBundleSaysWhichFileToAdd() {
    assertThatThrownBy(() -> PromptBundles.load("org.cityline.ivr.prompts.nothing"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org/cityline/ivr/prompts/nothing_en_US.properties");
  }
}
