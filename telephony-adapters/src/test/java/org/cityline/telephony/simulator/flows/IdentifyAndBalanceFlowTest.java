package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.telephony.simulator.flows.Prompts.AFTER_BALANCE;
import static org.cityline.telephony.simulator.flows.Prompts.ASK_ACCOUNT;
import static org.cityline.telephony.simulator.flows.Prompts.ASK_SECRET;
import static org.cityline.telephony.simulator.flows.Prompts.CALLBACK_OFFER;
import static org.cityline.telephony.simulator.flows.Prompts.ES_AFTER_BALANCE;
import static org.cityline.telephony.simulator.flows.Prompts.ES_HINT;
import static org.cityline.telephony.simulator.flows.Prompts.ES_MAIN_MENU;
import static org.cityline.telephony.simulator.flows.Prompts.ES_WELCOME;
import static org.cityline.telephony.simulator.flows.Prompts.GOODBYE;
import static org.cityline.telephony.simulator.flows.Prompts.HINT;
import static org.cityline.telephony.simulator.flows.Prompts.HOLD;
import static org.cityline.telephony.simulator.flows.Prompts.MAIN_MENU;
import static org.cityline.telephony.simulator.flows.Prompts.WELCOME;

import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.common.Language;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;
import org.cityline.telephony.simulator.SimulatedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Identification (caller number, account and ZIP or phone, three failures, the cluster-wide lock)
 * and the balance, key by key on the simulator in English and Spanish, over the demo city.
 */
class IdentifyAndBalanceFlowTest {

  final IvrLine line = new IvrLine();

  @AfterEach
  void close() {
    line.close();
  }

