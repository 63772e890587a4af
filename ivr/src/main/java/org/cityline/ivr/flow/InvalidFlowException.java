package org.cityline.ivr.flow;

import java.util.List;
import java.util.stream.Collectors;

/** A flow failed validation; the message lists every problem, each naming its step. */
public final class InvalidFlowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<FlowProblem> problems;

  public InvalidFlowException(String flow, List<FlowProblem> problems) {
    super(
        "flow '"
            + flow
            + "' has "
            + problems.size()
            + " problem(s); fix the flow definition or the prompt bundles:\n  "
            + problems.stream().map(FlowProblem::toString).collect(Collectors.joining("\n  ")));
    this.problems = List.copyOf(problems);
  }

  public List<FlowProblem> problems() {
    return problems;
  }
}
