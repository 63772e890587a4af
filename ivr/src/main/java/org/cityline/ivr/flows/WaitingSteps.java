package org.cityline.ivr.flows;

import static org.cityline.ivr.flow.Condition.atLeast;
import static org.cityline.ivr.flow.Condition.present;
import static org.cityline.ivr.flows.Steps.when;
import static org.cityline.ivr.prompts.PromptLine.Arg.digits;
import static org.cityline.ivr.prompts.PromptLine.Arg.number;
import static org.cityline.ivr.prompts.PromptLine.line;

import java.util.List;
import org.cityline.ivr.flow.Operation;
import org.cityline.ivr.flow.Step;

/**
 * A person, and waiting for one: the caller hears their position and estimated wait from the
 * routing core, then music, again every check-back; pressing 1 offers a callback at the number on
 * file (or another) that keeps their place. After hours, a transfer goes to an offer of a callback
 * when the office opens, or the office hours and goodbye (self-service stays: 9 for the main menu).
 */
final class WaitingSteps {

  /** Where 0 and exhausted retries go. */
  static final String PERSON = "to-person";

  /** Where every transfer's caller goes once queued. */
  static final String START = "wait-start";

  /** Where every transfer goes when routing refuses. */
  static final String NO_AGENT = "no-agent";

  /** Where a transfer to a closed queue goes. */
  static final String AFTER_HOURS = "after-hours";

  private WaitingSteps() {}

  static void add(Steps steps) {
    MainFlow.Settings settings = steps.settings();
    steps
        .transfer(PERSON, settings.queues().billing(), "Asked for a representative")
        .say(NO_AGENT, "end-no-agent", line("no-agent-available"))
        .hangup("end-no-agent", "failed")
        .branch(START, "estimate-wait", when(present("resumed-transfer"), "callback-offer-closed"))
        .action(
            "estimate-wait", new Operation.EstimateWait(), "known", "wait-say", "unknown", "hold")
        .branch("wait-say", "wait-soon", when(atLeast("wait-minutes", 2), "wait-minutes"))
        .say(
            "wait-minutes",
            "hold",
            line("wait-position-minutes", number("queue-position"), number("wait-minutes")))
        .say("wait-soon", "hold", line("wait-position-soon", number("queue-position")))
        .hold(
            "hold",
            List.of(line("hold-callback-offer")),
            settings.holdCheckBack(),
            "estimate-wait",
            "1",
            "callback-offer")
        .action(
            "callback-offer",
            new Operation.FindCallbackNumber(),
            "found",
            "callback-menu",
            "none",
            "callback-entry")
        .menu(
            "callback-menu",
            "the callback menu",
            List.of(line("callback-menu", digits("callback-last4"))),
            "1",
            "request-callback",
            "2",
            "callback-entry",
            "3",
            "hold")
        .action(
            "callback-offer-closed",
            new Operation.FindCallbackNumber(),
            "found",
            "callback-menu-closed",
            "none",
            "callback-entry")
        .menu(
            "callback-menu-closed",
            "the after-hours callback menu",
            List.of(line("callback-menu-closed", digits("callback-last4"))),
            "1",
            "request-callback",
            "2",
            "callback-entry")
        .entry(
            "callback-entry",
            "the callback number entry",
            line("callback-entry"),
            10,
            10,
            "callback-entered",
            "request-callback-entered")
        .action(
            "request-callback",
            new Operation.RequestCallback("callback-number"),
            "scheduled",
            "callback-scheduled",
            "invalid",
            "callback-entry",
            "refused",
            "callback-refused")
        .action(
            "request-callback-entered",
            new Operation.RequestCallback("callback-entered"),
            "scheduled",
            "callback-scheduled",
            "invalid",
            "callback-invalid",
            "refused",
            "callback-refused")
        .say("callback-invalid", "callback-entry", line("callback-invalid"))
        .say(
            "callback-scheduled",
            "end-callback",
            line("callback-scheduled", digits("callback-last4")))
        .hangup("end-callback", "callback")
        .branch(
            "callback-refused",
            "callback-refused-hold",
            when(present("resumed-transfer"), "callback-refused-closed"))
        .say("callback-refused-hold", "hold", line("callback-refused"))
        .say("callback-refused-closed", "after-hours-goodbye", line("callback-refused"))
        .menu(
            AFTER_HOURS,
            "the after-hours menu",
            List.of(line("after-hours")),
            "1",
            "resume-transfer",
            "2",
            "after-hours-goodbye")
        .add(new Step.ResumeTransfer("resume-transfer"))
        .say("after-hours-goodbye", "end-after-hours", line("after-hours-goodbye"))
        .hangup("end-after-hours", "after-hours");
  }
}
