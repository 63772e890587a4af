package org.cityline.benchmarks.ivr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;
import org.cityline.common.time.Scheduler;

/**
 * A clock and a scheduler that move only when the simulated day moves them, so a day of calls runs
 * in seconds with every timeout honoured in order.
 */
final class BenchClock extends Clock implements Scheduler {

  private record Task(Instant due, long sequence, Runnable run) {}

  private final PriorityQueue<Task> tasks =
      new PriorityQueue<>(Comparator.comparing(Task::due).thenComparingLong(Task::sequence));
  private long sequence;
  private volatile Instant now;

  BenchClock(Instant start) {
    this.now = start;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the benchmark clock is UTC");
  }

  @Override
  public synchronized Timer schedule(Duration delay, Runnable task) {
    Task scheduled = new Task(now.plus(delay), sequence++, task);
    tasks.add(scheduled);
    return () -> {
      synchronized (this) {
        return tasks.remove(scheduled);
      }
    };
  }

  /** Moves time forward by {@code duration}, running every task due on the way. */
  void advance(Duration duration) {
    Instant end = now.plus(duration);
    while (true) {
      Optional<Task> next;
      synchronized (this) {
        next = Optional.ofNullable(tasks.peek()).filter(t -> !t.due().isAfter(end));
        next.ifPresent(tasks::remove);
      }
      if (next.isEmpty()) {
        break;
      }
      if (next.get().due().isAfter(now)) {
        now = next.get().due();
      }
      next.get().run().run();
    }
    now = end;
  }
}
