package org.cityline.routing;

/**
 * The outcome of asking routing to do something. A refusal is an expected outcome (an offer that
 * already timed out, a state change the table does not allow), not an exception: it says why, in
 * words fit to show the agent, and nothing changed.
 */
public sealed interface RoutingResult {

  /** Whether it was done. */
  default boolean done() {
    return this instanceof Done;
  }

  /** It was done. */
  record Done() implements RoutingResult {}

  /**
   * Nothing changed.
   *
   * @param reason why, in words fit to show the person who asked
   */
  record Refused(String reason) implements RoutingResult {}

  static RoutingResult ok() {
    return new Done();
  }

  static RoutingResult refused(String reason) {
    return new Refused(reason);
  }
}
