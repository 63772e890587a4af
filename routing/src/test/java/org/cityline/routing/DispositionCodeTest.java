package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DispositionCodeTest {

  @Test
  void aCodeIsAStableLowerCaseWordWithALabelForPeople() {
    var code = new DispositionCode("payment-arrangement", "Payment arrangement made");

    assertThat(code.code()).isEqualTo("payment-arrangement");
  }

  @Test
  void badCodesAndLabelsAreRefusedWhenMade() {
    assertThatThrownBy(() -> new DispositionCode("Billing Question", "Billing"))
        .hasMessageContaining("lower-case letters, digits or dashes");
    assertThatThrownBy(() -> new DispositionCode("billing", ""))
        .hasMessageContaining("needs a label");
    assertThatThrownBy(() -> new DispositionCode("billing", "x".repeat(81)))
        .hasMessageContaining("1 to 80");
  }
}
