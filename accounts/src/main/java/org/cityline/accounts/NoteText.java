package org.cityline.accounts;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules for free text a person writes: account notes, wrap-up notes, service order notes. A
 * note is 1 to {@value #MAX_LENGTH} characters, holds no control characters other than line breaks
 * and tabs, and never keeps a card number (see {@link CardDigits}). Any text is otherwise fine:
 * quotes, SQL, markup are stored as written and escaped by whoever shows them.
 */
public final class NoteText {

  /** The longest note, in characters. */
  public static final int MAX_LENGTH = 2000;

  private NoteText() {}

  /** What is wrong with this text as a note, or empty when it is fine. */
  public static Optional<String> problem(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("a note cannot be empty");
    }
    return problemAllowingEmpty(text);
  }

  /** Like {@link #problem} but an empty text is fine (a wrap-up whose disposition says it all). */
  public static Optional<String> problemAllowingEmpty(String text) {
    if (text == null) {
      return Optional.of("a note is text, even empty; got nothing");
    }
    if (text.length() > MAX_LENGTH) {
      return Optional.of(
          "a note is at most " + MAX_LENGTH + " characters; this one has " + text.length());
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "a note cannot hold control characters (found U+%04X at %d)",
                (int) c,
                i));
      }
    }
    return Optional.empty();
  }

  /** The note as it will be kept (stripped, card numbers removed), or a refusal saying why. */
  public static String require(String text) {
    return kept(text, problem(text));
  }

  /** Like {@link #require} but an empty text is kept as empty. */
  public static String requireAllowingEmpty(String text) {
    return kept(text, problemAllowingEmpty(text));
  }

  private static String kept(String text, Optional<String> problem) {
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return CardDigits.redact(text.strip());
  }
}
