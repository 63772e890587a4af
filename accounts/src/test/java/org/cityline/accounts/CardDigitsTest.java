package org.cityline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardDigitsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "378282246310005",
        "6011000990139424",
        "021000021 123456789"
      })
  void removesCardAndBankNumbers(String digits) {
    String text = "paid with " + digits + " today";

    String redacted = CardDigits.redact(text);

    assertThat(redacted).isEqualTo("paid with " + CardDigits.REPLACEMENT + " today");
    assertThat(CardDigits.present(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "account 1000000017, ZIP 87101",
        "called from +1 505 555 0101",
        "(505) 555-0101 and 505-555-0102",
        "505 555 0101 505 555 0102",
        "confirmation CL-00012345 for $259.94",
        "meter E12345678 read 812 kWh on 2026-03-02"
      })
  void leavesAccountNumbersPhonesAndAmountsAlone(String text) {
    assertThat(CardDigits.redact(text)).isEqualTo(text);
    assertThat(CardDigits.present(text)).isFalse();
  }
}
