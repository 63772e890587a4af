package org.cityline.ivr.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ContactRecord;
import org.cityline.common.Language;
import org.cityline.common.call.CallCommand;
import org.cityline.common.testing.ManualClock;
import org.cityline.ivr.Ivr;
import org.cityline.ivr.testing.DemoAccounts;
import org.cityline.ivr.testing.FakeContactHistory;
import org.cityline.ivr.testing.FakeRoutingService;
import org.cityline.ivr.testing.InMemorySessionStore;
import org.cityline.ivr.testing.TestCall;
import org.cityline.ivr.testing.TestPorts;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;
import org.cityline.routing.TrailStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main flow driven key by key, in English and Spanish, asserting what the caller hears. */
class MainFlowTest {

  static final String WELCOME =
      "Thank you for calling City Utilities. If you smell gas, leave the area now and press 8,"
          + " or call 911 from a safe place. Para español, oprima 1.";
  static final String HINT =
      "At any time, press star to repeat, 9 for the main menu, or 0 to speak with a"
          + " representative.";
  static final String MAIN_MENU =
      "For your balance, press 1. To make a payment, press 2. For a payment arrangement or"
          + " extension, press 3. To report an outage or a gas smell, press 4. To start, stop or"
          + " move service, press 5. For billing questions, programs and your online account,"
          + " press 6.";
  static final String AFTER_BALANCE =
      "To make a payment, press 1. To hear this again, press star. For the main menu, press 9."
          + " If you are finished, press 2.";
  static final String ASK_ACCOUNT =
      "Please enter your 10-digit account number, then press pound. If you don't have it, press"
          + " 8.";
  static final String ASK_ZIP =
      "Now enter the 5-digit ZIP code of your service address, or the last 4 digits of the phone"
          + " number on file, then press pound.";
  static final String HOLD =
      "Please hold for the next available representative. To be called back instead, without"
          + " losing your place in line, press 1.";

  static final String ES_HINT =
      "En cualquier momento, oprima asterisco para repetir, 9 para el menú principal o 0 para"
          + " hablar con un representante.";
  static final String ES_MAIN_MENU =
      "Para su saldo, oprima 1. Para hacer un pago, oprima 2. Para un arreglo de pago o una"
          + " prórroga, oprima 3. Para reportar un apagón o un olor a gas, oprima 4. Para"
          + " iniciar, suspender o trasladar el servicio, oprima 5. Para preguntas sobre su"
          + " factura, programas y su cuenta en línea, oprima 6.";
  static final String ES_AFTER_BALANCE =
      "Para hacer un pago, oprima 1. Para escuchar esto de nuevo, oprima asterisco. Para el menú"
          + " principal, oprima 9. Si ha terminado, oprima 2.";
  static final String ES_HOLD =
      "Por favor, espere en la línea al próximo representante disponible. Para que le"
          + " devolvamos la llamada sin perder su lugar en la fila, oprima 1.";

  private final ManualClock clock = new ManualClock();
  private final InMemorySessionStore sessions =
      new InMemorySessionStore(clock, Duration.ofMinutes(30));
  private final FakeRoutingService routing = new FakeRoutingService();
  private final FakeContactHistory history = new FakeContactHistory();
  private final Ivr ivr = TestPorts.ivr(sessions, DemoAccounts.all(), routing, history, clock);

