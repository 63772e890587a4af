package org.cityline.ivr.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cityline.ivr.prompts.PromptLine.Arg.amount;
import static org.cityline.ivr.prompts.PromptLine.Arg.date;
import static org.cityline.ivr.prompts.PromptLine.Arg.digits;
import static org.cityline.ivr.prompts.PromptLine.Arg.number;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.call.Prompt;
import org.cityline.common.call.Prompt.Part;
import org.junit.jupiter.api.Test;

class PromptRendererTest {

  private final MapCatalog catalog =
      new MapCatalog()
          .put(Language.ENGLISH, "last-payment", "Your last payment of {0} was received on {1}.")
          .put(Language.SPANISH, "last-payment", "Su último pago de {0} se recibió el {1}.")
          .put(Language.ENGLISH, "due", "Due on {0}. Pay by then.")
          .put(Language.SPANISH, "due", "¡{0} es la fecha límite!")
          .put(Language.ENGLISH, "position", "You are caller number {0} in line.")
          .put(Language.ENGLISH, "ending", "{0}")
          .put(Language.ENGLISH, "swap", "On {1}, you paid {0}.");
  private final PromptRenderer renderer = new PromptRenderer(catalog);
  private final Map<String, String> values =
      Map.of(
          "paid", "9810",
          "paid-on", "2026-02-14",
          "last4", "0042",
          "position", "3");

  @Test
  void splitsTheTextIntoPhrasesAndWordedValues() {
    Prompt prompt = render(Language.ENGLISH, line("last-payment", amount("paid"), date("paid-on")));

    assertThat(prompt.parts())
        .containsExactly(
            new Part.Phrase("last-payment", "Your last payment of"),
            new Part.Amount(9810, "ninety-eight dollars and ten cents"),
            new Part.Phrase("last-payment-2", "was received on"),
            new Part.Date(LocalDate.of(2026, 2, 14), "Saturday, February 14."));
    assertThat(prompt.text())
        .isEqualTo(
            "Your last payment of ninety-eight dollars and ten cents was received on Saturday,"
                + " February 14.");
    assertThat(prompt.phraseIds()).containsExactly("last-payment", "last-payment-2");
  }

  @Test
  void spanishWordsTheSameValuesInItsOwnWay() {
    Prompt prompt = render(Language.SPANISH, line("last-payment", amount("paid"), date("paid-on")));

    assertThat(prompt.language()).isEqualTo(Language.SPANISH);
    assertThat(prompt.text())
        .isEqualTo(
            "Su último pago de noventa y ocho dólares con diez centavos se recibió el sábado 14"
                + " de febrero.");
  }

  @Test
  void punctuationAfterAValueStaysWithItAndOpeningMarksWithWhatFollows() {
    assertThat(render(Language.ENGLISH, line("due", date("paid-on"))).parts())
        .containsExactly(
            new Part.Phrase("due", "Due on"),
            new Part.Date(LocalDate.of(2026, 2, 14), "Saturday, February 14."),
            new Part.Phrase("due-2", "Pay by then."));
    assertThat(render(Language.SPANISH, line("due", date("paid-on"))).text())
        .isEqualTo("¡sábado 14 de febrero es la fecha límite!");
  }

  @Test
  void placeholdersMayComeInAnyOrder() {
    assertThat(render(Language.ENGLISH, line("swap", amount("paid"), date("paid-on"))).text())
        .isEqualTo("On Saturday, February 14, you paid ninety-eight dollars and ten cents.");
  }

  @Test
  void digitsAndNumbers() {
    assertThat(render(Language.ENGLISH, line("ending", digits("last4"))).parts())
        .containsExactly(new Part.Digits("0042", "zero zero four two"));
    assertThat(render(Language.ENGLISH, line("position", number("position"))).text())
        .isEqualTo("You are caller number three in line.");
  }

  @Test
  void aMissingOrMalformedValueIsAFlowBugNamedClearly() {
    assertThatThrownBy(() -> render(Language.ENGLISH, line("ending", digits("nothing"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'ending'")
        .hasMessageContaining("'nothing'");
    assertThatThrownBy(
            () ->
                renderer.render(
                    Language.ENGLISH,
                    List.of(line("ending", amount("x"))),
                    name -> Optional.of("12.50")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("malformed");
    assertThatThrownBy(() -> renderer.render(Language.SPANISH, "position"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("es-US");
  }

  @Test
  void findsWhatIsWrongWithATextForItsValues() {
    assertThat(PromptRenderer.problems("Pay {0} by {1}.", 2)).isEmpty();
    assertThat(PromptRenderer.problems("Pay {0} by {2}.", 2))
        .containsExactly("uses {2} but the step gives 2 value(s)", "never says {1}");
    assertThat(PromptRenderer.problems("Pay {amount}.", 0))
        .containsExactly("has a brace that is not a placeholder {0} to {9}");
    assertThat(PromptRenderer.problems("   ", 0)).containsExactly("is empty");
  }

  @Test
  void sameTextUnderAnyDefaultLocale() {
    String expected =
        render(Language.SPANISH, line("last-payment", amount("paid"), date("paid-on"))).text();
    for (Locale odd : DefaultLocale.ODD) {
      assertThat(
              DefaultLocale.under(
                  odd,
                  () ->
                      render(
                              Language.SPANISH,
                              line("last-payment", amount("paid"), date("paid-on")))
                          .text()))
          .isEqualTo(expected);
    }
  }

  private Prompt render(Language language, PromptLine line) {
    return renderer.render(language, List.of(line), name -> Optional.ofNullable(values.get(name)));
  }
}
