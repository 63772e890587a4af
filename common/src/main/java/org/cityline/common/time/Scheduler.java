package org.cityline.common.time;

import java.time.Duration;

/** Runs a task once after a delay. Implementations must not run tasks on the caller's thread. */
@FunctionalInterface
public interface Scheduler {

  /**
   * Schedules {@code task} to run once after {@code delay}.
   *
   * @return a handle that cancels the task if it has not run yet
   */
  Timer schedule(Duration delay, Runnable task);

  /** A scheduled task. */
  @FunctionalInterface
  interface Timer {
    /**
     * Cancels the task.
     *
     * @return true if it had not run and now never will
     */
    boolean cancel();
  }
}
