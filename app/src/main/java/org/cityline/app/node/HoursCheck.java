package org.cityline.app.node;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;

/**
 * Compares the IVR's business hours ({@code ivr.business-hours}: when callers are offered a person)
 * with each queue's hours in routing (when the supervisor wall shows the queue open): two settings
 * a city must keep in step. A week is walked in quarter hours in the city's zone; for each queue
 * the first moment where the IVR sends callers to a person while the queue is closed is reported,
 * so the node can say so at start-up. Holidays are the IVR's alone and not compared.
 */
final class HoursCheck {

  private static final Duration STEP = Duration.ofMinutes(15);

  /** The Monday of the week compared (a holiday of the IVR's in it only hides that day). */
  private static final LocalDate LOOKED_AT = LocalDate.of(2026, 1, 5);

  private HoursCheck() {}

  /**
   * One line per queue the IVR sends callers to while routing has it closed; empty when in step.
   */
  static List<String> mismatches(BusinessHours ivr, QueueDirectory queues, ZoneId zone) {
    ZonedDateTime monday = LOOKED_AT.atTime(LocalTime.MIDNIGHT).atZone(zone);
    List<String> found = new ArrayList<>();
    for (QueueDefinition queue : queues.all()) {
      if (queue.hours().alwaysOpen()) {
        continue;
      }
      for (ZonedDateTime at = monday; at.isBefore(monday.plusWeeks(1)); at = at.plus(STEP)) {
        Instant instant = at.toInstant();
        if (ivr.isOpen(queue.id(), instant) && !queue.hours().isOpen(instant, zone)) {
          found.add(
              String.format(
                  Locale.ROOT,
                  "queue %s is closed on %s at %s (its hours: %s) while ivr.business-hours sends"
                      + " callers to a person then",
                  queue.id().value(),
                  at.getDayOfWeek().name().substring(0, 3),
                  at.toLocalTime(),
                  queue.hours()));
          break;
        }
      }
    }
    return found;
  }
}
