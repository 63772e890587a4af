package org.cityline.app.config;

import java.util.List;

/** The configuration cannot be used; the message names every bad key and what is wrong. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(
        "Cityline cannot start: the configuration has "
            + (problems.size() == 1 ? "a problem" : problems.size() + " problems")
            + ":\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public ConfigException(String problem) {
    this(List.of(problem));
  }

  /** Each problem, as "key: what is wrong". */
  public List<String> problems() {
    return problems;
  }
}
