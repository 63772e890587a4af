package org.cityline.accounts.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cityline.accounts.payments.PaymentChecks.CardCheck;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What every processor checks before it asks a bank, and digits that never print themselves. */
class PaymentChecksTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @ParameterizedTest
  @CsvSource({
    "4111111111111111, VISA",
    "5555555555554444, MASTERCARD",
    "2221000000000009, MASTERCARD",
    "378282246310005, AMERICAN_EXPRESS",
    "6011111111111117, DISCOVER",
    "4000000000000002, VISA"
  })
  void validCardNumbersAreAcceptedWithTheirBrand(String number, CardBrand brand) {
    assertThat(PaymentChecks.cardNumber(SensitiveDigits.of(number)))
        .isEqualTo(new CardCheck.Accepted(brand));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111111111111112", // check digit wrong
        "4111111111111", // Visa length, check digit wrong
        "1234567812345670", // Luhn-valid, no accepted brand
        "411111111111", // too short
        "41111111111111111111" // too long for SensitiveDigits? 20 digits
      })
  void mistypedOrUnknownCardNumbersAreRefused(String number) {
    if (number.length() > SensitiveDigits.MAX_LENGTH) {
      assertThatThrownBy(() -> SensitiveDigits.of(number))
          .hasMessageNotContaining(number)
          .hasMessageContaining("20 characters");
      return;
    }
    assertThat(PaymentChecks.cardNumber(SensitiveDigits.of(number)))
        .isInstanceOf(CardCheck.Refused.class);
  }

  @Test
  void everyDocumentedSandboxCardPassesTheChecks() {
    for (String number : SandboxNumbers.CARDS) {
      assertThat(PaymentChecks.cardNumber(SensitiveDigits.of(number)))
          .as("sandbox card ending %s", number.substring(number.length() - 4))
          .isInstanceOf(CardCheck.Accepted.class);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0326, ", // this month: still good
    "1230, ",
    "0226, the card has expired",
    "1325, the expiry month is 01 to 12",
    "0026, the expiry month is 01 to 12",
    "0450, the expiry date is too far ahead"
  })
  void expiryDatesAreMonthAndYear(String mmyy, String problem) {
    assertThat(PaymentChecks.expiry(SensitiveDigits.of(mmyy), TODAY).orElse(null))
        .isEqualTo(problem);
  }

  @Test
  void securityCodesHaveTheirBrandsLength() {
    assertThat(PaymentChecks.securityCode(SensitiveDigits.of("123"), CardBrand.VISA)).isEmpty();
    assertThat(PaymentChecks.securityCode(SensitiveDigits.of("1234"), CardBrand.VISA))
        .contains("a Visa security code has 3 digits");
    assertThat(PaymentChecks.securityCode(SensitiveDigits.of("1234"), CardBrand.AMERICAN_EXPRESS))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"011000015", "021000021", "111000025", "026009593"})
  void realRoutingNumbersPassTheAbaChecksum(String routing) {
    assertThat(PaymentChecks.routingNumber(SensitiveDigits.of(routing))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"021000022", "000000000", "12345678", "0210000210"})
  void wrongRoutingNumbersAreRefused(String routing) {
    assertThat(PaymentChecks.routingNumber(SensitiveDigits.of(routing))).isPresent();
  }

  @Test
  void bankAccountNumbersAndZipCodesHaveTheirLengths() {
    assertThat(PaymentChecks.bankAccountNumber(SensitiveDigits.of("123"))).isPresent();
    assertThat(PaymentChecks.bankAccountNumber(SensitiveDigits.of("000123456789"))).isEmpty();
    assertThat(PaymentChecks.billingZip(SensitiveDigits.of("8710"))).isPresent();
    assertThat(PaymentChecks.billingZip(SensitiveDigits.of("87101"))).isEmpty();
  }

  @Test
  void digitsNeverShowThemselvesAndCanBeWiped() {
    SensitiveDigits digits = SensitiveDigits.of(SandboxNumbers.VISA);

    assertThat(digits.toString()).isEqualTo("SensitiveDigits[16 digits]");
    assertThat(digits.lastFour()).isEqualTo("1111");
    assertThat(digits).isNotEqualTo(SensitiveDigits.of(SandboxNumbers.VISA));

    digits.wipe();
    assertThat(digits.toString()).isEqualTo("SensitiveDigits[16 digits, wiped]");
    assertThatThrownBy(digits::reveal).hasMessageNotContaining("4111");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12a4", "4111 1111", "４１１１"})
  void onlyDigitsAreDigits(String keyed) {
    assertThatThrownBy(() -> SensitiveDigits.of(keyed))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("4111").doesNotContain("12a4"));
  }
}
