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
  void refusesEmptyPromptsAndBadPhraseIds() {
    assertThatThrownBy(() -> new Prompt(Language.ENGLISH, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Prompt.Part.Phrase("../x", "text"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
