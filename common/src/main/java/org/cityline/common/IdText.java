package org.cityline.common;

/**
 * Checks the text of identifiers (contact, call, agent, queue ids) without regular expressions. Ids
 * are built for every change that routing reads back from the cluster, so their check runs
 * thousands of times a second; {@code String.matches} compiles its pattern on every call and was a
 * fifth of routing's allocations under load.
 */
public final class IdText {

  private IdText() {}

  /**
   * Whether {@code value} is {@code min} to {@code max} characters, each an ASCII letter, a digit
   * or one of {@code punctuation}.
   */
  public static boolean isToken(String value, int min, int max, String punctuation) {
    if (value == null || value.length() < min || value.length() > max) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!isAsciiLetterOrDigit(c) && punctuation.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} is {@code a-z}, {@code A-Z} or {@code 0-9}. */
  public static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
