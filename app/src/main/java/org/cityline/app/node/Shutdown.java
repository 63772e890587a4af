package org.cityline.app.node;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What has been started, to be stopped in reverse order. A step that fails to stop is logged and
 * the others still stop.
 */
final class Shutdown implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Shutdown.class);

  /** A stop step that may throw. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  private record Named(String name, Step step) {}

  private final Deque<Named> steps = new ArrayDeque<>();

  /** Registers a stop step for something just started. */
  synchronized <T> T onClose(String name, T started, StepOn<T> step) {
    steps.push(new Named(name, () -> step.run(started)));
    return started;
  }

  /** A stop step that receives what was started. */
  @FunctionalInterface
  interface StepOn<T> {
    void run(T started) throws Exception;
  }

  /** Registers a stop step that needs nothing. */
  synchronized <T> T onClose(String name, T started, Step step) {
    steps.push(new Named(name, step));
    return started;
  }

  @Override
  public synchronized void close() {
    while (!steps.isEmpty()) {
      Named named = steps.pop();
      try {
        named.step().run();
        LOG.debug("stopped {}", named.name());
      } catch (Exception e) {
        LOG.warn("stopping {} failed: {}", named.name(), e.toString());
      } catch (Error e) {
        LOG.error("stopping {} failed", named.name(), e);
      }
    }
  }
}
