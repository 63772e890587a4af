package org.cityline.ivr.flow;

/**
 * Something wrong with a flow, found by {@link FlowValidator}.
 *
 * @param step the step it concerns ({@code (flow)} for the flow's own settings, {@code (engine)}
 *     for the engine's built-in prompts)
 * @param message what is wrong, in words
 */
public record FlowProblem(String step, String message) {
  @Override
  public String toString() {
    return "step '" + step + "': " + message;
  }
}
