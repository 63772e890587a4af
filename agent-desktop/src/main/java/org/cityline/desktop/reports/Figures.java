package org.cityline.desktop.reports;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cityline.routing.QueueCounts;

/**
 * The figures of a report row, from counts that add up.
 *
 * @param offered contacts offered
 * @param answered answered by an agent
 * @param abandoned hung up while waiting
 * @param serviceLevel share answered within the target wait, of answered and abandoned (percent)
 * @param averageSpeedOfAnswer average wait of the answered
 * @param averageHandleTime average handle time of those wrapped up
 * @param handled contacts wrapped up (what the handle time is an average of)
 */
public record Figures(
    int offered,
    int answered,
    int abandoned,
    OptionalDouble serviceLevel,
    Duration averageSpeedOfAnswer,
    Duration averageHandleTime,
    int handled) {

  /** The figures of some counts. */
  public static Figures of(QueueCounts c) {
    int reached = c.answered() + c.abandoned();
    OptionalDouble level =
        reached == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(100.0 * c.answeredInTarget() / reached);
    return new Figures(
        c.offered(),
        c.answered(),
        c.abandoned(),
        level,
        c.answered() == 0 ? Duration.ZERO : Duration.ofMillis(c.waitMillis() / c.answered()),
        c.handled() == 0 ? Duration.ZERO : Duration.ofMillis(c.handleMillis() / c.handled()),
        c.handled());
  }

  /** The ASA as shown ("0:25"), or "—" before anyone was answered (not a wait of zero). */
  public String averageSpeedOfAnswerText() {
    return average(averageSpeedOfAnswer, answered);
  }

  /** The AHT as shown ("4:05"), or "—" before any contact was wrapped up (not zero minutes). */
  public String averageHandleTimeText() {
    return average(averageHandleTime, handled);
  }

  /** An average as shown (m:ss), or "—" when it is the average of nothing. */
  public static String average(Duration average, int of) {
    return of == 0 ? "—" : minutes(average);
  }

  /** The service level as shown ("82%"), or "—" before anyone was answered or abandoned. */
  public String serviceLevelText() {
    return serviceLevel.isEmpty() ? "—" : Math.round(serviceLevel.getAsDouble()) + "%";
  }

  /** m:ss. */
  public static String minutes(Duration d) {
    return String.format(Locale.ROOT, "%d:%02d", d.toMinutes(), d.toSecondsPart());
  }
}
