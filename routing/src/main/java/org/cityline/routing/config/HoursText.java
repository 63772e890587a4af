package org.cityline.routing.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cityline.routing.BusinessHours;

/**
 * Business hours as the queue file writes them: {@code always}, or comma-separated periods such as
 * {@code mon-fri 07:00-19:00, sat 08:00-13:00} (days mon to sun, a day range or one day, times
 * 00:00 to 24:00).
 */
public final class HoursText {

  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Pattern PERIOD =
      Pattern.compile("([a-z]{3})(?:-([a-z]{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

  private HoursText() {}

  public static BusinessHours parse(String text) {
    if (text.strip().equals("always")) {
      return BusinessHours.always();
    }
    Map<DayOfWeek, List<BusinessHours.Period>> periods = new EnumMap<>(DayOfWeek.class);
    for (String part : text.split(",")) {
      Matcher matcher = PERIOD.matcher(part.strip());
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            "hours read 'always' or periods like 'mon-fri 07:00-19:00, sat 08:00-13:00'");
      }
      int first = day(matcher.group(1));
      int last = matcher.group(2) == null ? first : day(matcher.group(2));
      if (last < first) {
        throw new IllegalArgumentException("a day range runs from mon towards sun");
      }
      BusinessHours.Period period =
          new BusinessHours.Period(time(matcher.group(3)), end(matcher.group(4)));
      for (int day = first; day <= last; day++) {
        periods.computeIfAbsent(DayOfWeek.of(day + 1), d -> new ArrayList<>()).add(period);
      }
    }
    return new BusinessHours(periods);
  }

  private static int day(String name) {
    int index = DAYS.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("days are mon, tue, wed, thu, fri, sat and sun");
    }
    return index;
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("times are 00:00 to 24:00");
    }
  }

  private static LocalTime end(String text) {
    return text.equals("24:00") ? LocalTime.MAX : time(text);
  }
}
