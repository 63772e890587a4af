package org.cityline.accounts;

import java.util.regex.Pattern;

/**
 * Keeps card numbers out of free text. A representative who types a card number into a note, or
 * code that puts one in an audit detail, must not leave it in the database: any run of 13 to 19
 * digits (the length of a card number, and of most bank account numbers with their routing number),
 * written together or grouped with spaces or dashes, is replaced. Account numbers (10 digits) and
 * phone numbers (10 or 11) are left alone.
 */
public final class CardDigits {

  /** What a removed run of digits is replaced with. */
  public static final String REPLACEMENT = "[card or bank number removed]";

  private static final Pattern LONG_DIGIT_RUN =
      Pattern.compile("(?<![0-9][ -]?)(?:[0-9][ -]?){12,18}[0-9](?![ -]?[0-9])");

  private CardDigits() {}

  /** The text with every card-number-like run of digits replaced by {@link #REPLACEMENT}. */
  public static String redact(String text) {
    return LONG_DIGIT_RUN.matcher(text).replaceAll(REPLACEMENT);
  }

  /** Whether the text holds a card-number-like run of digits. */
  public static boolean present(String text) {
    return LONG_DIGIT_RUN.matcher(text).find();
  }
}
