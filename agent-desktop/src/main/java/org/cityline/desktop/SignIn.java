package org.cityline.desktop;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;

/**
 * Signs staff in with a user name and password. Every attempt is audited; every refusal of a user
 * name and password says the same thing, so the message never tells which of the two was wrong or
 * whether the user exists.
 */
public final class SignIn {

  /** The one message for a wrong user name, a wrong password or a disabled account. */
  public static final String WRONG_CREDENTIALS = "Wrong user name or password.";

  /** The message when a field was left empty. */
  public static final String MISSING_CREDENTIALS = "Enter your user name and password.";

  /** Longest password typed in; longer input is refused without hashing it. */
  public static final int MAX_PASSWORD_LENGTH = 128;

  /** Longest user name typed in. */
  public static final int MAX_USERNAME_LENGTH = 64;

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,32}");

  private final StaffDirectory staff;
  private final PasswordVerifier passwords;
  private final AuditTrail audit;
  private final Clock clock;
  private final SignInLockout lockout;

  public SignIn(StaffDirectory staff, PasswordVerifier passwords, AuditTrail audit, Clock clock) {
    this(staff, passwords, audit, clock, new SignInLockout(SignInLockout.Policy.standard(), clock));
  }

  /**
   * @param lockout counts failures and locks user names out (shared by every sign-in of the node)
   */
  public SignIn(
      StaffDirectory staff,
      PasswordVerifier passwords,
      AuditTrail audit,
      Clock clock,
      SignInLockout lockout) {
    this.staff = staff;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
    this.lockout = lockout;
  }

  /** The message while a user name is locked out; says when to try again. */
  public static String lockedMessage(java.time.Instant until, java.time.ZoneId zone) {
    return "Too many failed sign-ins. Try again after "
        + java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.US)
            .format(until.atZone(zone))
        + ", or ask an administrator.";
  }

  /** The outcome of a sign-in attempt. */
  public sealed interface Result {
    /** Signed in as {@code user}. */
    record SignedIn(StaffUser user) implements Result {}

    /** Refused, with the message to show. */
    record Refused(String message) implements Result {}
  }

  /**
   * Checks a user name and password. The password array is wiped before returning.
   *
   * @param username as typed; surrounding spaces are ignored, and so is case (user names are lower
   *     case)
   * @param password as typed
   */
  public Result attempt(String username, char[] password) {
    try {
      String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
      if (name.isEmpty() || password == null || password.length == 0) {
        return new Result.Refused(MISSING_CREDENTIALS);
      }
      if (!USERNAME.matcher(name).matches() || password.length > MAX_PASSWORD_LENGTH) {
        record("unknown", "sign-in-refused", "malformed user name or over-long password");
        return new Result.Refused(WRONG_CREDENTIALS);
      }
      Optional<java.time.Instant> locked = lockout.lockedUntil(name);
      if (locked.isPresent()) {
        record(name, "sign-in-locked", "refused while locked out until " + locked.get());
        return new Result.Refused(lockedMessage(locked.get(), clock.getZone()));
      }
      Optional<StaffMember> member = staff.find(name);
      String hash = member.map(StaffMember::passwordHash).orElse(null);
      boolean matches = passwords.matches(password, hash);
      if (member.isEmpty() || !matches) {
        record(name, "sign-in-refused", "wrong user name or password");
        return failed(name);
      }
      if (!member.get().active()) {
        record(name, "sign-in-refused", "account disabled");
        return failed(name);
      }
      lockout.succeeded(name);
      record(name, "sign-in", "signed in to the desktop");
      return new Result.SignedIn(StaffUser.of(member.get()));
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  private Result failed(String name) {
    if (lockout.failed(name)) {
      java.time.Instant until = lockout.lockedUntil(name).orElseThrow();
      record(
          name,
          "sign-in-locked",
          "locked out after "
              + lockout.policy().maxFailures()
              + " failed sign-ins, until "
              + until);
      return new Result.Refused(lockedMessage(until, clock.getZone()));
    }
    return new Result.Refused(WRONG_CREDENTIALS);
  }

  /** Audits a sign-out. */
  public void signedOut(StaffUser user) {
    record(user.username(), "sign-out", "signed out of the desktop");
  }

  private void record(String actor, String action, String detail) {
    audit.record(
        new AuditEntry(clock.instant(), actor, Optional.empty(), Optional.empty(), action, detail));
  }
}
