package org.cityline.common.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cityline.common.time.Scheduler;

/**
 * A {@link Scheduler} driven by a {@link ManualClock}: tasks run, on the test's thread, when the
 * test calls {@link #advance}, in the order they fall due. Tasks scheduled by running tasks run in
 * the same advance if they fall due within it.
 */
public final class ManualScheduler implements Scheduler {

  private final ManualClock clock;
  private final List<Entry> pending = new ArrayList<>();
  private long sequence;

  public ManualScheduler(ManualClock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized Timer schedule(Duration delay, Runnable task) {
    Entry entry = new Entry(clock.instant().plus(delay), sequence++, task);
    pending.add(entry);
    return () -> {
      synchronized (ManualScheduler.this) {
        return pending.remove(entry);
      }
    };
  }

  /** Moves the clock forward by {@code duration}, running every task that falls due. */
  public void advance(Duration duration) {
    Instant end = clock.instant().plus(duration);
    while (true) {
      Optional<Entry> next = nextDueBy(end);
      if (next.isEmpty()) {
        break;
      }
      Entry entry = next.get();
      if (entry.due().isAfter(clock.instant())) {
        clock.set(entry.due());
      }
      entry.task().run();
    }
    clock.set(end);
  }

  /** Runs the tasks already due without moving the clock. */
  public void runDue() {
    advance(Duration.ZERO);
  }

  /** How many tasks wait to run. */
  public synchronized int pendingCount() {
    return pending.size();
  }

  private synchronized Optional<Entry> nextDueBy(Instant end) {
    Optional<Entry> next =
        pending.stream()
            .filter(entry -> !entry.due().isAfter(end))
            .min(Comparator.comparing(Entry::due).thenComparingLong(Entry::sequence));
    next.ifPresent(pending::remove);
    return next;
  }

  private record Entry(Instant due, long sequence, Runnable task) {}
}
