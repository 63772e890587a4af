package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same calls under machines set to other languages (the build already runs in de-DE): Turkish
 * (dotless i), Arabic and Hindi (their own digits), Thai (its own calendar). What callers hear and
 * what is stored does not change.
 */
class ForeignLocaleFlowTest {

  private final Locale before = Locale.getDefault();
  private IvrLine line;

  @AfterEach
  void restore() {
    Locale.setDefault(before);
    if (line != null) {
      line.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tr-TR", "ar-EG", "hi-IN", "th-TH-u-ca-buddhist"})
  void aPaymentAndASpanishBalanceSoundTheSameUnderAnyDefaultLocale(String tag) {
    Locale.setDefault(Locale.forLanguageTag(tag));
    line = new IvrLine();

    Caller payer = line.call("+15055550101").silence(IvrLine.WELCOME).press("2").press("2");
    payer.press("12345#");
    assertThat(payer.heard())
        .startsWith("You are paying one hundred twenty-three dollars and forty-five cents.");
    payer.press("1").press(SandboxNumbers.VISA + "#").press("1228").press("123#").press("87101");
    payer.press("1");
    assertThat(payer.heard())
        .startsWith(
            "Thank you. Your payment of one hundred twenty-three dollars and forty-five cents is"
                + " approved.");
    assertThat(
            line.accounts
                .customers()
                .detail(DemoCity.SHOWCASE_ENGLISH.account())
                .orElseThrow()
                .payments()
                .getFirst()
                .channel())
        .isEqualTo(PaymentChannel.IVR);

    Caller spanish = line.call("+15055550102").press("1").press("1");
    assertThat(spanish.heard())
        .startsWith(
            "Su saldo es de ciento ochenta dólares con un centavo. Su factura vence el sábado 7"
                + " de marzo.");
  }
}
