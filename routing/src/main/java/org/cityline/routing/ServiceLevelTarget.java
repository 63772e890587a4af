package org.cityline.routing;

import java.time.Duration;

/**
 * A queue's service-level goal: {@code percent} of answered contacts answered within {@code within}
 * ("80% in 30 seconds").
 *
 * @param percent 1 to 100
 * @param within a positive wait
 */
public record ServiceLevelTarget(int percent, Duration within) {

  public ServiceLevelTarget {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("a service level is 1 to 100 percent, was " + percent);
    }
    if (within == null || within.isNegative() || within.isZero()) {
      throw new IllegalArgumentException("a service level needs a positive wait, was " + within);
    }
  }

  @Override
  public String toString() {
    return percent + "% in " + within.toSeconds() + " s";
  }
}
