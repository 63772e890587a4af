package org.cityline.routing;

/**
 * What applying a command to a stored value did: it changed it, or it refused and left it as it
 * was. Stores apply commands atomically, so {@code before} is exactly the value the command saw.
 *
 * @param <T> the value changed (an {@link Agent}, a {@link Contact})
 */
public sealed interface Change<T> {

  /** The command changed the value. */
  record Applied<T>(T before, T after) implements Change<T> {}

  /** The command was refused; nothing changed. */
  record Refused<T>(String reason) implements Change<T> {}

  static <T> Change<T> applied(T before, T after) {
    return new Applied<>(before, after);
  }

  static <T> Change<T> refused(String reason) {
    return new Refused<>(reason);
  }
}
