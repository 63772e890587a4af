package org.cityline.common.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Scheduler} on one daemon platform thread that hands each due task to a virtual thread,
 * so a slow task never delays the others.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {

  private final ScheduledExecutorService timerThread;

  public ExecutorScheduler(String name) {
    this.timerThread =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, name);
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public Timer schedule(Duration delay, Runnable task) {
    ScheduledFuture<?> future =
        timerThread.schedule(
            () -> Thread.ofVirtual().name("timer-task").start(task),
            delay.toNanos(),
            TimeUnit.NANOSECONDS);
    return () -> future.cancel(false);
  }

  @Override
  public void close() {
    timerThread.shutdownNow();
  }
}
