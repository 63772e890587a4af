package org.cityline.ivr.flows;

import static org.cityline.ivr.flow.Condition.all;
import static org.cityline.ivr.flow.Condition.atLeast;
import static org.cityline.ivr.flow.Condition.equalTo;
import static org.cityline.ivr.flow.Condition.present;
import static org.cityline.ivr.prompts.PromptLine.Arg.amount;
import static org.cityline.ivr.prompts.PromptLine.Arg.date;
import static org.cityline.ivr.prompts.PromptLine.Arg.digits;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.ivr.flow.Flow;
import org.cityline.ivr.flow.Operation;
import org.cityline.ivr.flow.Step;
import org.cityline.ivr.flow.Step.Branch.Case;
import org.cityline.ivr.prompts.PromptLine;
import org.cityline.routing.QueueId;

/**
 * The utility's main call flow, declared in one place: the caller's number is looked up first (so
 * even a caller who presses 0 during the greeting reaches the agent with their account), then the
 * welcome with a Spanish offer, identification by caller number or by account number and service
 * ZIP, the main menu, balance and due date, and a person on 0. Later flows (payments, arrangements,
 * outages...) are more steps in this list.
 */
public final class MainFlow {

  /** The flow's name, stored in every session. */
  public static final String NAME = "utility-main";

  /**
   * What a city may tune in the main flow.
   *
   * @param billingQueue where 0 and failures send the caller
   * @param languageOfferTimeout how long the welcome waits for 1 (Spanish) before going on
   * @param menuTimeout how long a menu waits for a key
   * @param entryTimeout how long an entry (account number, ZIP) waits for the first key
   * @param maxRetries retries after silence or a wrong key before a person (DESIGN: 2)
   * @param maxIdentificationAttempts failed account-and-ZIP attempts before a person, unverified
   */
  public record Settings(
      QueueId billingQueue,
      Duration languageOfferTimeout,
      Duration menuTimeout,
      Duration entryTimeout,
      int maxRetries,
      int maxIdentificationAttempts) {

    public Settings {
      if (billingQueue == null) {
        throw new IllegalArgumentException("the main flow needs a billing queue");
      }
      if (maxIdentificationAttempts < 1 || maxIdentificationAttempts > 10) {
        throw new IllegalArgumentException(
            "maxIdentificationAttempts is 1 to 10, was " + maxIdentificationAttempts);
      }
    }

    /** Queue {@code billing}; 3 s language offer, 5 s menus, 7 s entries; 2 retries; 3 attempts. */
    public static Settings defaults() {
      return new Settings(
          new QueueId("billing"),
          Duration.ofSeconds(3),
          Duration.ofSeconds(5),
          Duration.ofSeconds(7),
          2,
          3);
    }

    /** The same settings with another billing queue. */
    public Settings withBillingQueue(QueueId queue) {
      return new Settings(
          queue,
          languageOfferTimeout,
          menuTimeout,
          entryTimeout,
          maxRetries,
          maxIdentificationAttempts);
    }
  }

  private MainFlow() {}

  /** The flow with default settings. */
  public static Flow build() {
    return build(Settings.defaults());
  }

