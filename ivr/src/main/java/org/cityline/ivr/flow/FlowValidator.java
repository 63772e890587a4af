package org.cityline.ivr.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cityline.common.Language;
import org.cityline.ivr.prompts.PromptCatalog;
import org.cityline.ivr.prompts.PromptLine;
import org.cityline.ivr.prompts.PromptRenderer;

/**
 * Checks a flow before any caller hears it: steps that lead nowhere, steps nothing leads to,
 * actions whose outcomes go nowhere, loops that never wait for the caller, masked digits that would
 * be dropped, and prompts missing or malformed in a language. Every problem names its step.
 */
public final class FlowValidator {

  private static final String FLOW = "(flow)";
  private static final String ENGINE = "(engine)";

  private FlowValidator() {}

  /** The flow, if it has no problems. */
  public static Flow check(Flow flow, PromptCatalog catalog) {
    List<FlowProblem> problems = problems(flow, catalog);
    if (!problems.isEmpty()) {
      throw new InvalidFlowException(flow.name(), problems);
    }
    return flow;
  }

  /** Every problem of a flow with a prompt catalog; empty when it is sound. */
  public static List<FlowProblem> problems(Flow flow, PromptCatalog catalog) {
    List<FlowProblem> problems = new ArrayList<>();
    checkEntryPoints(flow, problems);
    for (Step step : flow.steps().values()) {
      checkTargets(flow, step, problems);
      checkStep(flow, step, problems);
      for (PromptLine line : step.lines()) {
        checkPrompt(catalog, step.id(), line, problems);
      }
    }
    for (String id : EnginePrompts.ALL) {
      checkPrompt(catalog, ENGINE, PromptLine.line(id), problems);
    }
    checkReachable(flow, problems);
    checkLoops(flow, problems);
    return problems;
  }

  private static void checkEntryPoints(Flow flow, List<FlowProblem> problems) {
    Map<String, String> entryPoints = new java.util.LinkedHashMap<>();
    entryPoints.put("start", flow.start());
    entryPoints.put("home (key 9)", flow.home());
    entryPoints.put("person (key 0)", flow.person());
    entryPoints.forEach(
        (role, id) -> {
          if (flow.step(id).isEmpty()) {
            problems.add(
                new FlowProblem(FLOW, "its " + role + " step '" + id + "' does not exist"));
          }
        });
    flow.step(flow.person())
        .filter(step -> !(step instanceof Step.Transfer))
        .ifPresent(
            step ->
                problems.add(
                    new FlowProblem(
                        FLOW, "its person step '" + step.id() + "' must be a transfer")));
  }

  private static void checkTargets(Flow flow, Step step, List<FlowProblem> problems) {
    for (String target : new LinkedHashSet<>(step.targets())) {
      if (flow.step(target).isEmpty()) {
        problems.add(new FlowProblem(step.id(), "goes to '" + target + "', which does not exist"));
      }
    }
  }

  private static void checkStep(Flow flow, Step step, List<FlowProblem> problems) {
    switch (step) {
      case Step.Action action -> {
        Set<String> declared = action.operation().outcomes();
        for (String outcome : new TreeSet<>(declared)) {
          if (!action.outcomes().containsKey(outcome)) {
            problems.add(
                new FlowProblem(step.id(), "does not say where outcome '" + outcome + "' goes"));
          }
        }
        for (String outcome : new TreeSet<>(action.outcomes().keySet())) {
          if (!declared.contains(outcome)) {
            problems.add(
                new FlowProblem(
                    step.id(),
                    "maps outcome '" + outcome + "', which its operation never reports"));
          }
        }
      }
      case Step.Entry entry when entry.masked() -> {
        boolean consumed =
            flow.step(entry.next())
                .filter(Step.Action.class::isInstance)
                .map(next -> ((Step.Action) next).operation().takesMaskedDigits())
                .orElse(false);
        if (!consumed) {
          problems.add(
              new FlowProblem(
                  step.id(),
                  "is masked but '"
                      + entry.next()
                      + "' is not an action that takes masked digits; they would be lost"));
        }
      }
      case Step.Capture capture -> {
        boolean recorded =
            flow.step(capture.next())
                .filter(
                    next ->
                        next instanceof Step.Action action
                            && action.operation() instanceof Operation.RecordCapturedPayment)
                .isPresent();
        if (!recorded) {
          problems.add(
              new FlowProblem(
                  step.id(),
                  "captures a payment but '"
                      + capture.next()
                      + "' is not the action that records it; a charge would go unrecorded"));
        }
      }
      case Step.ResumeTransfer resume -> {
        boolean any =
            flow.steps().values().stream()
                .anyMatch(s -> s instanceof Step.Transfer t && t.whenClosed().isPresent());
        if (!any) {
          problems.add(
              new FlowProblem(
                  step.id(), "resumes a transfer, but no transfer has an after-hours step"));
        }
      }
      default -> {}
    }
  }

