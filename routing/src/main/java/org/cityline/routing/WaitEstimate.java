package org.cityline.routing;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a waiting contact stands, for the announcements a caller hears while waiting.
 *
 * @param position 1 for the next contact to be offered
 * @param estimatedWait how long until an agent takes it, from live figures (Erlang C on the queue's
 *     recent handle time and arrivals, corrected by the agents actually available)
 * @param at when this was worked out
 */
public record WaitEstimate(int position, Duration estimatedWait, Instant at) {

  public WaitEstimate {
    if (position < 1) {
      throw new IllegalArgumentException("a position in queue starts at 1, was " + position);
    }
    if (estimatedWait == null || estimatedWait.isNegative()) {
      throw new IllegalArgumentException("an estimated wait is zero or more");
    }
  }
}
