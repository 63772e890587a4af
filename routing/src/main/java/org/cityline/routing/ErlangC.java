package org.cityline.routing;

import java.time.Duration;
import java.util.Optional;

/**
 * Erlang C, the queueing model contact centers staff by (M/M/N: random arrivals, exponential handle
 * times, N agents, callers wait). Pure arithmetic, for wait forecasts and staffing.
 */
public final class ErlangC {

  private ErlangC() {}

  /**
   * The probability that a new caller has to wait, with {@code agents} agents and {@code traffic}
   * Erlangs of work (arrival rate times handle time); 1 when the agents cannot keep up.
   */
  public static double probabilityOfWaiting(int agents, double traffic) {
    if (agents <= 0 || traffic >= agents) {
      return 1;
    }
    if (traffic <= 0) {
      return 0;
    }
    // Erlang B by its recurrence (stable for large N), then C from B.
    double erlangB = 1;
    for (int n = 1; n <= agents; n++) {
      erlangB = traffic * erlangB / (n + traffic * erlangB);
    }
    return erlangB / (1 - (traffic / agents) * (1 - erlangB));
  }

  /**
   * The average wait of all callers (average speed of answer) for a new caller; empty when the
   * agents cannot keep up (the queue grows without end) or nobody is staffed.
   *
   * @param agents agents staffed
   * @param arrivalsPerSecond how often callers arrive
   * @param handleTime the average handle time
   */
  public static Optional<Duration> averageWait(
      int agents, double arrivalsPerSecond, Duration handleTime) {
    double aht = handleTime.toMillis() / 1000.0;
    double traffic = arrivalsPerSecond * aht;
    if (agents <= 0 || traffic >= agents) {
      return Optional.empty();
    }
    double seconds = probabilityOfWaiting(agents, traffic) * aht / (agents - traffic);
    return Optional.of(Duration.ofMillis(Math.round(seconds * 1000)));
  }

  /**
   * The expected wait of a caller with {@code position - 1} callers ahead, when {@code free} agents
   * are free now and {@code staffed} are staffed in all: nothing if a free agent is left for them;
   * else, since a busy agent frees up on average every handle time divided by the agents (the M/M/N
   * model's service rate), one such interval for each caller ahead of them and themselves.
   *
   * @return empty when nobody is staffed
   */
  public static Optional<Duration> waitAtPosition(
      int position, int free, int staffed, Duration handleTime) {
    if (position <= free) {
      return Optional.of(Duration.ZERO);
    }
    if (staffed <= 0) {
      return Optional.empty();
    }
    return Optional.of(handleTime.multipliedBy(position - free).dividedBy(staffed));
  }

  /**
   * The fewest agents that answer {@code percent} of callers within {@code within}, for a forecast
   * of {@code arrivalsPerSecond} and {@code handleTime} (at most 10,000).
   */
  public static int agentsNeeded(
      double arrivalsPerSecond, Duration handleTime, int percent, Duration within) {
    double aht = handleTime.toMillis() / 1000.0;
    double traffic = arrivalsPerSecond * aht;
    double goal = percent / 100.0;
    for (int agents = Math.max(1, (int) Math.ceil(traffic)); agents <= 10_000; agents++) {
      if (traffic >= agents) {
        continue;
      }
      double waiting = probabilityOfWaiting(agents, traffic);
      double withinTarget =
          1 - waiting * Math.exp(-(agents - traffic) * within.toMillis() / 1000.0 / aht);
      if (withinTarget >= goal) {
        return agents;
      }
    }
    return 10_000;
  }

  /**
   * The share of callers answered within {@code target} (0 to 1) with {@code agents} agents: 1 -
   * P(wait) * e^(-(N - A) * T / AHT); 0 when the agents cannot keep up.
   *
   * @param agents agents staffed
   * @param arrivalsPerSecond how often callers arrive
   * @param handleTime the average handle time
   * @param target the service level's wait ("answered within 30 s")
   */
  public static double serviceLevel(
      int agents, double arrivalsPerSecond, Duration handleTime, Duration target) {
    double aht = handleTime.toMillis() / 1000.0;
    double traffic = arrivalsPerSecond * aht;
    if (traffic <= 0) {
      return 1;
    }
    if (agents <= 0 || traffic >= agents) {
      return 0;
    }
    double waitFactor = Math.exp(-(agents - traffic) * (target.toMillis() / 1000.0) / aht);
    return 1 - probabilityOfWaiting(agents, traffic) * waitFactor;
  }

  /**
   * The fewest agents that answer at least {@code percent} of callers within {@code target}, for
   * {@code callsPerInterval} callers in each {@code interval} (the staffing calculator); at most
   * {@link #MAX_STAFFING}, empty when even that many would not do.
   */
  public static java.util.OptionalInt agentsNeeded(
      double callsPerInterval,
      Duration interval,
      Duration handleTime,
      double percent,
      Duration target) {
    if (callsPerInterval < 0
        || interval.isZero()
        || interval.isNegative()
        || handleTime.isNegative()
        || handleTime.isZero()
        || percent <= 0
        || percent > 100) {
      throw new IllegalArgumentException(
          "staffing needs calls >= 0, a positive interval and handle time, and a percentage"
              + " in (0, 100]");
    }
    double arrivals = callsPerInterval / (interval.toMillis() / 1000.0);
    double traffic = arrivals * handleTime.toMillis() / 1000.0;
    for (int agents = Math.max(1, (int) Math.floor(traffic) + 1);
        agents <= MAX_STAFFING;
        agents++) {
      if (serviceLevel(agents, arrivals, handleTime, target) * 100 >= percent) {
        return java.util.OptionalInt.of(agents);
      }
    }
    return java.util.OptionalInt.empty();
  }

  /** The most agents the staffing calculator considers. */
  public static final int MAX_STAFFING = 2_000;
}
