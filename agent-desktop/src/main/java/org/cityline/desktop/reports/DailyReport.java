package org.cityline.desktop.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.cityline.accounts.ContactRecord;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueInterval;

/**
 * One day's report, in the city's zone: the 15-minute intervals (all queues together and per
 * queue), the day per queue and in all, per agent, and IVR containment.
 *
 * @param day the day
 * @param intervals every interval row, by start then queue
 * @param perInterval all queues added together, one row per interval start
 * @param perQueue the day per queue, by queue name
 * @param total the day, every queue
 * @param perAgent the day per agent, by user name
 * @param ivrContainment the share of voice contacts finished in the IVR (self-service), percent
 */
public record DailyReport(
    LocalDate day,
    List<QueueInterval> intervals,
    List<QueueInterval> perInterval,
    Map<String, QueueCounts> perQueue,
    QueueCounts total,
    Map<String, AgentDay> perAgent,
    OptionalDouble ivrContainment) {

  /** The most contacts read for one day's summary. */
  public static final int MAX_CONTACTS = 100_000;

  /**
   * One agent's day.
   *
   * @param answered contacts they answered that ended that day
   * @param talk their time from answer to end, in all
   */
  public record AgentDay(int answered, Duration talk) {
    public Duration averageHandleTime() {
      return answered == 0 ? Duration.ZERO : talk.dividedBy(answered);
    }
  }

  /** Where a day begins and ends in the zone. */
  public static Instant[] span(LocalDate day, ZoneId zone) {
    ZonedDateTime start = ZonedDateTime.of(day, LocalTime.MIDNIGHT, zone);
    return new Instant[] {start.toInstant(), start.plusDays(1).toInstant()};
  }

  /** Builds the report from routing's interval rows and the contacts that ended that day. */
  public static DailyReport of(
      LocalDate day, List<QueueInterval> intervals, List<ContactRecord> contacts) {
    Map<Instant, QueueCounts> byStart = new TreeMap<>();
    Map<String, QueueCounts> perQueue = new TreeMap<>();
    QueueCounts total = QueueCounts.ZERO;
    for (QueueInterval row : intervals) {
      byStart.merge(row.start(), row.counts(), QueueCounts::plus);
      perQueue.merge(row.queue().value(), row.counts(), QueueCounts::plus);
      total = total.plus(row.counts());
    }
    List<QueueInterval> perInterval = new ArrayList<>();
    byStart.forEach(
        (start, counts) ->
            perInterval.add(
                new QueueInterval(new org.cityline.routing.QueueId("all"), start, counts)));
    Map<String, AgentDay> perAgent = new TreeMap<>();
    int voice = 0;
    int contained = 0;
    for (ContactRecord contact : contacts) {
      if ("voice".equals(contact.channel())) {
        voice++;
        if ("self-service".equals(contact.outcome())) {
          contained++;
        }
      }
      if (contact.agent().isPresent() && contact.answeredAt().isPresent()) {
        Duration talk = Duration.between(contact.answeredAt().get(), contact.endedAt());
        perAgent.merge(
            contact.agent().get(),
            new AgentDay(1, talk),
            (a, b) -> new AgentDay(a.answered() + b.answered(), a.talk().plus(b.talk())));
      }
    }
    return new DailyReport(
        day,
        List.copyOf(intervals),
        List.copyOf(perInterval),
        perQueue,
        total,
        perAgent,
        voice == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * contained / voice));
  }
}
