package org.cityline.ivr.prompts;

import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/** Checks and helpers the languages' {@link Speech} share. */
final class Wording {

  private Wording() {}

  /**
   * An amount as a language words it: whole dollars, cents, or both joined by {@code and}; a
   * negative amount (a credit) wrapped by {@code credit}. Up to 999,999,999.99 dollars.
   */
  static String amount(
      long cents,
      LongFunction<String> dollars,
      LongFunction<String> centsOnly,
      String and,
      UnaryOperator<String> credit) {
    if (Math.abs(cents) >= 100_000_000_000L) {
      throw new IllegalArgumentException("amounts are worded up to 999,999,999.99 dollars");
    }
    long magnitude = Math.abs(cents);
    long whole = magnitude / 100;
    long rest = magnitude % 100;
    String words;
    if (rest == 0) {
      words = dollars.apply(whole);
    } else if (whole == 0) {
      words = centsOnly.apply(rest);
    } else {
      words = dollars.apply(whole) + and + centsOnly.apply(rest);
    }
    return cents < 0 ? credit.apply(words) : words;
  }

  /** Each digit's name, separated by spaces: {@code names[0]} is zero. */
  static String eachDigit(String digits, String[] names) {
    if (digits == null || !digits.matches("[0-9]{1,32}")) {
      throw new IllegalArgumentException("digits to say are 1 to 32 of 0-9");
    }
    StringBuilder words = new StringBuilder();
    for (char digit : digits.toCharArray()) {
      if (!words.isEmpty()) {
        words.append(' ');
      }
      words.append(names[digit - '0']);
    }
    return words.toString();
  }
}
