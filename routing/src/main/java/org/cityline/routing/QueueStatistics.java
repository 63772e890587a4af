package org.cityline.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A queue's figures for the day so far (since midnight in the city's time zone), as the supervisor
 * reads them. Counts are kept cluster-wide; the figures are worked out from them.
 *
 * @param since when the day started
 * @param target the queue's service-level goal
 * @param offered contacts that joined the queue (arrivals, overflows in, transfers in)
 * @param answered contacts an agent took from this queue
 * @param answeredInTarget of those, answered within the target's wait
 * @param abandoned callers who hung up while waiting here
 * @param abandonedInTarget of those, hung up within the target's wait
 * @param overflowed contacts that left for another queue or out of the center
 * @param waitMillis the waits of the answered contacts, in all
 * @param handled contacts wrapped up, from this queue
 * @param handleMillis their handle time in all (accept to end of wrap-up)
 * @param busyMillis time the queue's agents spent ringing, talking, holding or wrapping up today
 * @param staffedMillis time the queue's agents were available or busy today
 * @param callbacksWaiting callbacks waiting in the queue now
 * @param forecastWait what a new caller can expect to wait now: the wait the free agents give a
 *     caller joining behind those waiting, or Erlang C's average for the recent load where that is
 *     longer; empty when nobody is staffed
 */
public record QueueStatistics(
    Instant since,
    ServiceLevelTarget target,
    int offered,
    int answered,
    int answeredInTarget,
    int abandoned,
    int abandonedInTarget,
    int overflowed,
    long waitMillis,
    int handled,
    long handleMillis,
    long busyMillis,
    long staffedMillis,
    int callbacksWaiting,
    Optional<Duration> forecastWait) {

  /** No figures yet. */
  public static QueueStatistics none(Instant since, ServiceLevelTarget target) {
    return new QueueStatistics(since, target, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty());
  }

  /** Answered within the target wait, of all answered (0 to 1); empty before any answer. */
  public Optional<Double> serviceLevel() {
    return answered == 0 ? Optional.empty() : Optional.of(answeredInTarget / (double) answered);
  }

  /**
   * The same counting abandons: answered within the target plus abandoned within it, of all
   * answered and abandoned (a caller who hung up quickly does not count against the center).
   */
  public Optional<Double> serviceLevelWithAbandons() {
    int all = answered + abandoned;
    return all == 0
        ? Optional.empty()
        : Optional.of((answeredInTarget + abandonedInTarget) / (double) all);
  }

  /** Whether the service level meets the goal (true before any answer). */
  public boolean meetsTarget() {
    return serviceLevel().map(level -> level * 100 >= target.percent()).orElse(true);
  }

  /** Average speed of answer. */
  public Duration averageSpeedOfAnswer() {
    return answered == 0 ? Duration.ZERO : Duration.ofMillis(waitMillis / answered);
  }

  /** Average handle time. */
  public Duration averageHandleTime() {
    return handled == 0 ? Duration.ZERO : Duration.ofMillis(handleMillis / handled);
  }

  /** Abandoned, of answered and abandoned (0 to 1). */
  public double abandonRate() {
    int all = answered + abandoned;
    return all == 0 ? 0 : abandoned / (double) all;
  }

  /** Busy time of the queue's agents, of their staffed time (0 to 1). */
  public double occupancy() {
    return staffedMillis == 0 ? 0 : Math.min(1, busyMillis / (double) staffedMillis);
  }
}
