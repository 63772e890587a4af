package org.cityline.ivr.flows;

import static org.cityline.ivr.flow.Condition.all;
import static org.cityline.ivr.flow.Condition.atLeast;
import static org.cityline.ivr.flow.Condition.present;
import static org.cityline.ivr.flows.Steps.when;
import static org.cityline.ivr.prompts.PromptLine.Arg.amount;
import static org.cityline.ivr.prompts.PromptLine.Arg.date;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.util.List;
import org.cityline.ivr.flow.Operation;

/**
 * The main menu, the balance (current balance, past-due amount, due date, pending disconnect, last
 * payment) and saying goodbye.
 */
final class BalanceSteps {

  static final String GOODBYE = "goodbye";

  private BalanceSteps() {}

  static void add(Steps steps) {
    steps
        .menu(
            IdentifySteps.MAIN_MENU,
            "the main menu",
            List.of(line("main-menu")),
            "1",
            "read-balance",
            "2",
            PaymentSteps.START,
            "3",
            ArrangementSteps.START,
            "4",
            OutageSteps.MENU,
            "5",
            ServiceSteps.MENU,
            "6",
            ServiceSteps.MORE)
        .action(
            "read-balance",
            new Operation.ReadBalance(),
            "read",
            "say-balance",
            "unavailable",
            IdentifySteps.RECORDS_UNAVAILABLE)
        .serve(
            "say-balance",
            "check-past-due",
            "Heard the balance",
            line("balance", amount("balance-cents")))
        .branch("check-past-due", "check-due", when(atLeast("past-due-cents", 1), "say-past-due"))
        .noted(
            "say-past-due",
            "check-due",
            "Heard the past-due amount",
            line("past-due", amount("past-due-cents")))
        .branch(
            "check-due",
            "check-disconnect",
            when(all(atLeast("balance-cents", 1), present("due-date")), "say-due-date"))
        .say("say-due-date", "check-disconnect", line("due-date", date("due-date")))
        .branch(
            "check-disconnect",
            "check-last-payment",
            when(present("disconnect-date"), "say-disconnect"))
        .noted(
            "say-disconnect",
            "check-last-payment",
            "Heard the pending disconnect date",
            line("disconnect-pending", date("disconnect-date")))
        .branch(
            "check-last-payment",
            "after-balance",
            when(present("last-payment-date"), "say-last-payment"))
        .say(
            "say-last-payment",
            "after-balance",
            line("last-payment", amount("last-payment-cents"), date("last-payment-date")))
        .menu(
            "after-balance",
            "the balance menu",
            List.of(line("after-balance")),
            "1",
            PaymentSteps.START,
            "2",
            GOODBYE)
        .say(GOODBYE, "end-call", line("goodbye"))
        .hangup("end-call", "self-service");
  }
}
