package org.cityline.common.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cityline.common.Language;
import org.junit.jupiter.api.Test;

class PromptTest {

  @Test
  void readsAsOneSentenceAndKnowsItsRecordedPhrases() {
    var prompt =
        new Prompt(
            Language.ENGLISH,
            List.of(
                new Prompt.Part.Phrase("balance-is", "Your balance is"),
                new Prompt.Part.Amount(12345, "123 dollars and 45 cents")));

    assertThat(prompt.text()).isEqualTo("Your balance is 123 dollars and 45 cents");
    assertThat(prompt.phraseIds()).containsExactly("balance-is");
  }

  @Test
  void partsInTheOtherLanguageAreReadWithTheirOwnVoice() {
    var foreign = new Prompt.Part.ForeignPhrase(Language.SPANISH, "language-offer", "Oprima 1.");
    var announcement = new Prompt.Part.Text(Language.SPANISH, "Hay un corte de luz.");
    var welcome = new Prompt.Part.Phrase("welcome", "Welcome.");
    var prompt = new Prompt(Language.ENGLISH, List.of(welcome, foreign, announcement));

    assertThat(prompt.text()).isEqualTo("Welcome. Oprima 1. Hay un corte de luz.");
    assertThat(prompt.languageOf(welcome)).isEqualTo(Language.ENGLISH);
    assertThat(prompt.languageOf(foreign)).isEqualTo(Language.SPANISH);
    assertThat(prompt.languageOf(announcement)).isEqualTo(Language.SPANISH);
    assertThat(prompt.phraseIds()).containsExactly("welcome");
  }

  @Test
  void refusesForeignPartsWithoutALanguageOrWords() {
    assertThatThrownBy(() -> new Prompt.Part.ForeignPhrase(null, "offer", "Oprima 1."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prompt.Part.ForeignPhrase(Language.SPANISH, "../x", "Oprima 1."))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prompt.Part.Text(Language.ENGLISH, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prompt.Part.Text(Language.ENGLISH, "x".repeat(1001)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesEmptyPromptsAndBadPhraseIds() {
    assertThatThrownBy(() -> new Prompt(Language.ENGLISH, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prompt.Part.Phrase("../x", "text"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
