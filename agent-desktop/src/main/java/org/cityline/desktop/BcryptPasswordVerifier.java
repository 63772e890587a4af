package org.cityline.desktop;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks passwords against bcrypt hashes ({@code $2a$}, {@code $2b$}, {@code $2y$}) with
 * at.favre.lib's bcrypt. Passwords longer than bcrypt's 72 bytes never match: no hash can have been
 * made from them without truncation, which the accounts module does not do.
 */
public final class BcryptPasswordVerifier implements PasswordVerifier {

  /** What bcrypt reads of a password, in UTF-8 bytes. */
  static final int MAX_PASSWORD_BYTES = 72;

  private static final Logger log = LoggerFactory.getLogger(BcryptPasswordVerifier.class);

  private final BCrypt.Verifyer verifyer = BCrypt.verifyer();
  private final String decoyHash;

  /**
   * @param decoyCost the bcrypt cost of the stored hashes (10 to 12 in practice), used for the
   *     decoy check of unknown user names so they take as long as known ones
   */
  public BcryptPasswordVerifier(int decoyCost) {
    if (decoyCost < 4 || decoyCost > 16) {
      throw new IllegalArgumentException("a bcrypt cost is 4 to 16, was " + decoyCost);
    }
    this.decoyHash = BCrypt.withDefaults().hashToString(decoyCost, "decoy".toCharArray());
  }

  /** With the decoy at cost 10, bcrypt's default. */
  public BcryptPasswordVerifier() {
    this(10);
  }

  @Override
  public boolean matches(char[] password, String hash) {
    if (password == null || utf8Length(password) > MAX_PASSWORD_BYTES) {
      return false;
    }
    if (hash == null) {
      verifyer.verify(password, decoyHash);
      return false;
    }
    BCrypt.Result result = verifyer.verify(password, hash);
    if (!result.validFormat) {
      log.warn("A stored password hash is not a bcrypt hash; that sign-in is refused.");
      return false;
    }
    return result.verified;
  }

  private static int utf8Length(char[] password) {
    return StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining();
  }
}
