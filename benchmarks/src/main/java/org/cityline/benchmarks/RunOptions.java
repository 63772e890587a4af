package org.cityline.benchmarks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A load harness's {@code --name value} options, read strictly: an unknown or repeated name, a name
 * without a value, a value that is not a whole number or is out of its range is refused with a
 * message saying which and why, so a mistyped option does not silently run (and commit) the
 * default.
 */
public final class RunOptions {

  private final Map<String, String> given;

  private RunOptions(Map<String, String> given) {
    this.given = given;
  }

  /**
   * The options in {@code args}, each of them one of {@code known}.
   *
   * @throws IllegalArgumentException naming the first option that is wrong
   */
  public static RunOptions parse(String[] args, Set<String> known) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i];
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "unknown option "
                + shown(name)
                + "; the options are "
                + String.join(", ", new TreeSet<>(known)));
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      if (given.put(name, args[i + 1]) != null) {
        throw new IllegalArgumentException(name + " is given twice");
      }
    }
    return new RunOptions(given);
  }

  /**
   * The whole number given for {@code name}, or {@code fallback} when it was not given.
   *
   * @throws IllegalArgumentException when it is not a whole number from {@code least} to {@code
   *     most}
   */
  public int number(String name, int fallback, int least, int most) {
    String value = given.get(name);
    if (value == null) {
      return fallback;
    }
    int number;
    try {
      number = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " is a whole number from " + least + " to " + most + ", not " + shown(value));
    }
    if (number < least || number > most) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s is a whole number from %d to %d, not %d",
              name,
              least,
              most,
              number));
    }
    return number;
  }

  /** A value as quoted in a message: at most 40 characters, control characters as '?'. */
  private static String shown(String value) {
    String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return "\"" + cut.replaceAll("\\p{Cntrl}", "?") + "\"";
  }
}
