package org.cityline.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When a queue takes new contacts, in the city's time zone: open all the time, or during periods
 * per day of the week. Contacts already waiting when it closes keep waiting (agents still signed in
 * serve them); a new contact is refused while it is closed, so the IVR offers a callback instead.
 *
 * @param periods each day's open periods (start inclusive, end exclusive); a day not named is
 *     closed; empty means open all the time
 */
public record BusinessHours(Map<DayOfWeek, List<Period>> periods) {

  /** An open period within one day. */
  public record Period(LocalTime opens, LocalTime closes) {
    public Period {
      if (opens == null || closes == null || !opens.isBefore(closes)) {
        throw new IllegalArgumentException(
            "a period opens before it closes: " + opens + "-" + closes);
      }
    }

    /** As the queue file writes it: {@code 07:00-19:00}; the end of the day is {@code 24:00}. */
    @Override
    public String toString() {
      return opens + "-" + (closes.equals(LocalTime.MAX) ? "24:00" : closes.toString());
    }
  }

  public BusinessHours {
    Map<DayOfWeek, List<Period>> copy = new EnumMap<>(DayOfWeek.class);
    periods.forEach((day, list) -> copy.put(day, List.copyOf(list)));
    periods = Map.copyOf(copy);
  }

  /** Open all the time (emergencies, supervisors). */
  public static BusinessHours always() {
    return new BusinessHours(Map.of());
  }

  /** The same period on each of these days. */
  public static BusinessHours weekly(List<DayOfWeek> days, LocalTime opens, LocalTime closes) {
    Map<DayOfWeek, List<Period>> periods = new EnumMap<>(DayOfWeek.class);
    days.forEach(day -> periods.put(day, List.of(new Period(opens, closes))));
    return new BusinessHours(periods);
  }

  public boolean alwaysOpen() {
    return periods.isEmpty();
  }

  /** Whether new contacts are taken at this moment in this zone. */
  public boolean isOpen(Instant at, ZoneId zone) {
    if (periods.isEmpty()) {
      return true;
    }
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    for (Period period : periods.getOrDefault(local.getDayOfWeek(), List.of())) {
      if (!time.isBefore(period.opens()) && time.isBefore(period.closes())) {
        return true;
      }
    }
    return false;
  }

  /** As the queue file writes it: {@code always} or {@code mon 07:00-19:00, sat 08:00-12:00}. */
  @Override
  public String toString() {
    if (periods.isEmpty()) {
      return "always";
    }
    return periods.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .flatMap(
            entry ->
                entry.getValue().stream()
                    .map(
                        period ->
                            entry.getKey().name().substring(0, 3).toLowerCase(java.util.Locale.ROOT)
                                + " "
                                + period))
        .collect(Collectors.joining(", "));
  }
}
