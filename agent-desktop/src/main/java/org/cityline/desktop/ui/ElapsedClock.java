package org.cityline.desktop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A clock that ticks in the browser (the {@code <cityline-elapsed>} custom element in {@code
 * META-INF/resources/cityline/elapsed-clock.js}): time in state counting up, or a ring countdown.
 * It costs no server push per second; the server only says from or to when, and what its own time
 * is, so a browser with a wrong clock still shows the right figure.
 */
@Tag("cityline-elapsed")
@JavaScript("context://cityline/elapsed-clock.js")
public class ElapsedClock extends Component {

  /** Counts up from {@code since}. */
  public void countUpFrom(Instant since, Instant serverNow) {
    getElement().removeAttribute("until");
    getElement().setAttribute("since", String.valueOf(since.toEpochMilli()));
    getElement().setAttribute("server-now", String.valueOf(serverNow.toEpochMilli()));
  }

  /** Counts down to {@code until}, then shows 0:00. */
  public void countDownTo(Instant until, Instant serverNow) {
    getElement().removeAttribute("since");
    getElement().setAttribute("until", String.valueOf(until.toEpochMilli()));
    getElement().setAttribute("server-now", String.valueOf(serverNow.toEpochMilli()));
  }

  /** Shows nothing. */
  public void clear() {
    getElement().removeAttribute("since");
    getElement().removeAttribute("until");
  }

  /** The instant counted up from, if counting up. */
  public Optional<Instant> since() {
    return epoch("since");
  }

  /** The instant counted down to, if counting down. */
  public Optional<Instant> until() {
    return epoch("until");
  }

  /** What the browser shows at {@code now}, as the element formats it ("3:07", "1:02:09"). */
  public String textAt(Instant now) {
    Optional<Duration> shown =
        until()
            .map(until -> Duration.between(now, until))
            .or(() -> since().map(since -> Duration.between(since, now)));
    return shown.map(ElapsedClock::format).orElse("");
  }

  static String format(Duration duration) {
    long total = Math.max(0, duration.toSeconds());
    long hours = total / 3600;
    long minutes = (total % 3600) / 60;
    long seconds = total % 60;
    return hours > 0
        ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds)
        : String.format(java.util.Locale.ROOT, "%d:%02d", minutes, seconds);
  }

  private Optional<Instant> epoch(String attribute) {
    String value = getElement().getAttribute(attribute);
    return value == null
        ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
  }
}
