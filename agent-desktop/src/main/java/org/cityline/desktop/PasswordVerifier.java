package org.cityline.desktop;

/**
 * Checks a typed password against the hash kept for a member of staff. The desktop never sees or
 * keeps a password beyond this call.
 */
@FunctionalInterface
public interface PasswordVerifier {

  /**
   * Whether {@code password} is the one {@code hash} was made from.
   *
   * @param password what was typed
   * @param hash the stored hash, or null when there is no such user: then the check still takes as
   *     long as a real one and answers false, so nobody can tell unknown user names by timing
   * @return true only for the right password; false for a wrong one or a malformed hash
   */
  boolean matches(char[] password, String hash);
}
