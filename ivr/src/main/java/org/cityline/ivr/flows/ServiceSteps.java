package org.cityline.ivr.flows;

import static org.cityline.ivr.prompts.PromptLine.line;

import java.util.List;

/**
 * Requests a person handles, with the reason collected first so the agent knows it before saying
 * hello: starting, stopping or moving service; a high bill (a leak, a re-read, another question);
 * and anything else (a bill, a payment made, a complaint). The "more options" menu also leads to
 * the programs and the password reset.
 */
final class ServiceSteps {

  static final String MENU = "service-menu";
  static final String MORE = "more-menu";

  private ServiceSteps() {}

  static void add(Steps steps) {
    MainFlow.Queues queues = steps.settings().queues();
    steps
        .menu(
            MENU,
            "the start, stop and transfer menu",
            List.of(line("service-menu")),
            "1",
            "to-start",
            "2",
            "to-stop",
            "3",
            "to-move")
        .transfer("to-start", queues.startStop(), "Wants to start service at a new address")
        .transfer("to-stop", queues.startStop(), "Wants to stop service")
        .transfer("to-move", queues.startStop(), "Wants to transfer service to a new address")
        .menu(
            MORE,
            "the more options menu",
            List.of(line("more-menu")),
            "1",
            "high-bill",
            "2",
            AccountSteps.PROGRAMS,
            "3",
            AccountSteps.RESET,
            "4",
            "anything-else")
        .menu(
            "high-bill",
            "the high bill menu",
            List.of(line("high-bill-menu")),
            "1",
            "to-billing-leak",
            "2",
            "to-billing-reread",
            "3",
            "to-billing-high-bill")
        .transfer("to-billing-leak", queues.billing(), "High bill: suspects a leak")
        .transfer("to-billing-reread", queues.billing(), "High bill: asks for a meter re-read")
        .transfer("to-billing-high-bill", queues.billing(), "High bill: another question")
        .menu(
            "anything-else",
            "the anything-else menu",
            List.of(line("anything-else-menu")),
            "1",
            "to-billing-question",
            "2",
            "to-payments-question",
            "3",
            "to-supervisors-complaint",
            "4",
            "to-billing-other")
        .transfer("to-billing-question", queues.billing(), "A question about a bill")
        .transfer("to-payments-question", queues.payments(), "A question about a payment made")
        .transfer("to-supervisors-complaint", queues.supervisors(), "Wants to make a complaint")
        .transfer("to-billing-other", queues.billing(), "Anything else");
  }
}
