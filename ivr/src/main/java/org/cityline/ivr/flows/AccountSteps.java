package org.cityline.ivr.flows;

import static org.cityline.ivr.prompts.PromptLine.Arg.amount;
import static org.cityline.ivr.prompts.PromptLine.Arg.digits;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.util.List;
import org.cityline.accounts.Program;
import org.cityline.accounts.online.ResetChannel;
import org.cityline.ivr.flow.Operation;

/**
 * The online account's password reset (a one-time link by text message or e-mail, to what is on
 * file) and the billing programs: the caller hears Budget Billing, e-bill, SurePay and
 * Select-Due-Date; joins e-bill or Budget Billing when eligible (after the service ZIP check for a
 * caller identified by number); SurePay and Select-Due-Date go to a person with the reason.
 */
final class AccountSteps {

  static final String RESET = "reset";
  static final String RESET_MENU = "reset-menu";
  static final String PROGRAMS = "programs-menu";
  static final String BUDGET_ENROL = "budget-enrol";
  static final String EBILL_ENROL = "ebill-enrol";

  private AccountSteps() {}

  static void add(Steps steps) {
    addReset(steps);
    addPrograms(steps);
  }

  private static void addReset(Steps steps) {
    String after = ArrangementSteps.AFTER_CHANGE;
    steps
        .remember(RESET, IdentifySteps.AFTER_STEP_UP, "reset", IdentifySteps.STEP_UP)
        .menu(
            RESET_MENU,
            "the password reset menu",
            List.of(line("reset-menu")),
            "1",
            "reset-text",
            "2",
            "reset-email")
        .action(
            "reset-text",
            new Operation.SendPasswordReset(ResetChannel.TEXT_MESSAGE),
            "sent",
            "reset-sent-text",
            "no-destination",
            "reset-no-phone",
            "limited",
            "reset-limited",
            "failed",
            "reset-failed",
            "unavailable",
            "reset-failed")
        .action(
            "reset-email",
            new Operation.SendPasswordReset(ResetChannel.EMAIL),
            "sent",
            "reset-sent-email",
            "no-destination",
            "reset-no-email",
            "limited",
            "reset-limited",
            "failed",
            "reset-failed",
            "unavailable",
            "reset-failed")
        .serve(
            "reset-sent-text",
            after,
            "Heard the reset link was sent by text",
            line("reset-sent-text", digits("reset-phone-last4")))
        .serve(
            "reset-sent-email",
            after,
            "Heard the reset link was sent by e-mail",
            line("reset-sent-email"))
        .say("reset-no-phone", RESET_MENU, line("reset-no-phone"))
        .say("reset-no-email", RESET_MENU, line("reset-no-email"))
        .say("reset-limited", after, line("reset-limited"))
        .say("reset-failed", after, line("reset-failed"));
  }

  private static void addPrograms(Steps steps) {
    MainFlow.Queues queues = steps.settings().queues();
    steps
        .menu(
            PROGRAMS,
            "the programs menu",
            List.of(line("programs-menu")),
            "1",
            "budget-info",
            "2",
            "ebill-info",
            "3",
            "surepay-info",
            "4",
            "due-date-info")
        .say("budget-info", "budget-check", line("budget-info"));
    check(steps, "budget-check", Program.BUDGET_BILLING, "budget-offer");
    steps
        .menu(
            "budget-offer",
            "the Budget Billing offer",
            List.of(line("budget-offer", amount("budget-cents"))),
            "1",
            "budget-step-up")
        .remember("budget-step-up", IdentifySteps.AFTER_STEP_UP, "budget", IdentifySteps.STEP_UP);
    enrol(steps, BUDGET_ENROL, Program.BUDGET_BILLING);
    steps.say("ebill-info", "ebill-check", line("ebill-info"));
    check(steps, "ebill-check", Program.EBILL, "ebill-offer");
    steps
        .menu("ebill-offer", "the e-bill offer", List.of(line("ebill-offer")), "1", "ebill-step-up")
        .remember("ebill-step-up", IdentifySteps.AFTER_STEP_UP, "ebill", IdentifySteps.STEP_UP);
    enrol(steps, EBILL_ENROL, Program.EBILL);
    steps
        .say("surepay-info", "surepay-offer", line("surepay-info"))
        .menu(
            "surepay-offer",
            "the SurePay offer",
            List.of(line("program-agent-offer")),
            "1",
            "to-billing-surepay")
        .transfer("to-billing-surepay", queues.billing(), "Wants to enrol in SurePay (bank draft)")
        .say("due-date-info", "due-date-offer", line("due-date-info"))
        .menu(
            "due-date-offer",
            "the Select-Due-Date offer",
            List.of(line("program-agent-offer")),
            "1",
            "to-billing-due-date")
        .transfer(
            "to-billing-due-date", queues.billing(), "Wants to choose a due date (Select-Due-Date)")
        .serve(
            "program-enrolled",
            ArrangementSteps.AFTER_CHANGE,
            "Heard the enrolment confirmed",
            line("program-enrolled"))
        .serve(
            "program-already",
            ArrangementSteps.AFTER_CHANGE,
            "Heard the account is already enrolled",
            line("program-already"))
        .say("program-not-eligible", "program-not-eligible-menu", line("program-not-eligible"))
        .menu(
            "program-not-eligible-menu",
            "the programs follow-up menu",
            List.of(line("program-agent-offer")),
            "1",
            "to-billing-programs")
        .transfer(
            "to-billing-programs",
            queues.billing(),
            "Asked about a program; not eligible by phone");
  }

  private static void check(Steps steps, String id, Program program, String offer) {
    steps.action(
        id,
        new Operation.CheckProgram(program),
        "eligible",
        offer,
        "enrolled",
        "program-already",
        "needs-agent",
        "program-not-eligible",
        "not-eligible",
        "program-not-eligible",
        "unavailable",
        IdentifySteps.RECORDS_UNAVAILABLE);
  }

  private static void enrol(Steps steps, String id, Program program) {
    steps.action(
        id,
        new Operation.EnrolProgram(program),
        "enrolled",
        "program-enrolled",
        "already",
        "program-already",
        "not-eligible",
        "program-not-eligible",
        "unavailable",
        IdentifySteps.RECORDS_UNAVAILABLE);
  }
}
