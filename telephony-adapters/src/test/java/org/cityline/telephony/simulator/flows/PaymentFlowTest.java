package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.Money;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.routing.QueueId;
import org.cityline.telephony.simulator.SimulatedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Paying by card or bank account, key by key on the simulator in English and Spanish: the amount,
 * each masked detail, the confirmation number, the payment posted once, and a pending disconnect
 * called off when the past due is paid; declines, bad details and amounts out of bounds.
 */
class PaymentFlowTest {

  static final String CARD_NUMBER = "Enter your card number, then press pound.";
  static final String EXPIRY =
      "Enter the card's expiration date as four digits: two for the month and two for the year.";
  static final String CODE =
      "Enter the security code: three digits on the back of the card, or four on the front of an"
          + " American Express card.";
  static final String ZIP = "Enter the 5-digit billing ZIP code of the card.";

  final IvrLine line = new IvrLine();

  @AfterEach
  void close() {
    line.close();
  }

  private Caller atMainMenu(String from) {
    return line.call(from).silence(IvrLine.WELCOME);
  }

  @Test
  void aCallerPaysTheFullBalanceByCardAndHearsAConfirmationNumber() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    Caller caller = atMainMenu("+15055550101");

    caller.press("2");
    assertThat(caller.heard())
        .isEqualTo(
            "Your balance is two hundred fifty-nine dollars and ninety-four cents. To pay the full"
                + " balance, press 1. To pay a different amount, press 2.");
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "You are paying two hundred fifty-nine dollars and ninety-four cents. To pay with a"
                + " debit or credit card, press 1. To pay from a checking or savings account,"
                + " press 2.");
    caller.press("1");
    assertThat(caller.heard()).isEqualTo(CARD_NUMBER);
    assertThat(caller.call().collecting().orElseThrow().masked()).isTrue();
    caller.press(SandboxNumbers.VISA + "#");
    assertThat(caller.heard()).isEqualTo(EXPIRY);
    caller.press("1228");
    assertThat(caller.heard()).isEqualTo(CODE);
    caller.press("123#");
    assertThat(caller.heard()).isEqualTo(ZIP);
    caller.press("87101");
    assertThat(caller.heard())
        .isEqualTo(
            "You are paying two hundred fifty-nine dollars and ninety-four cents with the card"
                + " ending in one one one one. To confirm, press 1. To cancel, press 2.");
    caller.press("1");

    Payment payment = latestPayment(account);
    assertThat(payment.amount()).isEqualTo(Money.ofCents(25_994));
    assertThat(payment.method()).isEqualTo(PaymentMethod.CARD);
    assertThat(payment.channel()).isEqualTo(PaymentChannel.IVR);
    assertThat(payment.lastFour()).contains("1111");
    assertThat(caller.heard())
        .isEqualTo(
            "Thank you. Your payment of two hundred fifty-nine dollars and ninety-four cents is"
                + " approved. Your confirmation number is "
                + spoken(payment.confirmation())
                + ". To hear your confirmation number again, press star. For the main menu, press"
                + " 9. If you are finished, press 2.");
    assertThat(line.accounts.customers().findByNumber(account).orElseThrow().balance())
        .isEqualTo(Money.ZERO);
    assertThat(line.accounts.audit().forAccount(account, 5))
        .extracting(AuditEntry::action)
        .contains("payment-posted");
    caller.press("2");
    assertThat(caller.heard()).isEqualTo(Prompts.GOODBYE);
    assertThat(line.accounts.contacts().recentForAccount(account, 1).getFirst().ivrTrail())
        .contains("Entered a card ending 1111 (Visa)")
        .contains("confirmation " + payment.confirmation())
        .doesNotContain(SandboxNumbers.VISA);
  }

  @Test
  void inSpanishACallerPaysAnotherAmountFromABankAccount() {
    AccountNumber account = DemoCity.SHOWCASE_SPANISH.account();
    Caller caller = line.call("+15055550102").press("1").press("2");
    assertThat(caller.heard())
        .isEqualTo(
            "Su saldo es de ciento ochenta dólares con un centavo. Para pagar el saldo completo,"
                + " oprima 1. Para pagar otra cantidad, oprima 2.");
    caller.press("2");
    assertThat(caller.heard())
        .isEqualTo(
            "Marque la cantidad en dólares y centavos, sin punto decimal, y luego oprima la tecla"
                + " de numeral. Por ejemplo, para veinticinco dólares, marque 2 5 0 0 y numeral.");
    caller.press("5000#");
    assertThat(caller.heard())
        .isEqualTo(
            "Va a pagar cincuenta dólares. Para pagar con tarjeta de débito o de crédito, oprima"
                + " 1. Para pagar desde una cuenta de cheques o de ahorros, oprima 2.");
    caller.press("2");
    assertThat(caller.heard())
        .isEqualTo(
            "Marque el número de ruta de 9 dígitos impreso abajo a la izquierda de su cheque.");
    caller.press(SandboxNumbers.ROUTING);
    assertThat(caller.heard())
        .isEqualTo("Marque el número de su cuenta bancaria y luego oprima la tecla de numeral.");
    caller.press(SandboxNumbers.BANK_ACCOUNT + "#");
    assertThat(caller.heard())
        .isEqualTo(
            "Va a pagar cincuenta dólares desde la cuenta bancaria que termina en seis siete ocho"
                + " nueve. Para confirmar, oprima 1. Para cancelar, oprima 2.");
    caller.press("1");

    Payment payment = latestPayment(account);
    assertThat(payment.method()).isEqualTo(PaymentMethod.BANK);
    assertThat(payment.amount()).isEqualTo(Money.ofCents(5_000));
    assertThat(caller.heard())
        .startsWith(
            "Gracias. Su pago de cincuenta dólares fue aprobado. Su número de confirmación es "
                + spanish(payment.confirmation()));
  }

  @Test
  void payingThePastDueCancelsThePendingDisconnectAndTellsTheField() {
    AccountNumber account = DemoCity.SHOWCASE_DELINQUENT.account();
    Caller caller = atMainMenu("+15055550103");
    caller.press("2").press("2").press("57984#").press("1");
    caller.press(SandboxNumbers.MASTERCARD + "#").press("0330").press("321#").press("87102");
    caller.press("1");

    assertThat(caller.heard())
        .contains("The scheduled disconnection of your service has been cancelled.");
    assertThat(line.accounts.customers().findByNumber(account).orElseThrow().pendingDisconnect())
        .isEmpty();
    assertThat(line.field.told)
        .singleElement()
        .satisfies(
            told -> {
              assertThat(told.account()).isEqualTo(account);
              assertThat(told.kind()).isEqualTo(FieldNotification.DISCONNECT_CANCELLED);
            });
    assertThat(line.accounts.audit().forAccount(account, 10))
        .extracting(AuditEntry::action)
        .contains(FieldNotification.DISCONNECT_CANCELLED);
  }

  @Test
  void declinedCardsAreRetriedThenThePaymentsTeamTakesOverAndNothingIsCharged() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    Money before = line.accounts.customers().findByNumber(account).orElseThrow().balance();
    Caller caller = atMainMenu("+15055550101").press("2").press("1");
    for (int decline = 1; decline <= 3; decline++) {
      caller.press("1").press(SandboxNumbers.CARD_DECLINED + "#").press("1228").press("123#");
      caller.press("87101").press("1");
      if (decline < 3) {
        assertThat(caller.heard())
            .startsWith(
                "Sorry, your payment was declined. You have not been charged. Let's try another"
                    + " card or bank account. You are paying");
      }
    }
    assertThat(caller.heard())
        .startsWith(
            "Sorry, your payment was declined again. You have not been charged. Let me connect you"
                + " with our payments team.");
    assertThat(line.routing.only().queue()).isEqualTo(new QueueId("payments"));
    assertThat(line.routing.only().reason()).isEqualTo("Payment declined 3 times");
    assertThat(line.accounts.customers().findByNumber(account).orElseThrow().balance())
        .isEqualTo(before);
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.WAITING);
  }

  @Test
  void badCardDetailsAreAskedAgainOneByOne() {
    Caller caller = atMainMenu("+15055550101").press("2").press("1").press("1");

    caller.press("4111111111111112#");
    assertThat(caller.heard())
        .isEqualTo("Sorry, that card number is not valid. Please try again. " + CARD_NUMBER);
    caller.press(SandboxNumbers.AMERICAN_EXPRESS + "#");
    caller.press("0125");
    assertThat(caller.heard())
        .isEqualTo("Sorry, that expiration date is not valid, or the card has expired. " + EXPIRY);
    caller.press("1326");
    assertThat(caller.heard()).startsWith("Sorry, that expiration date is not valid");
    caller.press("0327");
    caller.press("123#");
    assertThat(caller.heard())
        .as("American Express has a four-digit code")
        .isEqualTo("Sorry, that security code is not valid for this card. " + CODE);
    caller.press("1234");
    assertThat(caller.heard()).isEqualTo(ZIP);
  }

  @Test
  void amountsOutsideTheLimitsAreSaidAndAskedAgain() {
    Caller caller = atMainMenu("+15055550101").press("2").press("2");

    caller.press("50#");
    assertThat(caller.heard())
        .startsWith("Sorry, the smallest payment we can take by phone is one dollar.");
    caller.press("500001#");
    assertThat(caller.heard())
        .startsWith("Sorry, the largest payment we can take by phone is five thousand dollars.");
    caller.press("2500#");
    assertThat(caller.heard()).startsWith("You are paying twenty-five dollars.");
  }

  @Test
  void aCallerWhoCancelsAtTheConfirmationIsNotCharged() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    Caller caller = atMainMenu("+15055550101").press("2").press("1").press("1");
    caller.press(SandboxNumbers.VISA + "#").press("1228").press("123#").press("87101");

    caller.press("2");

    assertThat(caller.heard())
        .isEqualTo("Your payment was cancelled. You have not been charged. " + Prompts.MAIN_MENU);
    assertThat(payments(account)).isEqualTo(paymentsAtStart(account));
  }

  private Payment latestPayment(AccountNumber account) {
    return line.accounts.customers().detail(account).orElseThrow().payments().getFirst();
  }

  private long payments(AccountNumber account) {
    return line.accounts.customers().detail(account).orElseThrow().payments().stream()
        .filter(p -> p.channel() == PaymentChannel.IVR)
        .count();
  }

  private static long paymentsAtStart(AccountNumber account) {
    return 0;
  }

  static String spoken(String digits) {
    List<String> names =
        List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    return String.join(" ", digits.chars().mapToObj(c -> names.get(c - '0')).toList());
  }

  static String spanish(String digits) {
    List<String> names =
        List.of("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve");
    return String.join(" ", digits.chars().mapToObj(c -> names.get(c - '0')).toList());
  }
}