  @Test
  void aKnownCallerIsFoundByNumberAndHearsTheirBalanceDueDateAndLastPayment() {
    Caller caller = line.call("+15055550101");
    assertThat(caller.heard()).isEqualTo(WELCOME);

    caller.silence(IvrLine.WELCOME);
    assertThat(caller.heard())
        .isEqualTo("I found your account ending in zero zero one seven. " + HINT + " " + MAIN_MENU);
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "Your balance is two hundred fifty-nine dollars and ninety-four cents. Your bill is due"
                + " on Saturday, March 14. Your last payment of two hundred fifty-nine dollars and"
                + " ninety-four cents was received on Tuesday, February 10. "
                + AFTER_BALANCE);
    caller.press("2");
    assertThat(caller.heard()).isEqualTo(GOODBYE);
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.ENDED);

    ContactRecord record =
        line.accounts
            .contacts()
            .recentForAccount(DemoCity.SHOWCASE_ENGLISH.account(), 1)
            .getFirst();
    assertThat(record.outcome()).isEqualTo("self-service");
    assertThat(record.verified()).isTrue();
    assertThat(record.ivrTrail())
        .contains("Identified by caller number")
        .contains("Heard the balance");
  }

  @Test
  void aDelinquentCallerHearsThePastDueAndThePendingDisconnect() {
    Caller caller = line.call("+15055550103");
    caller.silence(IvrLine.WELCOME).press("1");

    assertThat(caller.heard())
        .isEqualTo(
            "Your balance is eight hundred seventy-four dollars and seventy-six cents. Of this"
                + " balance, five hundred seventy-nine dollars and eighty-four cents is past due."
                + " Your bill is due on Saturday, March 14. Your service is scheduled to be"
                + " disconnected on Thursday, March 5. To avoid disconnection, please pay the"
                + " past-due amount before that date. Your last payment of two hundred"
                + " eighty-four dollars and ninety-two cents was received on Friday, December 12. "
                + AFTER_BALANCE);
  }

  @Test
  void inSpanishAWithheldCallerIdentifiesByAccountAndZipAndHearsTheBalance() {
    Caller caller = line.call(null);
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "Por favor, marque su número de cuenta de 10 dígitos y luego oprima la tecla de"
                + " numeral. Si no lo tiene, oprima 8.");
    caller.press("1000000025#");
    caller.press("87105#");
    assertThat(caller.heard())
        .isEqualTo(
            "Gracias. Su cuenta que termina en cero cero dos cinco está verificada. "
                + ES_HINT
                + " "
                + ES_MAIN_MENU);
    caller.press("1");
    assertThat(caller.heard())
        .isEqualTo(
            "Su saldo es de ciento ochenta dólares con un centavo. Su factura vence el sábado 7"
                + " de marzo. Su último pago de ciento ochenta dólares con un centavo se recibió el"
                + " martes 3 de febrero. "
                + ES_AFTER_BALANCE);
    caller.press("2");
    assertThat(caller.heard()).isEqualTo(Prompts.ES_GOODBYE);
  }

  @Test
  void aSpanishLineIsGreetedInSpanishWithTheEnglishOfferInEnglish() {
    Caller caller = line.call("+15055550102", Language.SPANISH);

    assertThat(caller.heard()).isEqualTo(ES_WELCOME);
    caller.silence(IvrLine.WELCOME);
    assertThat(caller.heard()).startsWith("Encontré su cuenta que termina en cero cero dos cinco.");
  }

  @Test
  void theLastFourOfThePhoneOnFileIdentifiesToo() {
    Caller caller = line.call(null);
    caller.silence(IvrLine.WELCOME);
    assertThat(caller.heard()).isEqualTo(ASK_ACCOUNT);
    caller.press("1000000033#");
    assertThat(caller.heard()).isEqualTo(ASK_SECRET);
    caller.press("0103#");

    assertThat(caller.heard())
        .startsWith("Thank you. Your account ending in zero zero three three is verified.");
  }

  @Test
  void threeFailuresReachAPersonFlaggedUnverified() {
    Caller caller = line.call("+15055550199");
    caller.silence(IvrLine.WELCOME);
    for (int attempt = 1; attempt <= 2; attempt++) {
      caller.press("1000000017#").press("99999#");
      assertThat(caller.heard())
          .isEqualTo(
              "Sorry, that account number and code do not match our records. " + ASK_ACCOUNT);
    }
    caller.press("1000000017#").press("99999#");

    assertThat(caller.heard())
        .isEqualTo(
            "Let me connect you with a representative who can help. "
                + HOLD
                + " "
                + CALLBACK_OFFER);
    ContactRequest request = line.routing.only();
    assertThat(request.verified()).isFalse();
    assertThat(request.account()).contains(DemoCity.SHOWCASE_ENGLISH.account());
    assertThat(request.queue()).isEqualTo(new QueueId("billing"));
    assertThat(request.reason()).isEqualTo("Could not be identified after 3 attempts");
    assertThat(caller.state()).isEqualTo(SimulatedCall.State.WAITING);
  }

  @Test
  void fiveFailuresOnAnAccountLockItsSelfServiceForEveryCallAndTheLockIsAudited() {
    for (int call = 0; call < 2; call++) {
      Caller caller = line.call(null);
      caller.silence(IvrLine.WELCOME);
      int attempts = call == 0 ? 3 : 2;
      for (int attempt = 0; attempt < attempts; attempt++) {
        caller.press("1000000017#").press("11111#");
      }
      caller.hangUp();
    }

    Caller honest = line.call(null);
    honest.silence(IvrLine.WELCOME).press("1000000017#").press("87101#");
    assertThat(honest.heard())
        .startsWith(
            "For your security, self-service for this account is paused for a while after several"
                + " unsuccessful attempts.");
    assertThat(line.routing.enqueued().getLast().queue()).isEqualTo(new QueueId("specialists"));
    assertThat(line.accounts.audit().forAccount(DemoCity.SHOWCASE_ENGLISH.account(), 5))
        .extracting(AuditEntry::action)
        .contains("self-service-locked");

    Caller byNumber = line.call("+15055550101");
    byNumber.silence(IvrLine.WELCOME);
    assertThat(byNumber.heard()).startsWith("For your security");

    line.clock.advance(java.time.Duration.ofMinutes(31));
    Caller later = line.call("+15055550101");
    later.silence(IvrLine.WELCOME);
    assertThat(later.heard()).startsWith("I found your account ending in zero zero one seven.");
  }
}
