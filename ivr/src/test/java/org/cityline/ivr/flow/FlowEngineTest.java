package org.cityline.ivr.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallId;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.prompts.PromptBundles;
import org.cityline.ivr.prompts.PromptLine;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.QueueId;
import org.cityline.routing.TrailStep;
import org.junit.jupiter.api.Test;

/**
 * The engine alone: every transition is checked by what it returns (commands, the port call it asks
 * for, the new session). No port is called; the tests answer port calls themselves.
 */
class FlowEngineTest {

  private static final AccountNumber ACCOUNT = new AccountNumber("1234567890");
  static final String MAIN_MENU =
      "For your balance, press 1. To make a payment, press 2. For a payment arrangement or"
          + " extension, press 3. To report an outage or a gas smell, press 4. To start, stop or"
          + " move service, press 5. For billing questions, programs and your online account,"
          + " press 6.";
  static final String WELCOME =
      "Thank you for calling City Utilities. If you smell gas, leave the area now and press 8,"
          + " or call 911 from a safe place. Para español, oprima 1.";
  static final String ASK_ACCOUNT =
      "Please enter your 10-digit account number, then press pound. If you don't have it, press"
          + " 8.";
  static final String ASK_SECRET =
      "Now enter the 5-digit ZIP code of your service address, or the last 4 digits of the phone"
          + " number on file, then press pound.";

  private final FlowEngine engine = new FlowEngine(MainFlow.build(), PromptBundles.cityline());
  private Instant now = Instant.parse("2026-03-02T16:00:00Z");

