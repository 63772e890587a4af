package org.cityline.desktop;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where {@link SignInLockout} counts failures and keeps locks, per user name: this node's memory
 * ({@link #inMemory}) or a map shared by the cluster ({@code
 * org.cityline.desktop.hazelcast.HazelcastLockoutStore}), so failures spread over several nodes add
 * up and a lock earned on one node holds on every other.
 */
public interface LockoutStore {

  /**
   * A user name's recent failures and its lock.
   *
   * @param failures when the failures still inside the window happened, oldest first
   * @param lockedUntil when the lock ends ({@link Instant#EPOCH}: never locked)
   */
  record Attempts(List<Instant> failures, Instant lockedUntil) implements Serializable {

    /** No failures, no lock. */
    public static final Attempts NONE = new Attempts(List.of(), Instant.EPOCH);

    public Attempts {
      failures = List.copyOf(failures);
      if (lockedUntil == null) {
        throw new IllegalArgumentException("lockedUntil is Instant.EPOCH when never locked");
      }
    }

    boolean isNone() {
      return failures.isEmpty() && lockedUntil.equals(Instant.EPOCH);
    }
  }

  /** A user name's attempts ({@link Attempts#NONE} when nothing is kept). */
  Attempts get(String key);

  /**
   * Changes a user name's attempts atomically; {@link Attempts#NONE} forgets it. What is kept lasts
   * {@code keepFor} after the change, then is dropped.
   */
  void update(String key, UnaryOperator<Attempts> change, Duration keepFor);

  /** In this node's memory (for tests and one node); {@code keepFor} is not enforced. */
  static LockoutStore inMemory() {
    Map<String, Attempts> byKey = new ConcurrentHashMap<>();
    return new LockoutStore() {
      @Override
      public Attempts get(String key) {
        return byKey.getOrDefault(key, Attempts.NONE);
      }

      @Override
      public void update(String key, UnaryOperator<Attempts> change, Duration keepFor) {
        byKey.compute(
            key,
            (k, now) -> {
              Attempts next = change.apply(now == null ? Attempts.NONE : now);
              return next.isNone() ? null : next;
            });
      }
    };
  }
}
