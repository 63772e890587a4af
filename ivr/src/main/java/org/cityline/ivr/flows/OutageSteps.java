package org.cityline.ivr.flows;

import static org.cityline.ivr.flow.Condition.equalTo;
import static org.cityline.ivr.flow.Condition.present;
import static org.cityline.ivr.flows.Steps.when;
import static org.cityline.ivr.prompts.PromptLine.Arg.digits;
import static org.cityline.ivr.prompts.PromptLine.Arg.number;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.util.List;
import org.cityline.accounts.UtilityService;
import org.cityline.ivr.flow.Operation;
import org.cityline.ivr.flow.Step;

/**
 * Outages and emergencies. A gas smell (from the welcome, before identification, or from the outage
 * menu) hears a safety message and goes straight to the emergency queue at top priority. A power or
 * water outage is reported at the service address on file, with a reference number; an outage the
 * utility already knows of in the area is announced, with the crews' estimate.
 */
final class OutageSteps {

  static final String MENU = "outage-menu";
  static final String GAS = "gas-emergency";

  private OutageSteps() {}

  static void add(Steps steps) {
    MainFlow.Queues queues = steps.settings().queues();
    steps
        .menu(
            MENU,
            "the outage menu",
            List.of(line("outage-menu")),
            "1",
            GAS,
            "2",
            "outage-electric",
            "3",
            "outage-water",
            "4",
            "to-outages-other")
        .add(
            new Step.Say(
                GAS,
                List.of(line("gas-safety")),
                "to-emergency",
                java.util.Optional.of("Reported a gas smell"),
                false))
        .transferAlwaysOpen("to-emergency", queues.emergency(), 100, "Gas smell: emergency")
        .action(
            "outage-electric",
            new Operation.ReportOutage(UtilityService.ELECTRIC),
            "reported",
            "outage-known",
            "unavailable",
            IdentifySteps.RECORDS_UNAVAILABLE)
        .action(
            "outage-water",
            new Operation.ReportOutage(UtilityService.WATER),
            "reported",
            "outage-known",
            "unavailable",
            IdentifySteps.RECORDS_UNAVAILABLE)
        .branch(
            "outage-known",
            "outage-reported",
            when(equalTo("outage-known", "true"), "outage-known-say"))
        .branch(
            "outage-known-say",
            "outage-known-no-estimate",
            when(present("outage-hours"), "outage-known-estimate"))
        .say(
            "outage-known-estimate",
            "outage-reported",
            line("outage-known-estimate", number("outage-hours")))
        .say("outage-known-no-estimate", "outage-reported", line("outage-known"))
        .serve(
            "outage-reported",
            "after-outage",
            "Heard the outage reference number",
            line("outage-reported", digits("outage-reference")))
        .menu(
            "after-outage",
            "the after-outage menu",
            List.of(line("after-outage")),
            "1",
            "to-outages-report",
            "2",
            BalanceSteps.GOODBYE)
        .transferAlwaysOpen(
            "to-outages-report", queues.outages(), 0, "Reported an outage; wants the outage team")
        .transferAlwaysOpen(
            "to-outages-other",
            queues.outages(),
            0,
            "Reports a streetlight, a leak or another problem");
  }
}
