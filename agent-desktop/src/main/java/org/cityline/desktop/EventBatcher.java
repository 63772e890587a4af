package org.cityline.desktop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cityline.common.time.Scheduler;

/**
 * Coalesces a stream of events into batches, so a browser gets at most one update per window
 * however fast events arrive (Vaadin's advice: no more than two to four pushes a second), while an
 * urgent event (an agent's own offer) goes out at once, together with whatever was waiting.
 *
 * <p>Events carry snapshots, so within a batch only the latest event per key is kept (the last
 * state of an agent or a queue), in the order the latest ones arrived.
 *
 * <p>Thread-safe: {@link #offer} may be called from any thread; {@code deliver} is called outside
 * the batcher's lock, from the offering thread (urgent) or the scheduler's thread (batched).
 *
 * @param <E> the event type
 */
public final class EventBatcher<E> implements AutoCloseable {

  private final Scheduler scheduler;
  private final Duration window;
  private final Predicate<? super E> urgent;
  private final Function<? super E, ?> key;
  private final Consumer<List<E>> deliver;

  private final Map<Object, E> pending = new LinkedHashMap<>();
  private Scheduler.Timer timer;
  private boolean closed;

  /**
   * @param scheduler runs the delayed flush
   * @param window how long events gather before a batch goes out
   * @param urgent which events flush at once
   * @param key events with equal keys replace one another within a batch
   * @param deliver receives each non-empty batch
   */
  public EventBatcher(
      Scheduler scheduler,
      Duration window,
      Predicate<? super E> urgent,
      Function<? super E, ?> key,
      Consumer<List<E>> deliver) {
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a batching window must be positive, was " + window);
    }
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.window = window;
    this.urgent = Objects.requireNonNull(urgent, "urgent");
    this.key = Objects.requireNonNull(key, "key");
    this.deliver = Objects.requireNonNull(deliver, "deliver");
  }

  /** Adds an event: delivered at once if urgent, else with the next batch. */
  public void offer(E event) {
    boolean flushNow = urgent.test(event);
    synchronized (this) {
      if (closed) {
        return;
      }
      Object eventKey = key.apply(event);
      pending.remove(eventKey);
      pending.put(eventKey, event);
      if (!flushNow && timer == null) {
        timer = scheduler.schedule(window, this::flush);
      }
    }
    if (flushNow) {
      flush();
    }
  }

  /** Delivers what is waiting now. */
  public void flush() {
    List<E> batch;
    synchronized (this) {
      if (timer != null) {
        timer.cancel();
        timer = null;
      }
      if (closed || pending.isEmpty()) {
        return;
      }
      batch = new ArrayList<>(pending.values());
      pending.clear();
    }
    deliver.accept(batch);
  }

  /** Drops what is waiting and delivers nothing more. */
  @Override
  public synchronized void close() {
    closed = true;
    pending.clear();
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
  }
}
