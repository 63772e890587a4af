package org.cityline.ivr.guard;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;

/**
 * Brute-force protection for identification: after {@code maxFailures} failed attempts on one
 * account within {@code window}, that account's self-service locks for {@code lockFor}.
 *
 * @param maxFailures 5
 * @param window 15 minutes
 * @param lockFor 30 minutes
 */
public record GuardPolicy(int maxFailures, Duration window, Duration lockFor)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public GuardPolicy {
    if (maxFailures < 1 || maxFailures > 100) {
      throw new IllegalArgumentException("maxFailures is 1 to 100");
    }
    if (window == null
        || window.isNegative()
        || window.isZero()
        || lockFor == null
        || lockFor.isNegative()) {
      throw new IllegalArgumentException("a guard needs a positive window and a lock time");
    }
  }

  /** Five failures in fifteen minutes lock for thirty minutes. */
  public static GuardPolicy defaults() {
    return new GuardPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30));
  }
}
