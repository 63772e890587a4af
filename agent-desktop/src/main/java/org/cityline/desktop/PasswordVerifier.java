package org.cityline.desktop;

import java.nio.CharBuffer;
import java.util.Optional;
import org.cityline.accounts.staff.PasswordHasher;

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

  /**
   * Checks with the accounts module's bcrypt {@link PasswordHasher}, the one that made the hashes.
   */
  static PasswordVerifier bcrypt(PasswordHasher hasher) {
    return (password, hash) ->
        password != null && hasher.verify(CharBuffer.wrap(password), Optional.ofNullable(hash));
  }
}
