package org.cityline.common.call;

import java.util.Optional;
import java.util.regex.Pattern;

/** The rule for step tokens in commands and events: 1 to 32 letters, digits, '.', '_' or '-'. */
final class StepToken {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,32}");

  private StepToken() {}

  static Optional<String> check(Optional<String> step) {
    if (step == null) {
      return Optional.empty();
    }
    step.ifPresent(
        token -> {
          if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException(
                "a step token is 1 to 32 letters, digits, '.', '_' or '-'");
          }
        });
    return step;
  }
}
