package org.cityline.telephony;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each call's work one task at a time, in the order it was queued, off the caller's thread.
 * Every call gets a {@link Strand}; a strand with work runs it on a virtual thread of its own and
 * lets go of the thread when it has nothing left, so thousands of quiet calls cost no threads.
 * Strands of different calls run in parallel.
 *
 * <p>Adapters queue each call event on the call's strand: events for one call reach the {@link
 * org.cityline.common.call.CallEventHandler} strictly in order, never two at once, and never on the
 * stack of a {@link org.cityline.common.call.CallControl} method.
 */
public final class CallSequencer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CallSequencer.class);

  private final ExecutorService threads;
  private final Object idleLock = new Object();
  private long outstanding;

  /**
   * @param threadName the prefix for the strands' virtual threads (e.g. {@code sim-call-})
   */
  public CallSequencer(String threadName) {
    this.threads =
        Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(threadName, 0).factory());
  }

  /** A new strand for one call. */
  public Strand newStrand() {
    return new Strand();
  }

  /**
   * Waits until every strand has run all it was given (tasks queued by running tasks included). For
   * tests and benchmarks that need the network quiet before looking at it.
   *
   * @return false if work was still outstanding when the time ran out
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idleLock) {
      while (outstanding > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        idleLock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }

  /** Stops the strands' threads; tasks still queued are dropped. */
  @Override
  public void close() {
    threads.shutdownNow();
  }

  private void added() {
    synchronized (idleLock) {
      outstanding++;
    }
  }

  private void finished(int count) {
    synchronized (idleLock) {
      outstanding -= count;
      if (outstanding == 0) {
        idleLock.notifyAll();
      }
    }
  }

  /**
   * One call's queue of work, an {@link java.util.concurrent.Executor} that runs its tasks one at a
   * time in submission order. A task that throws is logged and the next one runs.
   */
  public final class Strand implements java.util.concurrent.Executor {
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();

    private Strand() {}

    @Override
    public void execute(Runnable task) {
      added();
      tasks.add(task);
      startDraining();
    }

    private void startDraining() {
      if (!draining.compareAndSet(false, true)) {
        return;
      }
      try {
        threads.execute(this::drain);
      } catch (RejectedExecutionException e) {
        draining.set(false);
        int dropped = tasks.size();
        tasks.clear();
        finished(dropped);
        log.debug("dropped {} call task(s): the call sequencer is closed", dropped);
      }
    }

    private void drain() {
      while (true) {
        Runnable task;
        while ((task = tasks.poll()) != null) {
          try {
            task.run();
          } catch (RuntimeException | Error e) {
            log.error("a call task failed; the call's next task runs anyway", e);
          } finally {
            finished(1);
          }
        }
        draining.set(false);
        // A task queued between the last poll and the flag going down would be stranded.
        if (tasks.isEmpty() || !draining.compareAndSet(false, true)) {
          return;
        }
      }
    }
  }
}
