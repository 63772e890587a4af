package org.cityline.ivr.flows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.ivr.flow.Condition;
import org.cityline.ivr.flow.Operation;
import org.cityline.ivr.flow.Step;
import org.cityline.ivr.flow.Step.Branch.Case;
import org.cityline.ivr.prompts.PromptLine;
import org.cityline.routing.QueueId;

/**
 * Shorthand for declaring steps with the main flow's settings (timeouts, queues, the waiting and
 * after-hours steps every transfer shares). Each method adds one step; {@link #steps()} is the list
 * in declaration order.
 */
final class Steps {

  private final MainFlow.Settings settings;
  private final List<Step> steps = new ArrayList<>();

  Steps(MainFlow.Settings settings) {
    this.settings = settings;
  }

  MainFlow.Settings settings() {
    return settings;
  }

  List<Step> steps() {
    return steps;
  }

  Steps add(Step step) {
    steps.add(step);
    return this;
  }

  /** Says lines, then goes on. */
  Steps say(String id, String next, PromptLine... lines) {
    return add(new Step.Say(id, List.of(lines), next, Optional.empty(), false));
  }

  /** Says lines and notes it in the trail. */
  Steps noted(String id, String next, String note, PromptLine... lines) {
    return add(new Step.Say(id, List.of(lines), next, Optional.of(note), false));
  }

  /** Says lines that serve the caller (self-service did its job), noting it in the trail. */
  Steps serve(String id, String next, String note, PromptLine... lines) {
    return add(new Step.Say(id, List.of(lines), next, Optional.of(note), true));
  }

  /** A one-key menu; {@code choices} are key, step, key, step... */
  Steps menu(String id, String label, List<PromptLine> prompt, String... choices) {
    return add(
        new Step.Menu(id, label, prompt, settings.menuTimeout(), pairs(choices), Optional.empty()));
  }

  /** An entry of digits finished by '#', stored in {@code into}. */
  Steps entry(
      String id, String label, PromptLine prompt, int min, int max, String into, String next) {
    return add(
        new Step.Entry(
            id, label, List.of(prompt), min, max, '#', settings.entryTimeout(), false, into, next));
  }

  /** A masked entry (card or bank digits) that goes straight to the action {@code next}. */
  Steps masked(String id, String label, PromptLine prompt, int min, int max, String next) {
    return add(
        new Step.Entry(
            id, label, List.of(prompt), min, max, '#', settings.entryTimeout(), true, "-", next));
  }

  /** An action; {@code outcomes} are outcome, step, outcome, step... */
  Steps action(String id, Operation operation, String... outcomes) {
    return add(new Step.Action(id, operation, pairs(outcomes)));
  }

  /** A branch: the first case that holds, else {@code otherwise}. */
  Steps branch(String id, String otherwise, Case... cases) {
    return add(new Step.Branch(id, List.of(cases), otherwise));
  }

  static Case when(Condition condition, String then) {
    return new Case(condition, then);
  }

  Steps remember(String id, String variable, String value, String next) {
    return add(new Step.Remember(id, variable, value, next));
  }

  Steps language(String id, Language language, String next) {
    return add(new Step.SetLanguage(id, language, next));
  }

  Steps hangup(String id, String outcome) {
    return add(new Step.Hangup(id, outcome));
  }

  /**
   * A transfer to a queue at normal priority: Spanish callers go to the Spanish queue for the
   * queues Spanish-speaking agents serve; after hours, the after-hours offer.
   */
  Steps transfer(String id, QueueId queue, String reason) {
    MainFlow.Queues queues = settings.queues();
    boolean servedInSpanish =
        queue.equals(queues.billing())
            || queue.equals(queues.payments())
            || queue.equals(queues.credit())
            || queue.equals(queues.startStop());
    return add(
        new Step.Transfer(
            id,
            queue,
            servedInSpanish ? Map.of(Language.SPANISH, queues.spanish()) : Map.of(),
            0,
            reason,
            List.of(PromptLine.line("hold-for-agent")),
            WaitingSteps.START,
            WaitingSteps.NO_AGENT,
            Optional.of(WaitingSteps.AFTER_HOURS)));
  }

  /** A transfer to a queue answered around the clock, at a priority (emergencies: 100). */
  Steps transferAlwaysOpen(String id, QueueId queue, int priority, String reason) {
    return add(
        new Step.Transfer(
            id,
            queue,
            Map.of(),
            priority,
            reason,
            List.of(PromptLine.line("hold-for-agent")),
            WaitingSteps.START,
            WaitingSteps.NO_AGENT,
            Optional.empty()));
  }

  Steps hold(
      String id,
      List<PromptLine> prompt,
      Duration checkBack,
      String onCheckBack,
      String... choices) {
    return add(new Step.Hold(id, prompt, checkBack, pairs(choices), onCheckBack));
  }

  private static Map<String, String> pairs(String... keysAndTargets) {
    if (keysAndTargets.length % 2 != 0) {
      throw new IllegalArgumentException("choices come in pairs: key, step");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndTargets.length; i += 2) {
      map.put(keysAndTargets[i], keysAndTargets[i + 1]);
    }
    return map;
  }
}
