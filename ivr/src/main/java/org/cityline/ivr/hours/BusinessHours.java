package org.cityline.ivr.hours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cityline.routing.QueueId;

/**
 * When people answer the phones: opening hours per day of the week in the city's zone, holidays
 * (closed all day), and queues that never close (emergencies, outages). After hours, self-service
 * stays and the IVR offers a callback instead of a person.
 *
 * @param zone the city's time zone
 * @param week the opening intervals of each day (a day without any is closed)
 * @param holidays days closed whatever the weekday
 * @param alwaysOpen queues answered around the clock
 */
public record BusinessHours(
    ZoneId zone,
    Map<DayOfWeek, List<Interval>> week,
    Set<LocalDate> holidays,
    Set<QueueId> alwaysOpen) {

  /** From {@code opens} (inclusive) to {@code closes} (exclusive); 24:00 is written 00:00 next. */
  public record Interval(LocalTime opens, LocalTime closes, boolean untilMidnight) {
    public Interval {
      if (opens == null || closes == null) {
        throw new IllegalArgumentException("an opening interval needs its times");
      }
      if (!untilMidnight && !closes.isAfter(opens)) {
        throw new IllegalArgumentException(
            "an interval closes after it opens: " + opens + "-" + closes);
      }
    }

    boolean contains(LocalTime time) {
      return !time.isBefore(opens) && (untilMidnight || time.isBefore(closes));
    }

    @Override
    public String toString() {
      return opens + "-" + (untilMidnight ? "24:00" : closes.toString());
    }
  }

  public BusinessHours {
    if (zone == null || week == null || holidays == null || alwaysOpen == null) {
      throw new IllegalArgumentException("business hours need a zone, a week, holidays and queues");
    }
    Map<DayOfWeek, List<Interval>> copy = new EnumMap<>(DayOfWeek.class);
    week.forEach((day, intervals) -> copy.put(day, List.copyOf(intervals)));
    week = java.util.Collections.unmodifiableMap(copy);
    holidays = Set.copyOf(holidays);
    alwaysOpen = Set.copyOf(alwaysOpen);
  }

  /** Open every day around the clock (the default, so a demo answers at night). */
  public static BusinessHours always(ZoneId zone) {
    return parse(zone, "MON-SUN 00:00-24:00", "", Set.of());
  }

  /**
   * Reads opening hours like {@code MON-FRI 07:00-19:00; SAT 08:00-12:00} (days MON..SUN, ranges or
   * single days, several intervals per day separated by commas: {@code MON 08:00-12:00,
   * 13:00-17:00}) and holidays like {@code 2026-01-01, 2026-07-03}.
   *
   * @throws IllegalArgumentException saying which part is wrong
   */
  public static BusinessHours parse(
      ZoneId zone, String weekText, String holidayText, Set<QueueId> alwaysOpen) {
    Map<DayOfWeek, List<Interval>> week = new EnumMap<>(DayOfWeek.class);
    for (String part : weekText.split(";")) {
      String spec = part.strip();
      if (spec.isEmpty()) {
        continue;
      }
      int space = spec.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException(
            "opening hours read like 'MON-FRI 07:00-19:00'; got '" + spec + "'");
      }
      List<Interval> intervals = intervals(spec.substring(space + 1));
      for (DayOfWeek day : days(spec.substring(0, space))) {
        week.computeIfAbsent(day, d -> new ArrayList<>()).addAll(intervals);
      }
    }
    Set<LocalDate> holidays = new TreeSet<>();
    for (String part : holidayText.split(",")) {
      if (!part.isBlank()) {
        try {
          holidays.add(LocalDate.parse(part.strip()));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              "a holiday is a date like 2026-07-03; got '" + part.strip() + "'", e);
        }
      }
    }
    return new BusinessHours(zone, week, holidays, alwaysOpen);
  }

  /** Whether people answer this queue at this moment. */
  public boolean isOpen(QueueId queue, Instant at) {
    if (alwaysOpen.contains(queue)) {
      return true;
    }
    ZonedDateTime local = at.atZone(zone);
    if (holidays.contains(local.toLocalDate())) {
      return false;
    }
    return week.getOrDefault(local.getDayOfWeek(), List.of()).stream()
        .anyMatch(interval -> interval.contains(local.toLocalTime()));
  }

  private static List<Interval> intervals(String text) {
    List<Interval> intervals = new ArrayList<>();
    for (String range : text.split(",")) {
      String[] ends = range.strip().split("-");
      if (ends.length != 2) {
        throw new IllegalArgumentException(
            "an opening interval reads like 07:00-19:00; got '" + range.strip() + "'");
      }
      try {
        LocalTime opens = LocalTime.parse(ends[0].strip());
        boolean midnight = ends[1].strip().equals("24:00");
        LocalTime closes = midnight ? LocalTime.MIDNIGHT : LocalTime.parse(ends[1].strip());
        intervals.add(new Interval(opens, closes, midnight));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "an opening interval reads like 07:00-19:00; got '" + range.strip() + "'", e);
      }
    }
    return intervals;
  }

  private static List<DayOfWeek> days(String text) {
    String[] ends = text.strip().toUpperCase(Locale.ROOT).split("-");
    DayOfWeek first = day(ends[0]);
    DayOfWeek last = ends.length > 1 ? day(ends[1]) : first;
    List<DayOfWeek> days = new ArrayList<>();
    for (DayOfWeek day = first; ; day = day.plus(1)) {
      days.add(day);
      if (day == last) {
        return days;
      }
    }
  }

  private static DayOfWeek day(String abbreviation) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(abbreviation.strip()) && abbreviation.strip().length() == 3) {
        return day;
      }
    }
    throw new IllegalArgumentException(
        "a day is MON, TUE, WED, THU, FRI, SAT or SUN; got '" + abbreviation.strip() + "'");
  }
}