  private static void checkPrompt(
      PromptCatalog catalog, String stepId, PromptLine line, List<FlowProblem> problems) {
    for (Language language : Language.values()) {
      catalog
          .text(language, line.id())
          .ifPresentOrElse(
              text ->
                  PromptRenderer.problems(text, line.args().size())
                      .forEach(
                          problem ->
                              problems.add(
                                  new FlowProblem(
                                      stepId,
                                      "prompt '"
                                          + line.id()
                                          + "' in "
                                          + language.tag()
                                          + " "
                                          + problem))),
              () ->
                  problems.add(
                      new FlowProblem(
                          stepId,
                          "prompt '" + line.id() + "' has no " + language.tag() + " text")));
    }
  }

  private static void checkReachable(Flow flow, List<FlowProblem> problems) {
    Set<String> reached = new HashSet<>();
    Deque<String> toVisit = new ArrayDeque<>(List.of(flow.start()));
    boolean waits = false;
    while (!toVisit.isEmpty()) {
      String id = toVisit.pop();
      Step step = flow.steps().get(id);
      if (step == null || !reached.add(id)) {
        continue;
      }
      toVisit.addAll(step.targets());
      if (step instanceof Step.ResumeTransfer) {
        flow.steps().values().stream()
            .filter(s -> s instanceof Step.Transfer t && t.whenClosed().isPresent())
            .forEach(s -> toVisit.add(s.id()));
      }
      if (step instanceof Step.Menu
          || step instanceof Step.Entry
          || step instanceof Step.Hold
          || step instanceof Step.Capture) {
        if (!waits) {
          waits = true;
          toVisit.add(flow.home());
          toVisit.add(flow.person());
        }
      }
    }
    for (String id : flow.steps().keySet()) {
      if (!reached.contains(id)) {
        problems.add(
            new FlowProblem(id, "cannot be reached from the start '" + flow.start() + "'"));
      }
    }
  }

  /**
   * Says, branches and language switches that lead back to themselves never wait: an endless loop.
   */
  private static void checkLoops(Flow flow, List<FlowProblem> problems) {
    Map<String, Integer> state = new HashMap<>();
    for (String id : flow.steps().keySet()) {
      if (runsAtOnce(flow.steps().get(id)) && state.getOrDefault(id, 0) == 0) {
        findLoop(flow, id, state, problems);
      }
    }
  }

  private static void findLoop(
      Flow flow, String id, Map<String, Integer> state, List<FlowProblem> problems) {
    state.put(id, 1);
    for (String target : flow.steps().get(id).targets()) {
      Step next = flow.steps().get(target);
      if (next == null || !runsAtOnce(next)) {
        continue;
      }
      int seen = state.getOrDefault(target, 0);
      if (seen == 1) {
        problems.add(
            new FlowProblem(
                target,
                "loops back to itself through '" + id + "' without waiting for the caller"));
      } else if (seen == 0) {
        findLoop(flow, target, state, problems);
      }
    }
    state.put(id, 2);
  }

  private static boolean runsAtOnce(Step step) {
    return step instanceof Step.Say
        || step instanceof Step.Branch
        || step instanceof Step.SetLanguage
        || step instanceof Step.Remember
        || step instanceof Step.ResumeTransfer;
  }
}
