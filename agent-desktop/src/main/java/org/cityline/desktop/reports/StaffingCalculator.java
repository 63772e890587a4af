package org.cityline.desktop.reports;

import java.time.Duration;
import java.util.OptionalInt;
import org.cityline.routing.ErlangC;

/**
 * The Erlang C staffing calculator: agents needed in a 15-minute interval for a target service
 * level, from forecast calls and average handle time, typed as text and checked.
 */
public final class StaffingCalculator {

  /** What the calculator says. */
  public sealed interface Answer {
    /** The agents needed, and the service level they give. */
    record Agents(int agents, double serviceLevel) implements Answer {}

    /** The input is wrong, or no staffing would do: the message to show. */
    record Problem(String message) implements Answer {}
  }

  private StaffingCalculator() {}

  /**
   * @param calls forecast calls per 15 minutes (0 to 100000)
   * @param ahtSeconds average handle time in seconds (1 to 7200)
   * @param percent target service level, percent (1 to 99)
   * @param targetSeconds answered within, seconds (1 to 3600)
   */
  public static Answer agentsNeeded(
      String calls, String ahtSeconds, String percent, String targetSeconds) {
    Integer c = number(calls, 0, 100_000);
    Integer a = number(ahtSeconds, 1, 7_200);
    Integer p = number(percent, 1, 99);
    Integer t = number(targetSeconds, 1, 3_600);
    if (c == null) {
      return new Answer.Problem("Forecast calls is a whole number from 0 to 100000.");
    }
    if (a == null) {
      return new Answer.Problem("Handle time is a whole number of seconds from 1 to 7200.");
    }
    if (p == null) {
      return new Answer.Problem("The service level is a whole percentage from 1 to 99.");
    }
    if (t == null) {
      return new Answer.Problem("The answer target is a whole number of seconds from 1 to 3600.");
    }
    Duration interval = Duration.ofMinutes(15);
    OptionalInt agents =
        ErlangC.agentsNeeded(c, interval, Duration.ofSeconds(a), p, Duration.ofSeconds(t));
    if (agents.isEmpty()) {
      return new Answer.Problem(
          "More than " + ErlangC.MAX_STAFFING + " agents would be needed: check the forecast.");
    }
    double level =
        ErlangC.serviceLevel(
            agents.getAsInt(),
            c / (double) interval.toSeconds(),
            Duration.ofSeconds(a),
            Duration.ofSeconds(t));
    return new Answer.Agents(agents.getAsInt(), 100 * level);
  }

  private static Integer number(String typed, int min, int max) {
    String text = typed == null ? "" : typed.strip();
    if (!text.matches("\\d{1,7}")) {
      return null;
    }
    int value = Integer.parseInt(text);
    return value < min || value > max ? null : value;
  }
}