  @Test
  void aKnownCallerHearsBalanceDueDateAndLastPaymentThenSaysGoodbye() {
    TestCall call = TestCall.from(ivr, clock, "en-1", "+15055550101");

    assertThat(call.arrive().getFirst()).isInstanceOf(CallCommand.Answer.class);
    assertThat(call.heard()).isEqualTo(WELCOME);
    call.silence();
    assertThat(call.heard())
        .isEqualTo(
            "I found your account ending in seven eight nine zero. " + HINT + " " + MAIN_MENU);
    call.press("1");
    assertThat(call.heard())
        .isEqualTo(
            "Your balance is one hundred twenty-three dollars and forty-five cents. Your bill is"
                + " due on Friday, March 20. Your last payment of ninety-eight dollars and ten"
                + " cents was received on Saturday, February 14. "
                + AFTER_BALANCE);
    call.press("2");
    assertThat(call.heard()).isEqualTo("Thank you for calling City Utilities. Goodbye.");
    assertThat(call.last().getLast()).isInstanceOf(CallCommand.Hangup.class);

    ContactRecord record = history.only();
    assertThat(record.outcome()).isEqualTo("self-service");
    assertThat(record.account()).contains(new AccountNumber("1234567890"));
    assertThat(record.verified()).isTrue();
    assertThat(record.queue()).isEmpty();
    assertThat(record.ivrTrail())
        .contains("Identified by caller number (account 1234567890)")
        .contains("Heard the balance")
        .contains("Pressed 2 at the balance menu");
    assertThat(sessions.size()).isZero();
    assertThat(routing.enqueued()).isEmpty();
  }

  @Test
  void aDelinquentCallerHearsThePastDueAmountAndThePendingDisconnect() {
    TestCall call = TestCall.from(ivr, clock, "en-2", "+15055550102");
    call.arrive();
    call.silence();
    call.press("1");

    assertThat(call.heard())
        .isEqualTo(
            "Your balance is four hundred twelve dollars and seven cents. Of this balance, two"
                + " hundred fifty dollars is past due. Your bill is due on Monday, March 16. Your"
                + " service is scheduled to be disconnected on Monday, March 9. To avoid"
                + " disconnection, please pay the past-due amount before that date. Your last"
                + " payment of one dollar was received on Thursday, January 1. "
                + AFTER_BALANCE);
  }

  @Test
  void aCallerWithACreditHearsItAndNoDueDate() {
    TestCall call = TestCall.from(ivr, clock, "en-3", null);
    call.arrive();
    call.silence();
    assertThat(call.heard()).isEqualTo(ASK_ACCOUNT);
    call.press("3456789012#");
    assertThat(call.heard()).isEqualTo(ASK_ZIP);
    call.press("87104");
    assertThat(call.heard())
        .isEqualTo(
            "Thank you. Your account ending in nine zero one two is verified. "
                + HINT
                + " "
                + MAIN_MENU);
    call.press("1");

    assertThat(call.heard())
        .isEqualTo("Your balance is a credit of fifteen dollars. " + AFTER_BALANCE);
  }

  @Test
  void inSpanishFromTheFirstKeyToAPersonWithAnEnglishTrail() {
    TestCall call = TestCall.from(ivr, clock, "es-1", "+15055550177");
    call.arrive();

    call.press("1");
    assertThat(call.heard())
        .isEqualTo(
            "Por favor, marque su número de cuenta de 10 dígitos y luego oprima la tecla de"
                + " numeral. Si no lo tiene, oprima 8.");
    call.press("2345678901#");
    assertThat(call.heard())
        .isEqualTo(
            "Ahora marque el código postal de 5 dígitos de su dirección de servicio, o los"
                + " últimos 4 dígitos del teléfono registrado, y luego oprima la tecla de numeral.");
    call.press("87102#");
    assertThat(call.heard())
        .isEqualTo(
            "Gracias. Su cuenta que termina en ocho nueve cero uno está verificada. "
                + ES_HINT
                + " "
                + ES_MAIN_MENU);
    call.press("1");
    assertThat(call.heard())
        .isEqualTo(
            "Su saldo es de cuatrocientos doce dólares con siete centavos. De este saldo, la"
                + " cantidad vencida es de doscientos cincuenta dólares. Su factura vence el lunes"
                + " 16 de marzo. Su servicio está programado para desconectarse el lunes 9 de"
                + " marzo. Para evitar la desconexión, pague la cantidad vencida antes de esa"
                + " fecha. Su último pago de un dólar se recibió el jueves primero de enero. "
                + ES_AFTER_BALANCE);
    call.press("0");
    assertThat(call.heard()).isEqualTo(ES_HOLD);
    assertThat(call.last().getLast()).isInstanceOf(CallCommand.WaitForAgent.class);

    ContactRequest request = routing.only();
    assertThat(request.language()).isEqualTo(Language.SPANISH);
    assertThat(request.queue())
        .as("Spanish callers wait in the Spanish queue")
        .isEqualTo(new QueueId("spanish"));
    assertThat(request.account()).contains(new AccountNumber("2345678901"));
    assertThat(request.verified()).isTrue();
    assertThat(request.call()).isEqualTo(call.id());
    assertThat(request.caller())
        .hasValueSatisfying(n -> assertThat(n.e164()).isEqualTo("+15055550177"));
    assertThat(request.reason()).isEqualTo("Pressed 0 at the balance menu");
    assertThat(request.trail())
        .extracting(TrailStep::summary)
        .containsExactly(
            "Caller number +15055550177 matched no account",
            "Pressed 1 at the welcome (language choice)",
            "Switched to Spanish",
            "Verified by account number and service ZIP (account 2345678901)",
            "Pressed 1 at the main menu",
            "Heard the balance",
            "Heard the past-due amount",
            "Heard the pending disconnect date",
            "Pressed 0 at the balance menu");
    assertThat(sessions.size()).as("the IVR still answers the waiting caller").isOne();
    call.hangUp();
    assertThat(sessions.size()).isZero();
    assertThat(history.ended()).as("routing records how it ends").isEmpty();
  }

