package org.cityline.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The selection strategies routing knows, by name. */
public final class SelectionStrategies {

  private static final Map<String, SelectionStrategy> BY_NAME =
      Stream.<SelectionStrategy>of(new LongestIdle(), new MostSkilled(), new RoundRobin())
          .collect(Collectors.toUnmodifiableMap(SelectionStrategy::name, Function.identity()));

  private SelectionStrategies() {}

  public static Optional<SelectionStrategy> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The known names, sorted. */
  public static List<String> names() {
    return BY_NAME.keySet().stream().sorted().toList();
  }
}
