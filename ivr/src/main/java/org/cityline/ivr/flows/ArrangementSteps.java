package org.cityline.ivr.flows;

import static org.cityline.ivr.flow.Condition.equalTo;
import static org.cityline.ivr.flows.Steps.when;
import static org.cityline.ivr.prompts.PromptLine.Arg.amount;
import static org.cityline.ivr.prompts.PromptLine.Arg.date;
import static org.cityline.ivr.prompts.PromptLine.Arg.number;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.util.ArrayList;
import java.util.List;
import org.cityline.accounts.ArrangementKind;
import org.cityline.ivr.flow.Operation;

/**
 * A payment arrangement or extension: after the service ZIP check for a caller identified by
 * number, the account's eligibility (the rules live in accounts' {@code ArrangementPolicy}); an
 * extension to pay the past due by a date, or instalments added to the next bills; a confirmation;
 * made once, audited, and a pending disconnect called off. Not eligible: the credit team.
 */
final class ArrangementSteps {

  static final String START = "arrangement";
  static final String CHECK = "arr-check";
  static final String AFTER_CHANGE = "after-change";

  private ArrangementSteps() {}

  static void add(Steps steps) {
    MainFlow.Settings settings = steps.settings();
    steps
        .remember(START, IdentifySteps.AFTER_STEP_UP, "arrangement", IdentifySteps.STEP_UP)
        .action(
            CHECK,
            new Operation.CheckArrangement(),
            "eligible",
            "arr-menu",
            "not-eligible",
            "arr-not-eligible",
            "unavailable",
            IdentifySteps.RECORDS_UNAVAILABLE)
        .say("arr-not-eligible", "to-credit-not-eligible", line("arr-not-eligible"))
        .transfer(
            "to-credit-not-eligible",
            settings.queues().credit(),
            "Asked for a payment arrangement; not eligible by phone")
        .menu(
            "arr-menu",
            "the arrangement menu",
            List.of(
                line(
                    "arr-menu",
                    amount("arr-past-due-cents"),
                    date("arr-extension-date"),
                    number("arr-fewest"),
                    number("arr-most"))),
            "1",
            "ext-confirm",
            "2",
            "inst-count")
        .menu(
            "ext-confirm",
            "the extension confirmation",
            List.of(line("ext-confirm", amount("arr-past-due-cents"), date("arr-extension-date"))),
            "1",
            "make-extension",
            "2",
            "arr-cancelled")
        .action(
            "make-extension",
            new Operation.MakeArrangement(ArrangementKind.EXTENSION),
            "made",
            "arr-made",
            "not-eligible",
            "arr-not-eligible",
            "refused",
            "arr-not-eligible",
            "unavailable",
            IdentifySteps.RECORDS_UNAVAILABLE);
    List<String> counts = new ArrayList<>();
    for (int n = settings.fewestInstalments(); n <= settings.mostInstalments(); n++) {
      counts.add(Integer.toString(n));
      counts.add("inst-" + n);
      steps.remember("inst-" + n, "entered-count", Integer.toString(n), "inst-quote");
    }
    steps
        .menu(
            "inst-count",
            "the instalments menu",
            List.of(line("inst-count", number("arr-fewest"), number("arr-most"))),
            counts.toArray(String[]::new))
        .action(
            "inst-quote",
            new Operation.QuoteInstalments("entered-count"),
            "ok",
            "inst-confirm",
            "out-of-range",
            "inst-out-of-range")
        .say("inst-out-of-range", "inst-count", line("inst-out-of-range"))
        .menu(
            "inst-confirm",
            "the instalments confirmation",
            List.of(
                line(
                    "inst-confirm",
                    number("arr-count"),
                    amount("arr-instalment-cents"),
                    date("arr-first-date"))),
            "1",
            "make-instalments",
            "2",
            "arr-cancelled")
        .action(
            "make-instalments",
            new Operation.MakeArrangement(ArrangementKind.INSTALMENTS),
            "made",
            "arr-made",
            "not-eligible",
            "arr-not-eligible",
            "refused",
            "arr-not-eligible",
            "unavailable",
            IdentifySteps.RECORDS_UNAVAILABLE)
        .serve("arr-made", "arr-disconnect", "Heard the arrangement confirmed", line("arr-made"))
        .branch(
            "arr-disconnect",
            AFTER_CHANGE,
            when(equalTo("arr-disconnect-cancelled", "true"), "arr-disconnect-cancelled"))
        .say("arr-disconnect-cancelled", AFTER_CHANGE, line("disconnect-cancelled"))
        .say("arr-cancelled", IdentifySteps.MAIN_MENU, line("arr-cancelled"))
        .menu(
            AFTER_CHANGE,
            "the after-change menu",
            List.of(line("after-change")),
            "2",
            BalanceSteps.GOODBYE);
  }
}