  @Test
  void aKnownCallerInSpanishHearsTheirBalanceAndGoodbyeInSpanish() {
    TestCall call = TestCall.from(ivr, clock, "es-2", "+15055550101");
    call.arrive();
    call.press("1");
    assertThat(call.heard())
        .isEqualTo(
            "Encontré su cuenta que termina en siete ocho nueve cero. "
                + ES_HINT
                + " "
                + ES_MAIN_MENU);
    call.press("1");
    assertThat(call.heard())
        .isEqualTo(
            "Su saldo es de ciento veintitrés dólares con cuarenta y cinco centavos. Su factura"
                + " vence el viernes 20 de marzo. Su último pago de noventa y ocho dólares con"
                + " diez centavos se recibió el sábado 14 de febrero. "
                + ES_AFTER_BALANCE);
    call.press("2");
    assertThat(call.heard())
        .isEqualTo("Gracias por llamar a Servicios Públicos de la Ciudad. Adiós.");
    assertThat(history.only().outcome()).isEqualTo("self-service");
  }

  @Test
  void aChannelThatSpeaksSpanishIsGreetedInSpanishAndTwoSwitchesToEnglish() {
    TestCall call = TestCall.from(ivr, clock, "es-3", "+15055550101");

    call.arrive(Language.SPANISH);
    assertThat(call.heard())
        .isEqualTo(
            "Gracias por llamar a Servicios Públicos de la Ciudad. Si huele a gas, salga del lugar"
                + " ahora y oprima 8, o llame al 911 desde un lugar seguro. For English, press 2.");
    call.press("2");

    assertThat(call.heard()).startsWith("I found your account ending in seven eight nine zero.");
  }

  @Test
  void aNumberSharedByTwoAccountsOrWithheldIsAskedForTheAccountNumber() {
    TestCall shared = TestCall.from(ivr, clock, "en-4", DemoAccounts.SHARED_PHONE);
    shared.arrive();
    assertThat(shared.silence()).isNotEmpty();
    assertThat(shared.heard()).isEqualTo(ASK_ACCOUNT);

    TestCall withheld = TestCall.from(ivr, clock, "en-5", null);
    withheld.arrive();
    withheld.silence();
    assertThat(withheld.heard()).isEqualTo(ASK_ACCOUNT);
  }

  @Test
  void threeWrongAccountNumbersReachAPersonFlaggedUnverified() {
    TestCall call = TestCall.from(ivr, clock, "en-6", null);
    call.arrive();
    call.silence();
    for (int attempt = 1; attempt <= 2; attempt++) {
      call.press("9999999999");
      call.press("87101");
      assertThat(call.heard())
          .isEqualTo(
              "Sorry, that account number and code do not match our records. " + ASK_ACCOUNT);
    }
    call.press("9999999999");
    call.press("87101");

    assertThat(call.heard())
        .isEqualTo("Let me connect you with a representative who can help. " + HOLD);
    ContactRequest request = routing.only();
    assertThat(request.verified()).isFalse();
    assertThat(request.account()).isEmpty();
    assertThat(request.reason()).isEqualTo("Could not be identified after 3 attempts");
    assertThat(request.trail())
        .extracting(TrailStep::summary)
        .endsWith(
            "Keyed account number ending 9999: no such account (failed attempt 3)",
            "Could not be identified after 3 attempts");
  }