  @Test
  void looksTheCallerUpSilentlyThenWelcomesWithAnInterruptibleSpanishOffer() {
    Session fresh = newSession();

    Transition started = engine.next(fresh, new FlowEvent.Started(tick()));
    assertThat(started.commands()).isEmpty();
    assertThat(started.portCall())
        .contains(new PortCall.FindCaller(Optional.of(new PhoneNumber("+15055550101"))));
    assertThat(started.session().step()).isEqualTo("find-caller");

    Transition welcomed = answer(started.session(), identifiedByPhone());
    CallCommand.Collect welcome = onlyCollect(welcomed);
    assertThat(welcome.prompt().text()).isEqualTo(WELCOME);
    assertThat(welcome.prompt().parts().getLast())
        .as("the Spanish offer is a Spanish phrase inside the English prompt")
        .isEqualTo(
            new org.cityline.common.call.Prompt.Part.ForeignPhrase(
                Language.SPANISH, "language-offer", "Para español, oprima 1."));
    assertThat(welcome.step()).contains("1");
    assertThat(welcome.maxDigits()).isEqualTo(1);
    assertThat(welcome.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(welcome.masked()).isFalse();
    assertThat(welcomed.portCall()).isEmpty();
    assertThat(welcomed.session().step()).isEqualTo("welcome");
    assertThat(fresh.step()).as("the old session is unchanged").isEqualTo("find-caller");
    assertThat(fresh.trail()).isEmpty();
  }

  @Test
  void silenceAtTheWelcomeGoesOnInEnglishToTheAccountOrTheAccountPrompt() {
    assertThat(TestText.of(engine.next(atWelcome(identifiedByPhone()), silence()).commands()))
        .startsWith("I found your account ending in seven eight nine zero.");
    assertThat(TestText.of(engine.next(atWelcome(noMatch()), silence()).commands()))
        .isEqualTo(ASK_ACCOUNT);
  }

  @Test
  void oneAtTheWelcomeSwitchesToSpanishForTheRestOfTheCall() {
    Transition spanish = engine.next(atWelcome(identifiedByPhone()), keys("1"));

    assertThat(spanish.session().language()).isEqualTo(Language.SPANISH);
    assertThat(spanish.session().trail())
        .extracting(TrailStep::summary)
        .containsExactly(
            "Identified by caller number (account 1234567890)",
            "Pressed 1 at the welcome (language choice)",
            "Switched to Spanish");
    assertThat(onlyCollect(spanish).prompt().language()).isEqualTo(Language.SPANISH);
    assertThat(onlyCollect(spanish).prompt().text())
        .startsWith("Encontré su cuenta que termina en siete ocho nueve cero.")
        .endsWith("programas y su cuenta en línea, oprima 6.");
  }

  @Test
  void zeroDuringTheGreetingReachesAPersonWithTheAccountAlreadyFound() {
    Transition toPerson = engine.next(atWelcome(identifiedByPhone()), keys("0"));

    ContactRequest request = ((PortCall.Enqueue) toPerson.portCall().orElseThrow()).request();
    assertThat(request.account()).contains(ACCOUNT);
    assertThat(request.verified()).isTrue();
    assertThat(request.reason()).isEqualTo("Pressed 0 at the welcome (language choice)");
  }

  @Test
  void aCallerFoundByNumberHearsTheAccountEndingThenTheMainMenu() {
    Transition found = engine.next(atWelcome(identifiedByPhone()), silence());

    assertThat(onlyCollect(found).prompt().text())
        .isEqualTo(
            "I found your account ending in seven eight nine zero. At any time, press star to"
                + " repeat, 9 for the main menu, or 0 to speak with a representative. "
                + MAIN_MENU);
    assertThat(found.session().account()).contains(ACCOUNT);
    assertThat(found.session().verified()).isTrue();
    assertThat(found.session().step()).isEqualTo("main-menu");
    assertThat(found.session().repeatFrom()).isEqualTo("identify");
  }

  @Test
  void oneAtTheMainMenuAsksForTheVerifiedAccountsBalance() {
    Transition reading = engine.next(atMainMenu(), keys("1"));

    assertThat(reading.commands()).isEmpty();
    assertThat(reading.portCall()).contains(new PortCall.ReadBalance(ACCOUNT));
  }

  @Test
  void neverReadsTheBalanceOfAnUnverifiedCaller() {
    Session claimed = atMainMenu().toBuilder().identified(ACCOUNT, false).build();

    Transition reading = engine.next(claimed, keys("1"));

    assertThat(reading.portCall()).containsInstanceOf(PortCall.Enqueue.class);
    assertThat(TestText.of(reading.commands()))
        .isEqualTo("Sorry, we can't reach our account records right now.");
  }

  @Test
  void zeroAtAnyMenuSendsTheCallerToBillingWithTheTrailAndWhy() {
    Transition toPerson = engine.next(atMainMenu(), keys("0"));

    assertThat(toPerson.commands()).isEmpty();
    ContactRequest request = ((PortCall.Enqueue) toPerson.portCall().orElseThrow()).request();
    assertThat(request.queue()).isEqualTo(new QueueId("billing"));
    assertThat(request.reason()).isEqualTo("Pressed 0 at the main menu");
    assertThat(request.account()).contains(ACCOUNT);
    assertThat(request.verified()).isTrue();
    assertThat(request.language()).isEqualTo(Language.ENGLISH);
    assertThat(request.trail())
        .extracting(TrailStep::summary)
        .containsExactly(
            "Identified by caller number (account 1234567890)", "Pressed 0 at the main menu");
    assertThat(request.arrivedAt()).isEqualTo(Instant.parse("2026-03-02T16:00:00Z"));

    Transition queued =
        engine.next(
            toPerson.session(),
            new FlowEvent.PortAnswered(PortResult.of("queued", "Sent to billing"), tick()));
    assertThat(TestText.of(queued.commands()))
        .isEqualTo("Please hold for the next available representative.");
    assertThat(queued.portCall()).contains(new PortCall.EstimateWait(new ContactId("contact-1")));
    assertThat(queued.session().stage()).isEqualTo(Session.Stage.WAITING);
    assertThat(queued.session().queued()).isTrue();
  }

  @Test
  void starRepeatsEverythingSaidSinceTheCallerLastAnsweredAndChangesNothing() {
    Session menu = atMainMenu();
    Transition first = engine.next(atWelcome(identifiedByPhone()), silence());

    Transition repeated = engine.next(menu, keys("*"));

    assertThat(TestText.of(repeated.commands())).isEqualTo(TestText.of(first.commands()));
    assertThat(onlyCollect(repeated).step())
        .as("a new prompt, a new step token")
        .isNotEqualTo(onlyCollect(first).step());
    assertThat(repeated.session().retries()).isZero();
    assertThat(repeated.session().trail()).isEqualTo(menu.trail());
    assertThat(repeated.portCall()).isEmpty();
  }

  @Test
  void nineGoesToTheMainMenuWhenVerifiedElseAsksWhoTheCallerIs() {
    assertThat(TestText.of(engine.next(atMainMenu(), keys("9")).commands())).isEqualTo(MAIN_MENU);

    Transition unverified = engine.next(atWelcomeThen("ask-account"), keys("9"));
    assertThat(TestText.of(unverified.commands())).isEqualTo(ASK_ACCOUNT);
  }

  @Test
  void silenceRetriesTwiceThenReachesAPerson() {
    Transition first = engine.next(atMainMenu(), new FlowEvent.NoInput(tick()));
    assertThat(TestText.of(first.commands()))
        .isEqualTo("Sorry, I didn't hear a response. " + MAIN_MENU);
    assertThat(first.session().retries()).isEqualTo(1);

    Transition second = engine.next(first.session(), new FlowEvent.NoInput(tick()));
    assertThat(second.session().retries()).isEqualTo(2);
    assertThat(second.portCall()).isEmpty();

    Transition third = engine.next(second.session(), new FlowEvent.NoInput(tick()));
    ContactRequest request = ((PortCall.Enqueue) third.portCall().orElseThrow()).request();
    assertThat(request.reason()).isEqualTo("No answer after 3 tries at the main menu");
    assertThat(request.trail())
        .extracting(TrailStep::summary)
        .endsWith(
            "No answer at the main menu",
            "No answer at the main menu",
            "No answer at the main menu",
            "No answer after 3 tries at the main menu");
  }

  @Test
  void aKeyThatIsNotAChoiceRetriesWithAnApology() {
    Transition wrong = engine.next(atMainMenu(), keys("7"));

    assertThat(TestText.of(wrong.commands()))
        .isEqualTo("Sorry, that is not a valid entry. " + MAIN_MENU);
    assertThat(wrong.session().retries()).isEqualTo(1);
    assertThat(wrong.session().trail().getLast().summary())
        .isEqualTo("Pressed 7, not a choice, at the main menu");

    Transition twice = engine.next(engine.next(wrong.session(), keys("7")).session(), keys("77"));
    assertThat(((PortCall.Enqueue) twice.portCall().orElseThrow()).request().reason())
        .isEqualTo("No valid entry after 3 tries at the main menu");
  }

  @Test
  void anEntryTakesExactlyItsDigitsWithOrWithoutThePoundKey() {
    Session askAccount = atWelcomeThen("ask-account");

    Transition zip = engine.next(askAccount, keys("1234567890#"));
    CallCommand.Collect askZip = onlyCollect(zip);
    assertThat(askZip.prompt().text()).isEqualTo(ASK_SECRET);
    assertThat(askZip.maxDigits()).isEqualTo(5);
    assertThat(askZip.finishOnKey()).isEqualTo('#');
    assertThat(zip.session().value("entered-account")).contains("1234567890");

    Transition verify = engine.next(zip.session(), keys("87101"));
    assertThat(verify.portCall())
        .contains(new PortCall.VerifyAccount(new ContactId("contact-1"), "1234567890", "87101"));
  }

  @Test
  void tooFewTooManyOrStarredDigitsAreRetriedAndNeverStored() {
    Session askAccount = atWelcomeThen("ask-account");
    for (String bad : List.of("12345#", "123456789012", "12345*7890", "#")) {
      Transition retried = engine.next(askAccount, keys(bad));
      assertThat(TestText.of(retried.commands()))
          .as(bad)
          .isEqualTo("Sorry, that is not a valid entry. " + ASK_ACCOUNT);
      assertThat(retried.session().values()).doesNotContainKey("entered-account");
      assertThat(retried.session().trail().getLast().summary())
          .isEqualTo("Keyed an invalid entry at the account number prompt");
    }
  }

  @Test
  void globalKeysWorkAtAnEntryWhenPressedAlone() {
    Session askAccount = atWelcomeThen("ask-account");

    assertThat(engine.next(askAccount, keys("0")).portCall())
        .containsInstanceOf(PortCall.Enqueue.class);
    assertThat(engine.next(askAccount, keys("0#")).portCall())
        .containsInstanceOf(PortCall.Enqueue.class);
    assertThat(TestText.of(engine.next(askAccount, keys("*")).commands())).isEqualTo(ASK_ACCOUNT);
    assertThat(TestText.of(engine.next(askAccount, keys("8")).commands()))
        .as("8 alone: no account number")
        .startsWith("To start new service, press 1.");
  }

  @Test
  void aReplayedEventIsAnsweredAgainWithoutChangingAnything() {
    FlowEvent.KeysPressed wrong = keys("7");
    Transition once = engine.next(atMainMenu(), wrong);

    Transition again = engine.next(once.session(), wrong);

    assertThat(again.session()).isEqualTo(once.session());
    assertThat(again.session().retries()).isEqualTo(1);
    assertThat(again.commands()).isEqualTo(once.commands());
    assertThat(TestText.of(again.commands()))
        .isEqualTo("Sorry, that is not a valid entry. " + MAIN_MENU);

    Transition chosen = engine.next(atMainMenu(), keys("9"));
    assertThat(engine.next(chosen.session(), lastKeys).commands()).isEqualTo(chosen.commands());

    FlowEvent.NoInput silence = new FlowEvent.NoInput(tick());
    Transition quiet = engine.next(once.session(), silence);
    assertThat(engine.next(quiet.session(), silence).session()).isEqualTo(quiet.session());
  }

  @Test
  void threeFailedIdentificationsSendTheCallerToAPersonUnverified() {
    Session session = atWelcomeThen("ask-account");
    PortResult wrong =
        PortResult.failedIdentification(
            Optional.of(ACCOUNT), "Keyed account 1234567890 but the service ZIP did not match");
    Transition transition = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      session = engine.next(session, keys("1234567890")).session();
      transition = engine.next(session, keys("99999"));
      assertThat(transition.portCall()).containsInstanceOf(PortCall.VerifyAccount.class);
      transition = engine.next(transition.session(), new FlowEvent.PortAnswered(wrong, tick()));
      session = transition.session();
      if (attempt < 3) {
        assertThat(TestText.of(transition.commands()))
            .isEqualTo(
                "Sorry, that account number and code do not match our records. " + ASK_ACCOUNT);
      }
    }
    assertThat(TestText.of(transition.commands()))
        .isEqualTo("Let me connect you with a representative who can help.");
    ContactRequest request = ((PortCall.Enqueue) transition.portCall().orElseThrow()).request();
    assertThat(request.verified()).isFalse();
    assertThat(request.account()).contains(ACCOUNT);
    assertThat(request.reason()).isEqualTo("Could not be identified after 3 attempts");
    assertThat(request.trail())
        .extracting(TrailStep::summary)
        .contains(
            "Keyed account 1234567890 but the service ZIP did not match (failed attempt 1)",
            "Keyed account 1234567890 but the service ZIP did not match (failed attempt 3)");
  }

