package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentState;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactState;
import org.cityline.routing.ErlangC;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueInterval;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.QueueStatistics;
import org.cityline.routing.WaitEstimate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what happens in each queue (into the shared interval counts, never blocking) and works out
 * the figures supervisors and callers see: the day's service level, speed of answer, handle time,
 * abandons, occupancy, and wait estimates.
 */
final class Statistics {

  private static final Logger LOG = LoggerFactory.getLogger(Statistics.class);

  /** Below this many handled contacts today, the queue's configured handle time is assumed. */
  private static final int FEWEST_FOR_AHT = 5;

  /** How far back arrivals are counted for the arrival rate. */
  private static final Duration ARRIVAL_WINDOW = Duration.ofMinutes(30);

  private final Ops ops;

  Statistics(Ops ops) {
    this.ops = ops;
  }

  void offered(Contact contact) {
    add(contact.queue(), QueueCounts.offer());
  }

  /**
   * Counts an answer when the change is the contact's first answer in its current queue ({@link
   * Contact#answerCounted} turned on). A contact that returns to the queue after an answer (the
   * connect or the agent's leg failed) and is answered again is not counted twice.
   */
  void answeredOnce(Change.Applied<Contact> change, Instant at) {
    if (!change.before().answerCounted() && change.after().answerCounted()) {
      answered(change.after(), at);
    }
  }

  private void answered(Contact contact, Instant at) {
    Duration wait = Duration.between(contact.queuedAt(), at);
    add(contact.queue(), QueueCounts.answer(wait.toMillis(), inTarget(contact.queue(), wait)));
  }

  void abandoned(Contact contact, Instant at) {
    Duration wait = Duration.between(contact.queuedAt(), at);
    add(contact.queue(), QueueCounts.abandon(inTarget(contact.queue(), wait)));
  }

  void overflowed(QueueId from) {
    add(from, QueueCounts.overflow());
  }

  void callback(Contact contact) {
    add(contact.queue(), QueueCounts.callback());
  }

  void handled(Contact contact, Instant at) {
    contact
        .connectedAt()
        .ifPresent(
            from ->
                add(contact.queue(), QueueCounts.handle(Duration.between(from, at).toMillis())));
  }

  private boolean inTarget(QueueId queue, Duration wait) {
    return ops.setup()
        .queues()
        .find(queue)
        .map(definition -> wait.compareTo(definition.serviceLevel().within()) <= 0)
        .orElse(false);
  }

  private void add(QueueId queue, QueueCounts counts) {
    try {
      ops.setup().statistics().add(queue, ops.now(), counts);
    } catch (RuntimeException e) {
      LOG.warn("Could not count {} in queue {}: {}", counts, queue, e.toString());
    }
  }

  /** A queue's live figures at the moment {@code staff} was read (one reading for many queues). */
  QueueSnapshot snapshot(QueueDefinition queue, StaffTimes staff) {
    Instant now = ops.now();
    LiveIndex index = ops.index();
    Duration longest =
        index
            .longestWaitingSince(queue.id())
            .map(since -> Duration.between(since, now))
            .filter(wait -> !wait.isNegative())
            .orElse(Duration.ZERO);
    QueuePlan plan = ops.setup().queues().plan(queue.id()).orElseThrow();
    Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
    for (AgentState state : AgentState.values()) {
      if (state != AgentState.LOGGED_OUT) {
        byState.put(state, 0);
      }
    }
    long busy = 0;
    long staffedTime = 0;
    int staffed = 0;
    int free = 0;
    for (StaffTimes.Row agent : staff.staffing(plan)) {
      byState.merge(agent.state(), 1, Integer::sum);
      staffed += agent.staffed() ? 1 : 0;
      free += agent.free() ? 1 : 0;
      busy += agent.busyMillis();
      staffedTime += agent.busyMillis() + agent.availableMillis();
    }
    Instant day = Ops.dayOf(now, ops.setup().clock().getZone());
    QueueCounts today = counts(queue.id(), day);
    QueueCounts recent = counts(queue.id(), QueueInterval.startOf(now.minus(ARRIVAL_WINDOW)));
    Duration aht = handleTime(queue, today);
    double elapsed =
        Math.max(
            60,
            Duration.between(QueueInterval.startOf(now.minus(ARRIVAL_WINDOW)), now).toSeconds());
    int callbacks = index.callbacksWaiting(queue.id());
    int waiting = index.waiting(queue.id());
    QueueStatistics statistics =
        new QueueStatistics(
            day,
            queue.serviceLevel(),
            today.offered(),
            today.answered(),
            today.answeredInTarget(),
            today.abandoned(),
            today.abandonedInTarget(),
            today.overflowed(),
            today.waitMillis(),
            today.handled(),
            today.handleMillis(),
            busy,
            staffedTime,
            callbacks,
            forecast(
                ErlangC.averageWait(staffed, recent.offered() / elapsed, aht),
                ErlangC.waitAtPosition(waiting + 1, free, staffed, aht)));
    return new QueueSnapshot(
        queue.id(),
        queue.name(),
        waiting,
        longest,
        byState,
        queue.hours().isOpen(now, ops.setup().clock().getZone()),
        statistics);
  }