  @Test
  void aRightAccountWithTheWrongZipThreeTimesReachesAPersonWithTheAccountUnverified() {
    TestCall call = TestCall.from(ivr, clock, "es-4", null);
    call.arrive();
    call.press("1");
    for (int attempt = 1; attempt <= 3; attempt++) {
      call.press("1234567890#");
      call.press("87199");
    }

    assertThat(call.heard())
        .isEqualTo("Permítame comunicarle con un representante que le pueda ayudar. " + ES_HOLD);
    ContactRequest request = routing.only();
    assertThat(request.verified()).isFalse();
    assertThat(request.account()).contains(new AccountNumber("1234567890"));
    assertThat(request.language()).isEqualTo(Language.SPANISH);
  }

  @Test
  void starRepeatsTheBalanceAndNineGoesBackToTheMainMenu() {
    TestCall call = TestCall.from(ivr, clock, "en-7", "+15055550101");
    call.arrive();
    call.silence();
    call.press("1");
    String balance = call.heard();

    call.press("*");
    assertThat(call.heard()).isEqualTo(balance);
    call.press("9");
    assertThat(call.heard()).isEqualTo(MAIN_MENU);
    call.press("1");
    assertThat(call.heard()).isEqualTo(balance);
  }

  @Test
  void aWrongKeyAtTheWelcomeIsRetriedButSilenceSimplyGoesOn() {
    TestCall call = TestCall.from(ivr, clock, "en-8", null);
    call.arrive();

    call.press("5");
    assertThat(call.heard()).isEqualTo("Sorry, that is not a valid entry. " + WELCOME);
    call.silence();
    assertThat(call.heard()).isEqualTo(ASK_ACCOUNT);
  }

  @ParameterizedTest(name = "silence at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "+15055550101 | the main menu | ''",
        "+15055550101 | the balance menu | 1",
        "+15055550177 | the account number prompt | ''",
        "+15055550177 | the ZIP or phone prompt | 1234567890",
      })
  void silenceAtEveryStepIsRetriedTwiceThenReachesAPerson(String from, String label, String keys) {
    TestCall call = TestCall.from(ivr, clock, "quiet", from);
    call.arrive();
    call.silence();
    if (!keys.isEmpty()) {
      call.press(keys);
    }
    String asked = call.heard();

    call.silence();
    assertThat(call.heard()).isEqualTo("Sorry, I didn't hear a response. " + lastSentences(asked));
    call.silence();
    assertThat(routing.enqueued()).isEmpty();
    call.silence();

    assertThat(call.heard()).isEqualTo(HOLD);
    assertThat(routing.only().reason()).isEqualTo("No answer after 3 tries at " + label);
  }

  @Test
  void everyPromptTheCallerHeardWasInOneLanguage() {
    TestCall call = TestCall.from(ivr, clock, "es-5", "+15055550102");
    call.arrive();
    call.press("1");
    call.press("1");
    call.press("0");

    List<String> transcript = call.transcript();
    assertThat(transcript).hasSize(5);
    assertThat(transcript.getFirst())
        .as("the welcome offers Spanish in Spanish")
        .endsWith("oprima 1.");
    assertThat(transcript.subList(1, 5))
        .allSatisfy(text -> assertThat(text).doesNotContain("press", "Your", "dollars"));
  }

  /** A retry says the step's own prompt, not what led to it (the greeting, the balance). */
  private static String lastSentences(String asked) {
    for (String prompt : List.of(MAIN_MENU, AFTER_BALANCE, ASK_ACCOUNT, ASK_ZIP)) {
      if (asked.endsWith(prompt)) {
        return prompt;
      }
    }
    throw new AssertionError("unexpected prompt: " + asked);
  }
}