  @Test
  void aRefusedTransferApologisesAndEndsTheCallAsFailed() {
    Transition toPerson = engine.next(atMainMenu(), keys("0"));

    Transition refused =
        engine.next(
            toPerson.session(),
            new FlowEvent.PortAnswered(PortResult.of("refused", "billing is closed"), tick()));

    assertThat(TestText.of(refused.commands()))
        .isEqualTo(
            "We're sorry, no representative can take your call right now. Please call again"
                + " later.");
    assertThat(refused.commands().getLast()).isInstanceOf(CallCommand.Hangup.class);
    assertThat(refused.session().stage()).isEqualTo(Session.Stage.ENDED);
    assertThat(refused.session().outcome()).contains("failed");
  }

  @Test
  void aSessionThatLeftTheFlowTakesNoMoreEvents() {
    Session transferred = atMainMenu().toBuilder().transferred().build();

    assertThatThrownBy(() -> engine.next(transferred, keys("1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("left the flow");
  }

  @Test
  void aMaskedEntryIsCollectedMaskedAndItsDigitsAreNeverStored() {
    Step.Entry card =
        new Step.Entry(
                "card",
                "the card number prompt",
                List.of(PromptLine.line("ask-account")),
                15,
                16,
                '#',
                Duration.ofSeconds(10),
                false,
                "unused",
                "main-menu")
            .masking();

    CallCommand.Collect collect =
        (CallCommand.Collect)
            new Speaker(PromptBundles.cityline()).ask(card, atMainMenu(), List.of());

    assertThat(collect.masked()).isTrue();
    assertThat(collect.maxDigits()).isEqualTo(16);
    assertThat(new FlowEvent.KeysPressed("4111111111111111", tick()).toString())
        .doesNotContain("4111");
  }

  // --- a few sessions at known places, reached through the engine itself ---

  private Session newSession() {
    return engine.newSession(
        new CallId("sim", "c1"),
        new ContactId("contact-1"),
        Optional.of(new PhoneNumber("+15055550101")),
        Language.ENGLISH,
        now);
  }

  private Session atWelcome(PortResult lookedUp) {
    Transition started = engine.next(newSession(), new FlowEvent.Started(now));
    return answer(started.session(), lookedUp).session();
  }

  private Session atMainMenu() {
    return engine.next(atWelcome(identifiedByPhone()), silence()).session();
  }

  private Session atWelcomeThen(String expectedStep) {
    Transition none = engine.next(atWelcome(noMatch()), silence());
    assertThat(none.session().step()).isEqualTo(expectedStep);
    return none.session();
  }

  private static PortResult noMatch() {
    return PortResult.of("none", "Caller number matched no account");
  }

  private FlowEvent.NoInput silence() {
    return new FlowEvent.NoInput(tick());
  }

  private static PortResult identifiedByPhone() {
    return PortResult.identified(
        "one", ACCOUNT, true, "Identified by caller number (account 1234567890)");
  }

  private Transition answer(Session session, PortResult result) {
    return engine.next(session, new FlowEvent.PortAnswered(result, tick()));
  }

  private FlowEvent.KeysPressed lastKeys;

  private FlowEvent.KeysPressed keys(String keys) {
    lastKeys = new FlowEvent.KeysPressed(keys, tick());
    return lastKeys;
  }

  private Instant tick() {
    now = now.plusSeconds(1);
    return now;
  }

  private static CallCommand.Collect onlyCollect(Transition transition) {
    assertThat(transition.commands()).singleElement().isInstanceOf(CallCommand.Collect.class);
    return (CallCommand.Collect) transition.commands().get(0);
  }
}