  /**
   * What a caller who joins now can expect: at least the wait the agents actually free give it (a
   * line must free up first when none is), and Erlang C's average for the recent load where that
   * says more. Erlang C alone says "no wait" when few have called lately, even with every agent on
   * a call; and nothing when the load is past the staff, where the live figure still holds. Nothing
   * when nobody is staffed.
   */
  private static Optional<Duration> forecast(Optional<Duration> model, Optional<Duration> live) {
    return live.map(now -> model.filter(average -> average.compareTo(now) > 0).orElse(now));
  }

  /**
   * Where a waiting contact stands: its place, and the wait Erlang C's model gives for it (a free
   * agent takes it at once; else each caller ahead and itself take one handle time divided by the
   * staffed agents). With nobody staffed, the wait until the queue's overflow is announced.
   */
  Optional<WaitEstimate> estimate(IndexedContact contact) {
    if (contact.state() != ContactState.QUEUED) {
      return Optional.empty();
    }
    Optional<Integer> position = ops.index().position(contact.id());
    Optional<QueueDefinition> queue = ops.setup().queues().find(contact.queue());
    Optional<QueuePlan> plan = ops.setup().queues().plan(contact.queue());
    if (position.isEmpty() || queue.isEmpty() || plan.isEmpty()) {
      return Optional.empty();
    }
    Instant now = ops.now();
    int free = 0;
    int staffed = 0;
    for (Agent agent : ops.index().agents()) {
      if (plan.get().staffedBy(agent) && agent.staffed()) {
        staffed++;
        free += agent.mayTakeOffer() ? 1 : 0;
      }
    }
    Duration aht =
        handleTime(
            queue.get(), counts(contact.queue(), Ops.dayOf(now, ops.setup().clock().getZone())));
    Duration wait =
        ErlangC.waitAtPosition(position.get(), free, staffed, aht)
            .orElseGet(
                () -> {
                  Duration until = queue.get().overflowWait().orElse(queue.get().maxWait());
                  Duration left = until.minus(Duration.between(contact.queuedAt(), now));
                  return left.isNegative() ? Duration.ZERO : left;
                });
    return Optional.of(new WaitEstimate(position.get(), wait, now));
  }

  private Duration handleTime(QueueDefinition queue, QueueCounts today) {
    return today.handled() < FEWEST_FOR_AHT
        ? queue.handleTime()
        : Duration.ofMillis(today.handleMillis() / today.handled());
  }

  private QueueCounts counts(QueueId queue, Instant from) {
    QueueCounts sum = QueueCounts.ZERO;
    List<QueueInterval> intervals = ops.setup().statistics().since(from);
    for (QueueInterval interval : intervals) {
      if (interval.queue().equals(queue)) {
        sum = sum.plus(interval.counts());
      }
    }
    return sum;
  }
}
