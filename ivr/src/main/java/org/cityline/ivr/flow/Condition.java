package org.cityline.ivr.flow;

import java.util.List;

/**
 * A test on the session, for a {@link Step.Branch}. Values are read with {@link
 * Session#value(String)}, so built-ins such as {@code verified} and {@code failed-attempts} work
 * like values an action stored.
 */
public sealed interface Condition {

  /** Whether the session satisfies it. */
  boolean test(Session session);

  /** The value is present (an action stored it). */
  record Present(String variable) implements Condition {
    @Override
    public boolean test(Session session) {
      return session.value(variable).isPresent();
    }
  }

  /** The value is present and equals {@code expected}. */
  record Equals(String variable, String expected) implements Condition {
    @Override
    public boolean test(Session session) {
      return session.value(variable).filter(expected::equals).isPresent();
    }
  }

  /** The value is a whole number at least {@code minimum}. */
  record AtLeast(String variable, long minimum) implements Condition {
    @Override
    public boolean test(Session session) {
      return session
          .value(variable)
          .flatMap(Condition::asLong)
          .filter(v -> v >= minimum)
          .isPresent();
    }
  }

  /** The condition does not hold. */
  record Not(Condition condition) implements Condition {
    @Override
    public boolean test(Session session) {
      return !condition.test(session);
    }
  }

  /** Every condition holds. */
  record All(List<Condition> conditions) implements Condition {
    public All {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(Session session) {
      return conditions.stream().allMatch(condition -> condition.test(session));
    }
  }

  public static Condition present(String variable) {
    return new Present(variable);
  }

  public static Condition equalTo(String variable, String expected) {
    return new Equals(variable, expected);
  }

  public static Condition atLeast(String variable, long minimum) {
    return new AtLeast(variable, minimum);
  }

  public static Condition not(Condition condition) {
    return new Not(condition);
  }

  public static Condition all(Condition... conditions) {
    return new All(List.of(conditions));
  }

  private static java.util.Optional<Long> asLong(String text) {
    try {
      return java.util.Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }
}
