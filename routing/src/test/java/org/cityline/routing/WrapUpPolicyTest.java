package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapUpPolicyTest {

  private final WrapUpPolicy policy = WrapUpPolicy.defaults();

  private String refusal(String code, String note) {
    WrapUpPolicy.Checked checked = policy.check(code, note);
    assertThat(checked).isInstanceOf(WrapUpPolicy.Invalid.class);
    return ((WrapUpPolicy.Invalid) checked).reason();
  }

  @Test
  void aKnownCodeAndANoteAreValidAndTheNoteIsCleaned() {
    assertThat(policy.check(" payment-arrangement ", "  Two instalments.\r\nConfirmed.  "))
        .isEqualTo(new WrapUpPolicy.Valid("payment-arrangement", "Two instalments.\nConfirmed."));
  }

  @Test
  void theDefaultsAreAUtilitysDispositions() {
    assertThat(policy.codes())
        .extracting(DispositionCode::code)
        .contains(
            "billing-question",
            "payment-taken",
            "payment-arrangement",
            "service-order",
            "high-bill-complaint",
            "transferred",
            "other");
  }

  @Test
  void blankUnknownAndOverLongDispositionsAreRefused() {
    assertThat(refusal(null, "note")).isEqualTo("Choose a disposition.");
    assertThat(refusal("   ", "note")).isEqualTo("Choose a disposition.");
    assertThat(refusal("x".repeat(41), "note"))
        .isEqualTo("A disposition code is at most 40 characters.");
    assertThat(refusal("bogus", "note")).startsWith("'bogus' is not a disposition; choose one of");
  }

  @Test
  void blankOverLongAndControlCharacterNotesAreRefused() {
    assertThat(refusal("other", " \n ")).isEqualTo("Write a note about the contact.");
    assertThat(refusal("other", "x".repeat(4_001)))
        .isEqualTo("The note is 4001 characters; at most 4000 are kept.");
    assertThat(policy.check("other", "x".repeat(4_000))).isInstanceOf(WrapUpPolicy.Valid.class);
    assertThat(refusal("other", "bell\u0007")).contains("control characters");
    assertThat(refusal("other", "escape\u001b[31m")).contains("control characters");
    assertThat(policy.check("other", "tabs\tand\nlines are fine"))
        .isInstanceOf(WrapUpPolicy.Valid.class);
  }

  @Test
  void aNoteWithACardNumberIsRefusedButOtherNumbersAreFine() {
    assertThat(refusal("payment-taken", "paid with 4111 1111 1111 1111 today"))
        .contains("card number");
    assertThat(refusal("payment-taken", "card 5500-0000-0000-0004")).contains("card number");
    assertThat(policy.check("billing-question", "account 1234567890, phone (505) 555-0123"))
        .isInstanceOf(WrapUpPolicy.Valid.class);
    assertThat(policy.check("billing-question", "reference 4111111111111112"))
        .isInstanceOf(WrapUpPolicy.Valid.class); // fails Luhn
  }

  @Test
  void aNoteMayBeOptionalAndShorterByConfiguration() {
    WrapUpPolicy lenient =
        new WrapUpPolicy(List.of(new DispositionCode("other", "Other")), 10, false);

    assertThat(lenient.check("other", "")).isEqualTo(new WrapUpPolicy.Valid("other", ""));
    assertThat(lenient.check("other", "eleven chars")).isInstanceOf(WrapUpPolicy.Invalid.class);
  }

  @Test
  void aBadPolicyIsRefusedAtStart() {
    assertThatThrownBy(() -> new WrapUpPolicy(List.of(), 10, true))
        .hasMessageContaining("at least one disposition");
    DispositionCode other = new DispositionCode("other", "Other");
    assertThatThrownBy(() -> new WrapUpPolicy(List.of(other, other), 10, true))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> new DispositionCode("Not A Code", "x"))
        .hasMessageContaining("lower-case");
  }
}
