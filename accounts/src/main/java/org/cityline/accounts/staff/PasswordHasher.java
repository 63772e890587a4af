package org.cityline.accounts.staff;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Hashes and checks staff passwords with bcrypt. Hashes are kept in {@link
 * StaffMember#passwordHash()}; passwords never are. A check takes the same time whether the user
 * exists or not, and the hash comparison itself runs in constant time.
 */
public final class PasswordHasher {

  /** The default work factor: 2^10 rounds, about 50 ms on a small server. */
  public static final int DEFAULT_COST = 10;

  /** bcrypt reads at most 72 bytes of a password. */
  public static final int MAX_PASSWORD_BYTES = 72;

  /** The shortest password accepted for a new hash. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  private final int cost;
  private final String dummyHash;

  public PasswordHasher() {
    this(DEFAULT_COST);
  }

  /**
   * @param cost the bcrypt work factor, 10 to 16
   */
  public PasswordHasher(int cost) {
    if (cost < 10 || cost > 16) {
      throw new IllegalArgumentException(
          "a bcrypt cost of 10 to 16 is safe and usable; got " + cost);
    }
    this.cost = cost;
    this.dummyHash = hash("not a password of anybody's");
  }

  /** What is wrong with this as a new password, or empty when it will do. */
  public static Optional<String> problem(CharSequence password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      return Optional.of("a password has at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (utf8Length(password) > MAX_PASSWORD_BYTES) {
      return Optional.of("a password is at most " + MAX_PASSWORD_BYTES + " bytes long");
    }
    return Optional.empty();
  }

  /** A new bcrypt hash of the password, with a fresh random salt. */
  public String hash(CharSequence password) {
    problem(password)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(why);
            });
    return BCrypt.withDefaults().hashToString(cost, toChars(password));
  }

  /** Whether the password matches the hash. False, never an exception, for any bad input. */
  public boolean verify(CharSequence password, String hash) {
    if (password == null || hash == null || utf8Length(password) > MAX_PASSWORD_BYTES) {
      return false;
    }
    BCrypt.Result result = BCrypt.verifyer().verify(toChars(password), hash);
    return result.validFormat && result.verified;
  }

  /**
   * Checks a sign-in: whether the password matches the hash of a member who may be absent. When the
   * member is unknown a dummy hash is checked instead, so the answer takes as long either way and
   * does not tell who has an account.
   */
  public boolean verify(CharSequence password, Optional<String> hash) {
    boolean matches = verify(password, hash.orElse(dummyHash));
    return hash.isPresent() && matches;
  }

  private static char[] toChars(CharSequence text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = text.charAt(i);
    }
    return chars;
  }

  private static int utf8Length(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.UTF_8).length;
  }
}
