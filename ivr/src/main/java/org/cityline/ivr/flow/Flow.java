package org.cityline.ivr.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A call flow as data: its steps by id, where it starts, where 9 goes (the main menu) and where 0
 * and exhausted retries go (a person). Immutable; {@link FlowValidator} checks it before use.
 *
 * @param name the flow's name, stored in each session
 * @param start the first step
 * @param home where 9 goes ("the main menu"); often a branch that asks unidentified callers who
 *     they are first
 * @param person where 0 and exhausted retries go: a {@link Step.Transfer}
 * @param maxRetries how many times a menu or entry is retried after silence or a wrong key before
 *     the caller goes to a person
 * @param steps every step, by id, in declaration order
 */
public record Flow(
    String name,
    String start,
    String home,
    String person,
    int maxRetries,
    Map<String, Step> steps) {

  public Flow {
    if (name == null || !Step.ID.matcher(name).matches()) {
      throw new IllegalArgumentException("a flow name is lower-case words and dashes: " + name);
    }
    if (maxRetries < 0 || maxRetries > 5) {
      throw new IllegalArgumentException("maxRetries is 0 to 5, was " + maxRetries);
    }
    steps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  /** A flow from a list of steps; ids must be unique. */
  public static Flow of(
      String name, String start, String home, String person, int maxRetries, List<Step> steps) {
    Map<String, Step> byId = new LinkedHashMap<>();
    for (Step step : steps) {
      if (byId.putIfAbsent(step.id(), step) != null) {
        throw new IllegalArgumentException(
            "flow '" + name + "' declares step '" + step.id() + "' twice");
      }
    }
    return new Flow(name, start, home, person, maxRetries, byId);
  }

  /** The step with this id, if any. */
  public Optional<Step> step(String id) {
    return Optional.ofNullable(steps.get(id));
  }

  /**
   * The step with this id.
   *
   * @throws IllegalStateException when the flow has no such step (a session from another version of
   *     the flow)
   */
  public Step require(String id) {
    Step step = steps.get(id);
    if (step == null) {
      throw new IllegalStateException("flow '" + name + "' has no step '" + id + "'");
    }
    return step;
  }
}
