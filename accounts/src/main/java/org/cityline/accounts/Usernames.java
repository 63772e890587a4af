package org.cityline.accounts;

import java.util.regex.Pattern;

/**
 * Who did something: a staff user name ({@code agent}, {@code m.garcia}) or a system actor ({@code
 * ivr}, {@code system}, {@code field}). Lower-case letters, digits, '.', '_' and '-', 1 to 32
 * characters, starting with a letter or digit.
 */
public final class Usernames {

  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");

  private Usernames() {}

  public static boolean isValid(String name) {
    return name != null && VALID.matcher(name).matches();
  }

  /** The name, or a refusal naming what it was for. */
  public static String require(String role, String name) {
    if (!isValid(name)) {
      throw new IllegalArgumentException(
          role
              + " is a user name (1 to 32 of a-z, 0-9, '.', '_', '-'); got "
              + (name == null
                  ? "nothing"
                  : "'" + (name.length() > 40 ? name.substring(0, 40) + "..." : name) + "'"));
    }
    return name;
  }
}
