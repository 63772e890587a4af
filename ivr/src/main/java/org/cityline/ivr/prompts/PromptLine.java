package org.cityline.ivr.prompts;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One line a step says: a prompt id whose wording comes from the prompt bundles of each language,
 * and the session values that fill its placeholders. The Spanish and English texts of {@code
 * balance} may put {@code {0}} wherever their grammar wants it.
 *
 * @param id the prompt id, e.g. {@code balance}; also the sound-file name on a PBX
 * @param args the values for {@code {0}}, {@code {1}}, ... in the line's text
 * @param inOtherLanguage said in the language the caller is not using, with that language's wording
 *     and voice: the welcome's "Para español, oprima 1" to an English caller, "For English, press
 *     2" to a Spanish one
 */
public record PromptLine(String id, List<Arg> args, boolean inOtherLanguage) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

  public PromptLine {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "a prompt id is lower-case letters, digits and dashes (up to 48); got " + id);
    }
    args = List.copyOf(args);
    if (args.size() > 9) {
      throw new IllegalArgumentException("prompt '" + id + "' has more than 9 values");
    }
  }

  /** A line in the caller's language. */
  public PromptLine(String id, List<Arg> args) {
    this(id, args, false);
  }

  /** A line with values. */
  public static PromptLine line(String id, Arg... args) {
    return new PromptLine(id, List.of(args));
  }

  /** A line said in the language the caller is not using ("Para español, oprima 1"). */
  public static PromptLine inOtherLanguage(String id, Arg... args) {
    return new PromptLine(id, List.of(args), true);
  }

  /** A session value said in a prompt, and how it is said. */
  public sealed interface Arg {

    /** The session value it reads (a session value, as {@code Session.value} reads it). */
    String variable();

    /** An amount of money: the value is whole cents, negative for a credit. */
    record Amount(String variable) implements Arg {}

    /** A calendar date: the value is an ISO date ({@code 2026-03-20}). */
    record Date(String variable) implements Arg {}

    /** Digits said one by one: the value is digits 0-9. */
    record Digits(String variable) implements Arg {}

    /** A whole number: the value is an integer. */
    record Number(String variable) implements Arg {}

    public static Arg amount(String variable) {
      return new Amount(variable);
    }

    public static Arg date(String variable) {
      return new Date(variable);
    }

    public static Arg digits(String variable) {
      return new Digits(variable);
    }

    public static Arg number(String variable) {
      return new Number(variable);
    }
  }
}
