package org.cityline.desktop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Locks a user name out of sign-in after repeated failures: {@code maxFailures} wrong passwords
 * within {@code window} lock it for {@code lockFor}. Unknown user names are counted like known
 * ones, so a lockout does not tell who has an account. Kept in memory on this node (a failure on
 * another node is counted there).
 */
public final class SignInLockout {

  /**
   * How many failures lock, within what window, and for how long.
   *
   * @param maxFailures failures that lock (1 to 100)
   * @param window how far back failures count
   * @param lockFor how long the lock lasts
   */
  public record Policy(int maxFailures, Duration window, Duration lockFor) {
    public Policy {
      if (maxFailures < 1 || maxFailures > 100) {
        throw new IllegalArgumentException(
            "a sign-in lockout takes 1 to 100 failures, was " + maxFailures);
      }
      if (window == null || window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("a sign-in lockout window must be positive");
      }
      if (lockFor == null || lockFor.isNegative() || lockFor.isZero()) {
        throw new IllegalArgumentException("a sign-in lockout must last a positive time");
      }
    }

    /** Five failures in fifteen minutes lock for fifteen minutes. */
    public static Policy standard() {
      return new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
    }
  }

  private final Policy policy;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();
  private final Map<String, Instant> lockedUntil = new HashMap<>();

  public SignInLockout(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /** When the lock on this user name ends, while it is locked. */
  public synchronized Optional<Instant> lockedUntil(String username) {
    Instant until = lockedUntil.get(key(username));
    if (until == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(until)) {
      lockedUntil.remove(key(username));
      return Optional.empty();
    }
    return Optional.of(until);
  }

  /**
   * Counts a failure.
   *
   * @return true when this failure locked the user name
   */
  public synchronized boolean failed(String username) {
    Instant now = clock.instant();
    Deque<Instant> recent = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
    recent.addLast(now);
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(policy.window()))) {
      recent.removeFirst();
    }
    if (recent.size() >= policy.maxFailures()) {
      recent.clear();
      lockedUntil.put(key(username), now.plus(policy.lockFor()));
      return true;
    }
    return false;
  }

  /** Forgets the failures after a successful sign-in. */
  public synchronized void succeeded(String username) {
    failures.remove(key(username));
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
