package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.telephony.simulator.flows.Prompts.AFTER_CHANGE;

import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentArrangement;
import org.cityline.accounts.Program;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.messaging.Destination;
import org.cityline.accounts.programs.ProgramEligibility;
import org.cityline.common.Language;
import org.cityline.ivr.prompts.Speech;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changes callers make to their account, key by key on the simulator: an extension and an
 * instalment arrangement (after the service ZIP check a caller identified by number gets), the
 * online account's password reset, e-bill and Budget Billing, SurePay to a person.
 */
class AccountChangeFlowTest {

  static final String STEP_UP =
      "For your security, please enter the 5-digit ZIP code of your service address.";

  final IvrLine line = new IvrLine();

  @AfterEach
  void close() {
    line.close();
  }

  @Test
  void aDelinquentCallerTakesAnExtensionAndTheDisconnectIsCalledOff() {
    AccountNumber account = DemoCity.SHOWCASE_DELINQUENT.account();
    Caller caller = line.call("+15055550103").silence(IvrLine.WELCOME);

    caller.press("3");
    assertThat(caller.heard()).isEqualTo(STEP_UP);
    caller.press("87102");
    assertThat(caller.heard())
        .isEqualTo(
            "Your past-due amount is five hundred seventy-nine dollars and eighty-four cents. For"
                + " an extension to pay it in full by Thursday, March 12, press 1. To pay it in"
                + " two to six monthly instalments added to your next bills, press 2.");
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "You will pay five hundred seventy-nine dollars and eighty-four cents by Thursday,"
                + " March 12. To confirm this extension, press 1. To cancel, press 2.");
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "Thank you. Your arrangement is confirmed. The scheduled disconnection of your service"
                + " has been cancelled. "
                + AFTER_CHANGE);

    PaymentArrangement made =
        line.accounts.customers().detail(account).orElseThrow().activeArrangement().orElseThrow();
    assertThat(made.kind()).isEqualTo(ArrangementKind.EXTENSION);
    assertThat(made.total()).isEqualTo(Money.ofCents(57_984));
    assertThat(line.accounts.customers().findByNumber(account).orElseThrow().pendingDisconnect())
        .isEmpty();
    assertThat(line.accounts.audit().forAccount(account, 5))
        .extracting(AuditEntry::action)
        .contains("arrangement-made", "disconnect-cancelled");
    assertThat(line.field.told).hasSize(1);
  }

  @Test
  void inSpanishACallerSplitsThePastDueIntoThreeInstalments() {
    AccountNumber account = DemoCity.SHOWCASE_DELINQUENT.account();
    Caller caller = line.call("+15055550103").press("1").press("3");
    assertThat(caller.heard())
        .isEqualTo(
            "Por su seguridad, marque el código postal de 5 dígitos de su dirección de servicio.");
    caller.press("87102").press("2");
    assertThat(caller.heard())
        .isEqualTo("Oprima el número de cuotas mensuales que desea, de dos a seis.");
    caller.press("3");
    assertThat(caller.heard())
        .isEqualTo(
            "Pagará tres cuotas de aproximadamente ciento noventa y tres dólares con veintiocho"
                + " centavos, la primera con su factura que vence el martes 14 de abril. Para"
                + " confirmar, oprima 1. Para cancelar, oprima 2.");
    caller.press("1");
    assertThat(caller.heard()).startsWith("Gracias. Su arreglo de pago está confirmado.");

    PaymentArrangement made =
        line.accounts.customers().detail(account).orElseThrow().activeArrangement().orElseThrow();
    assertThat(made.kind()).isEqualTo(ArrangementKind.INSTALMENTS);
    assertThat(made.instalments()).hasSize(3);
  }

  @Test
  void anAccountAlreadyInAnArrangementGoesToTheCreditTeam() {
    Caller caller = line.call("+15055550106").silence(IvrLine.WELCOME).press("3").press("87113");

    assertThat(caller.heard())
        .startsWith(
            "Your account does not qualify for an arrangement by phone. Let me connect you with"
                + " our credit team.");
    assertThat(line.routing.only().queue()).isEqualTo(new QueueId("credit"));
    assertThat(line.routing.only().trail())
        .anySatisfy(
            step ->
                assertThat(step.summary())
                    .isEqualTo(
                        "Not eligible for an arrangement: an arrangement or extension is already"
                            + " in force"));
  }

  @Test
  void aWrongZipAtTheSecurityCheckIsNotEnoughToChangeTheAccount() {
    Caller caller = line.call("+15055550103").silence(IvrLine.WELCOME).press("3");

    caller.press("99999");

    assertThat(caller.heard())
        .isEqualTo("Sorry, that ZIP code does not match our records. " + STEP_UP);
    assertThat(
            line.accounts
                .customers()
                .detail(DemoCity.SHOWCASE_DELINQUENT.account())
                .orElseThrow()
                .activeArrangement())
        .isEmpty();
  }

  @Test
  void aPasswordResetLinkGoesByTextToThePhoneOnFile() {
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("6").press("3");
    assertThat(caller.heard()).isEqualTo(STEP_UP);
    caller.press("87101");
    assertThat(caller.heard())
        .isEqualTo(
            "To reset the password of your online account, we will send you a link. To get it by"
                + " text message at the phone number on file, press 1. To get it by e-mail at the"
                + " address on file, press 2.");
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "We sent the link to the phone number ending in zero one zero one. It works once,"
                + " within 30 minutes. "
                + AFTER_CHANGE);

    var message =
        line.outbox
            .latestTo(new Destination.TextMessage(DemoCity.SHOWCASE_ENGLISH.phone().orElseThrow()))
            .orElseThrow();
    assertThat(message.message().body()).contains("https://city.example/account/reset?token=");
    assertThat(line.accounts.audit().forAccount(DemoCity.SHOWCASE_ENGLISH.account(), 3))
        .extracting(AuditEntry::action)
        .contains("password-reset-sent");
  }

  @Test
  void inSpanishWithNoEmailOnFileTheCallerIsToldAndChoosesTheText() {
    Caller caller = line.call("+15055550102").press("1").press("6").press("3").press("87105");

    caller.press("2");
    assertThat(caller.heard())
        .startsWith(
            "Disculpe, no tenemos un correo electrónico registrado para esta cuenta. Para"
                + " restablecer la contraseña");
    caller.press("1");
    assertThat(caller.heard())
        .startsWith("Enviamos el enlace al teléfono que termina en cero uno cero dos.");
    assertThat(line.outbox.messages().getLast().message().body())
        .startsWith("Servicios Públicos de la Ciudad:");
  }

  @Test
  void aCallerAlreadyOnEbillHearsSoAndJoinsBudgetBillingAtItsLevelAmount() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();
    Caller caller = line.call("+15055550101").silence(IvrLine.WELCOME).press("6").press("2");
    assertThat(caller.heard())
        .isEqualTo(
            "For Budget Billing, press 1. For paperless billing by e-mail, press 2. For SurePay"
                + " automatic payments, press 3. To choose your due date, press 4.");
    caller.press("2");
    assertThat(caller.heard())
        .isEqualTo(
            "With paperless billing, your bill arrives by e-mail instead of on paper. Your account"
                + " is already enrolled in this program. "
                + AFTER_CHANGE);

    Money level =
        ((ProgramEligibility.Eligible)
                line.services.programs().eligibility(account, Program.BUDGET_BILLING))
            .budgetAmount()
            .orElseThrow();
    caller.press("9").press("6").press("2").press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "Budget Billing spreads your yearly costs into equal monthly payments, adjusted once a"
                + " year. Your monthly Budget Billing amount would be "
                + Speech.of(Language.ENGLISH).amount(level.cents())
                + ". To enrol, press 1. For the main menu, press 9.");
    caller.press("1").press("87101");
    assertThat(caller.heard())
        .isEqualTo("Thank you. Your account is now enrolled. " + AFTER_CHANGE);
    assertThat(line.accounts.customers().findByNumber(account).orElseThrow().programs())
        .contains(Program.BUDGET_BILLING);
  }

  @Test
  void surePayIsExplainedThenARepresentativeEnrolsTheCaller() {
    Caller caller =
        line.call("+15055550101").silence(IvrLine.WELCOME).press("6").press("2").press("3");
    assertThat(caller.heard())
        .isEqualTo(
            "SurePay pays each bill automatically from your bank account on its due date. To sign"
                + " up with a representative, press 1. For the main menu, press 9.");

    caller.press("1");

    assertThat(line.routing.only().queue()).isEqualTo(new QueueId("billing"));
    assertThat(line.routing.only().reason()).isEqualTo("Wants to enrol in SurePay (bank draft)");
  }
}
