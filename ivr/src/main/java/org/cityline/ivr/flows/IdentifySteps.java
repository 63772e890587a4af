package org.cityline.ivr.flows;

import static org.cityline.ivr.flow.Condition.atLeast;
import static org.cityline.ivr.flow.Condition.equalTo;
import static org.cityline.ivr.flows.Steps.when;
import static org.cityline.ivr.prompts.PromptLine.Arg.digits;
import static org.cityline.ivr.prompts.PromptLine.inOtherLanguage;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.ivr.flow.Operation;
import org.cityline.ivr.flow.Step;

/**
 * The welcome and identification. The caller's number is looked up first (so a caller who presses 0
 * during the welcome reaches the agent with their account); the welcome offers the other language
 * and an emergency key for a gas smell; a caller whose number matches one account is identified,
 * others key their account number and the service ZIP or the last four of the phone on file. Three
 * failures reach a person, unverified; an account locked after repeated failures (cluster-wide)
 * reaches a specialist. A caller identified only by caller number is asked for the service ZIP
 * before any change to the account ({@link #STEP_UP}).
 */
final class IdentifySteps {

  static final String START = "find-caller";
  static final String HOME = "home";
  static final String MAIN_MENU = "main-menu";

  /** Checks the service ZIP of a caller identified by number before an account change. */
  static final String STEP_UP = "needs-step-up";

  /** The session value naming where the flow goes after a step-up check. */
  static final String AFTER_STEP_UP = "after-step-up";

  static final String RECORDS_UNAVAILABLE = "records-unavailable";
  static final String LOCKED_OUT = "locked-out";

  private IdentifySteps() {}

  static void add(Steps steps) {
    MainFlow.Settings settings = steps.settings();
    MainFlow.Queues queues = settings.queues();
    steps
        .action(
            START,
            new Operation.LookUpCaller(),
            "one",
            "welcome",
            "none",
            "welcome",
            "several",
            "welcome",
            "locked",
            "welcome",
            "unavailable",
            "welcome")
        .add(
            new Step.Menu(
                    "welcome",
                    "the welcome (language choice)",
                    List.of(
                        line("welcome"), line("gas-warning"), inOtherLanguage("language-offer")),
                    settings.languageOfferTimeout(),
                    Map.of("1", "to-spanish", "2", "to-english", "8", OutageSteps.GAS),
                    Optional.empty())
                .onNoInput("identify"))
        .language("to-spanish", Language.SPANISH, "identify")
        .language("to-english", Language.ENGLISH, "identify")
        .branch(
            "identify",
            "ask-account",
            when(equalTo("locked", "true"), LOCKED_OUT),
            when(equalTo("verified", "true"), "account-found"))
        .say(
            "account-found",
            MAIN_MENU,
            line("account-found", digits("account-last4")),
            line("keys-hint"))
        .add(
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
                    "ask-secret")
                .orKey("8", "no-account"))
        .entry(
            "ask-secret",
            "the ZIP or phone prompt",
            line("ask-secret"),
            4,
            5,
            "entered-secret",
            "verify-account")
        .action(
            "verify-account",
            new Operation.VerifyAccount("entered-account", "entered-secret"),
            "verified",
            "account-verified",
            "failed",
            "check-attempts",
            "locked",
            LOCKED_OUT,
            "unavailable",
            RECORDS_UNAVAILABLE)
        .say(
            "account-verified",
            MAIN_MENU,
            line("identify-verified", digits("account-last4")),
            line("keys-hint"))
        .branch(
            "check-attempts",
            "identify-failed",
            when(
                atLeast("failed-attempts", settings.maxIdentificationAttempts()),
                "identify-transfer"))
        .say("identify-failed", "ask-account", line("identify-failed"))
        .say("identify-transfer", "to-billing-unverified", line("identify-transfer"))
        .transfer(
            "to-billing-unverified",
            queues.billing(),
            "Could not be identified after " + settings.maxIdentificationAttempts() + " attempts")
        .say(LOCKED_OUT, "to-specialists-locked", line("self-service-locked"))
        .transfer(
            "to-specialists-locked",
            queues.specialists(),
            "Self-service locked after repeated failed identification")
        .say(RECORDS_UNAVAILABLE, "to-billing-records", line("records-unavailable"))
        .transfer("to-billing-records", queues.billing(), "The IVR could not reach account records")
        .menu(
            "no-account",
            "the no-account menu",
            List.of(line("no-account-menu")),
            "1",
            "to-start-new",
            "2",
            "to-outages-no-account",
            "3",
            "ask-account")
        .transfer("to-start-new", queues.startStop(), "Wants to start new service (no account)")
        .transferAlwaysOpen(
            "to-outages-no-account",
            queues.outages(),
            0,
            "Reports an outage or a problem (no account)")
        .branch(HOME, "ask-account", when(equalTo("verified", "true"), MAIN_MENU));
    addStepUp(steps);
  }

  /** The service ZIP check before an account change, for a caller identified by number only. */
  private static void addStepUp(Steps steps) {
    steps
        .branch(
            STEP_UP, "step-up-done", when(equalTo("verified-by", "caller-number"), "step-up-zip"))
        .entry(
            "step-up-zip",
            "the security ZIP prompt",
            line("step-up-zip"),
            5,
            5,
            "step-up-zip",
            "step-up-check")
        .action(
            "step-up-check",
            new Operation.VerifyAccount("account", "step-up-zip"),
            "verified",
            "step-up-done",
            "failed",
            "step-up-failed",
            "locked",
            LOCKED_OUT,
            "unavailable",
            RECORDS_UNAVAILABLE)
        .branch(
            "step-up-failed",
            "step-up-retry",
            when(
                atLeast("failed-attempts", steps.settings().maxIdentificationAttempts()),
                "identify-transfer"))
        .say("step-up-retry", "step-up-zip", line("step-up-failed"))
        .branch(
            "step-up-done",
            MAIN_MENU,
            when(equalTo(AFTER_STEP_UP, "arrangement"), ArrangementSteps.CHECK),
            when(equalTo(AFTER_STEP_UP, "reset"), AccountSteps.RESET_MENU),
            when(equalTo(AFTER_STEP_UP, "budget"), AccountSteps.BUDGET_ENROL),
            when(equalTo(AFTER_STEP_UP, "ebill"), AccountSteps.EBILL_ENROL));
  }
}