  /** The flow. */
  public static Flow build(Settings settings) {
    return Flow.of(
        NAME,
        "find-caller",
        "home",
        "to-person",
        settings.maxRetries(),
        List.of(
            new Step.Action(
                "find-caller",
                new Operation.LookUpCaller(),
                Map.of(
                    "one", "welcome",
                    "none", "welcome",
                    "several", "welcome",
                    "unavailable", "welcome")),
            new Step.Menu(
                    "welcome",
                    "the welcome (language choice)",
                    List.of(line("welcome"), line("language-offer")),
                    settings.languageOfferTimeout(),
                    Map.of("1", "to-spanish", "2", "to-english"),
                    Optional.empty())
                .onNoInput("identify"),
            new Step.SetLanguage("to-spanish", Language.SPANISH, "identify"),
            new Step.SetLanguage("to-english", Language.ENGLISH, "identify"),
            new Step.Branch(
                "identify",
                List.of(new Case(equalTo("verified", "true"), "account-found")),
                "ask-account"),
            say(
                "account-found",
                "main-menu",
                line("account-found", digits("account-last4")),
                line("keys-hint")),
            new Step.Entry(
                "ask-account",
                "the account number prompt",
                List.of(line("ask-account")),
                10,
                10,
                '#',
                settings.entryTimeout(),
                false,
                "entered-account",
                "ask-zip"),
            new Step.Entry(
                "ask-zip",
                "the service ZIP prompt",
                List.of(line("ask-zip")),
                5,
                5,
                '#',
                settings.entryTimeout(),
                false,
                "entered-zip",
                "verify-account"),
            new Step.Action(
                "verify-account",
                new Operation.VerifyAccount("entered-account", "entered-zip"),
                Map.of(
                    "verified", "account-verified",
                    "failed", "check-attempts",
                    "unavailable", "records-unavailable")),
            say(
                "account-verified",
                "main-menu",
                line("identify-verified", digits("account-last4")),
                line("keys-hint")),
            new Step.Branch(
                "check-attempts",
                List.of(
                    new Case(
                        atLeast("failed-attempts", settings.maxIdentificationAttempts()),
                        "identify-transfer")),
                "identify-failed"),
            say("identify-failed", "ask-account", line("identify-failed")),
            say("identify-transfer", "to-person-unverified", line("identify-transfer")),
            transfer(
                settings,
                "to-person-unverified",
                "Could not be identified after "
                    + settings.maxIdentificationAttempts()
                    + " attempts"),
            say("records-unavailable", "to-person-records", line("records-unavailable")),
            transfer(settings, "to-person-records", "The IVR could not reach account records"),
            new Step.Branch(
                "home", List.of(new Case(equalTo("verified", "true"), "main-menu")), "ask-account"),
            new Step.Menu(
                "main-menu",
                "the main menu",
                List.of(line("main-menu")),
                settings.menuTimeout(),
                Map.of("1", "read-balance", "2", "goodbye"),
                Optional.empty()),
            new Step.Action(
                "read-balance",
                new Operation.ReadBalance(),
                Map.of("read", "say-balance", "unavailable", "records-unavailable")),
            say("say-balance", "check-past-due", line("balance", amount("balance-cents")))
                .noting("Heard the balance")
                .servingCaller(),
            new Step.Branch(
                "check-past-due",
                List.of(new Case(atLeast("past-due-cents", 1), "say-past-due")),
                "check-due"),
            say("say-past-due", "check-due", line("past-due", amount("past-due-cents")))
                .noting("Heard the past-due amount"),
            new Step.Branch(
                "check-due",
                List.of(
                    new Case(
                        all(atLeast("balance-cents", 1), present("due-date")), "say-due-date")),
                "check-disconnect"),
            say("say-due-date", "check-disconnect", line("due-date", date("due-date"))),
            new Step.Branch(
                "check-disconnect",
                List.of(new Case(present("disconnect-date"), "say-disconnect")),
                "check-last-payment"),
            say(
                    "say-disconnect",
                    "check-last-payment",
                    line("disconnect-pending", date("disconnect-date")))
                .noting("Heard the pending disconnect date"),
            new Step.Branch(
                "check-last-payment",
                List.of(new Case(present("last-payment-date"), "say-last-payment")),
                "after-balance"),
            say(
                "say-last-payment",
                "after-balance",
                line("last-payment", amount("last-payment-cents"), date("last-payment-date"))),
            new Step.Menu(
                "after-balance",
                "the balance menu",
                List.of(line("after-balance")),
                settings.menuTimeout(),
                Map.of("2", "goodbye"),
                Optional.empty()),
            say("goodbye", "end-call", line("goodbye")),
            new Step.Hangup("end-call", "self-service"),
            transfer(settings, "to-person", "Asked for a representative"),
            say("no-agent", "end-no-agent", line("no-agent-available")),
            new Step.Hangup("end-no-agent", "failed")));
  }

  private static Step.Say say(String id, String next, PromptLine... lines) {
    return new Step.Say(id, List.of(lines), next, Optional.empty(), false);
  }

  private static Step.Transfer transfer(Settings settings, String id, String reason) {
    return new Step.Transfer(
        id, settings.billingQueue(), 0, reason, List.of(line("hold-for-agent")), "no-agent");
  }
}
