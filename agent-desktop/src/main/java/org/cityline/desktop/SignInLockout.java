package org.cityline.desktop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Locks a user name out of sign-in after repeated failures: {@code maxFailures} wrong passwords
 * within {@code window} lock it for {@code lockFor}. Unknown user names are counted like known
 * ones, so a lockout does not tell who has an account. Counted in a {@link LockoutStore}: in the
 * app a Hazelcast map, so failures on every node add up and a lock holds on all of them.
 */
public final class SignInLockout {

  private static final Instant EPOCH = Instant.EPOCH;

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
  private final LockoutStore store;

  /** Counted in this node's memory. */
  public SignInLockout(Policy policy, Clock clock) {
    this(policy, clock, LockoutStore.inMemory());
  }

  /** Counted in {@code store} (in the app, a Hazelcast map every node shares). */
  public SignInLockout(Policy policy, Clock clock, LockoutStore store) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** When the lock on this user name ends, while it is locked. */
  public Optional<Instant> lockedUntil(String username) {
    Instant until = store.get(key(username)).lockedUntil();
    return clock.instant().isBefore(until) ? Optional.of(until) : Optional.empty();
  }

  /**
   * Counts a failure.
   *
   * @return true when this failure locked the user name
   */
  public boolean failed(String username) {
    Instant now = clock.instant();
    AtomicBoolean locked = new AtomicBoolean();
    store.update(
        key(username),
        attempts -> {
          locked.set(false);
          List<Instant> recent = new ArrayList<>();
          for (Instant failure : attempts.failures()) {
            if (failure.isAfter(now.minus(policy.window()))) {
              recent.add(failure);
            }
          }
          recent.add(now);
          if (recent.size() >= policy.maxFailures()) {
            locked.set(true);
            return new LockoutStore.Attempts(List.of(), now.plus(policy.lockFor()));
          }
          Instant until = now.isBefore(attempts.lockedUntil()) ? attempts.lockedUntil() : EPOCH;
          return new LockoutStore.Attempts(recent, until);
        },
        keepFor());
    return locked.get();
  }

  /** Forgets the failures after a successful sign-in. */
  public void succeeded(String username) {
    if (store.get(key(username)).failures().isEmpty()) {
      return;
    }
    store.update(
        key(username),
        attempts -> new LockoutStore.Attempts(List.of(), attempts.lockedUntil()),
        keepFor());
  }

  /** Long enough for the window and the lock. */
  private Duration keepFor() {
    return policy.window().compareTo(policy.lockFor()) > 0 ? policy.window() : policy.lockFor();
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
