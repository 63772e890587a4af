package org.cityline.routing;

import java.time.Duration;

/**
 * A timed rule of a queue: once a contact has waited {@code after} in the queue, routing widens who
 * may take it or moves it on. Rules are applied in order of their times; each is kept once reached.
 *
 * @param after how long the contact has waited in this queue
 * @param action what happens then
 */
public record EscalationRule(Duration after, Action action) {

  public EscalationRule {
    if (after == null || after.isNegative() || after.isZero()) {
      throw new IllegalArgumentException("an escalation happens after a positive wait");
    }
    if (action == null) {
      throw new IllegalArgumentException("an escalation needs an action");
    }
  }

  /** What an escalation does. */
  public sealed interface Action {}

  /** The level needed in {@code skill} drops to {@code level}. */
  public record LowerLevel(String skill, int level) implements Action {
    public LowerLevel {
      Skills.checkLevel(level, "lowered level of " + skill);
    }

    @Override
    public String toString() {
      return "lower " + skill + " " + level;
    }
  }

  /** The need for {@code skill} may also be met by {@code alternative} at {@code level}. */
  public record AddSkill(String skill, String alternative, int level) implements Action {
    public AddSkill {
      Skills.checkName(alternative);
      Skills.checkLevel(level, "level of " + alternative);
    }

    @Override
    public String toString() {
      return "widen " + skill + " " + alternative + " " + level;
    }
  }

  /** The contact moves to another queue (or out of the center). */
  public record OverflowTo(Overflow target) implements Action {
    @Override
    public String toString() {
      return "overflow " + target;
    }
  }

  @Override
  public String toString() {
    return after.toSeconds() + "s " + action;
  }
}
