package org.cityline.accounts.payments;

import java.util.Arrays;

/**
 * Card or bank digits on their way from a masked collect to the payment gateway, and nowhere else.
 * They are held in a char array that {@link #wipe()} clears; {@link #toString()}, {@code equals}
 * and {@code hashCode} never reveal them (identity only), so they cannot leak into a log line, an
 * exception message or a map key by accident.
 */
public final class SensitiveDigits implements AutoCloseable {

  /** The most digits any payment field takes (a bank account number is up to 17). */
  public static final int MAX_LENGTH = 19;

  private final char[] digits;
  private boolean wiped;

  private SensitiveDigits(char[] digits) {
    this.digits = digits;
  }

  /**
   * Digits keyed by a caller or typed by an agent.
   *
   * @throws IllegalArgumentException (never repeating them) unless they are 1 to {@value
   *     #MAX_LENGTH} of 0-9
   */
  public static SensitiveDigits of(CharSequence keyed) {
    if (keyed == null || keyed.isEmpty() || keyed.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "card or bank digits are 1 to " + MAX_LENGTH + " digits; got " + describe(keyed));
    }
    char[] copy = new char[keyed.length()];
    for (int i = 0; i < copy.length; i++) {
      char c = keyed.charAt(i);
      if (c < '0' || c > '9') {
        Arrays.fill(copy, '\0');
        throw new IllegalArgumentException("card or bank digits are 0-9 only");
      }
      copy[i] = c;
    }
    return new SensitiveDigits(copy);
  }

  /** How many digits. */
  public int length() {
    return digits.length;
  }

  /** The digit at a position, as a number 0-9. */
  public int digit(int index) {
    checkUsable();
    return digits[index] - '0';
  }

  /** The last four digits (all of them when there are fewer), which may be kept and read back. */
  public String lastFour() {
    checkUsable();
    int from = Math.max(0, digits.length - 4);
    return new String(digits, from, digits.length - from);
  }

  /** Whether the digits start with this prefix (a card's brand, a sandbox test number). */
  public boolean startsWith(String prefix) {
    checkUsable();
    if (prefix.length() > digits.length) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (digits[i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the digits are exactly these (for a gateway's documented test numbers). */
  public boolean matches(String expected) {
    checkUsable();
    return expected.length() == digits.length && startsWith(expected);
  }

  /**
   * The digits as text, for the one place that must send them on: a real gateway's request body.
   * The caller is responsible for not keeping the string.
   */
  public String reveal() {
    checkUsable();
    return new String(digits);
  }

  /** Clears the digits; they cannot be read afterwards. */
  public void wipe() {
    Arrays.fill(digits, '\0');
    wiped = true;
  }

  /** Same as {@link #wipe()}. */
  @Override
  public void close() {
    wipe();
  }

  /** Never the digits: only how many. */
  @Override
  public String toString() {
    return "SensitiveDigits[" + digits.length + " digits" + (wiped ? ", wiped" : "") + "]";
  }

  private void checkUsable() {
    if (wiped) {
      throw new IllegalStateException("these card or bank digits were already wiped");
    }
  }

  private static String describe(CharSequence keyed) {
    return keyed == null ? "nothing" : keyed.length() + " characters";
  }
}
