package org.cityline.common.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it. Thread-safe. */
public final class ManualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public ManualClock(Instant start, ZoneId zone) {
    this.now = new AtomicReference<>(start);
    this.zone = zone;
  }

  /** A clock at 2026-03-02T15:00:00Z (a Monday, 9 a.m. in Denver), in UTC. */
  public ManualClock() {
    this(Instant.parse("2026-03-02T16:00:00Z"), ZoneOffset.UTC);
  }

  /** Moves the clock forward. */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("time does not run backwards: " + duration);
    }
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Sets the clock to an instant (which may be earlier, to test clock steps). */
  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    ManualClock copy = new ManualClock(now.get(), newZone);
    return copy;
  }
}
