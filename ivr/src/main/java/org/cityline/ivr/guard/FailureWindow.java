package org.cityline.ivr.guard;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One account's recent failed identifications and its lock, as stored per account (in a Hazelcast
 * entry, changed only by an entry processor so every node counts the same failures). Pure: each
 * change returns a new window and what happened.
 *
 * @param failures when the failures within the window happened (epoch milliseconds), oldest first
 * @param lockedUntil when the lock ends (epoch milliseconds), or 0 when not locked
 */
public record FailureWindow(List<Long> failures, long lockedUntil) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public FailureWindow {
    failures = List.copyOf(failures);
  }

  /** No failures, no lock. */
  public static FailureWindow empty() {
    return new FailureWindow(List.of(), 0);
  }

  /** Whether the account is locked at this moment. */
  public boolean lockedAt(Instant at) {
    return lockedUntil > at.toEpochMilli();
  }

  /** One more failure at {@code at}, under a policy. */
  public Counted fail(Instant at, GuardPolicy policy) {
    long now = at.toEpochMilli();
    if (lockedAt(at)) {
      return new Counted(this, FailureOutcome.alreadyLocked(Instant.ofEpochMilli(lockedUntil)));
    }
    long since = now - policy.window().toMillis();
    List<Long> recent = new ArrayList<>();
    for (long failure : failures) {
      if (failure > since) {
        recent.add(failure);
      }
    }
    recent.add(now);
    if (recent.size() >= policy.maxFailures()) {
      long until = now + policy.lockFor().toMillis();
      return new Counted(
          new FailureWindow(List.of(), until),
          FailureOutcome.lockedNow(recent.size(), Instant.ofEpochMilli(until)));
    }
    return new Counted(new FailureWindow(recent, 0), FailureOutcome.counted(recent.size()));
  }

  /** A window after a failure, and what the failure did. */
  public record Counted(FailureWindow window, FailureOutcome outcome) {}

  /**
   * What one failure did.
   *
   * @param failuresInWindow failures counted in the window, this one included
   * @param lockedNow whether this failure locked the account
   * @param lockedUntilMillis when the lock ends (epoch milliseconds), or 0 when not locked
   */
  public record FailureOutcome(int failuresInWindow, boolean lockedNow, long lockedUntilMillis)
      implements Serializable {

    @Serial private static final long serialVersionUID = 1L;

    static FailureOutcome counted(int failures) {
      return new FailureOutcome(failures, false, 0);
    }

    static FailureOutcome lockedNow(int failures, Instant until) {
      return new FailureOutcome(failures, true, until.toEpochMilli());
    }

    static FailureOutcome alreadyLocked(Instant until) {
      return new FailureOutcome(0, false, until.toEpochMilli());
    }

    /** When the lock ends, when the account is locked. */
    public Optional<Instant> lockedUntil() {
      return lockedUntilMillis == 0
          ? Optional.empty()
          : Optional.of(Instant.ofEpochMilli(lockedUntilMillis));
    }

    /** Whether the account is locked after this failure. */
    public boolean locked() {
      return lockedUntilMillis != 0;
    }
  }
}
