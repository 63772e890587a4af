package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's reminders of deadlines kept in the shared state (an offer ringing out, a consult
 * ringing out, a wrap-up running out, a callback falling due). A reminder only makes the deadline
 * act on time: if this node is lost, the leading node's sweep finds the deadline passed and acts
 * (every action is idempotent, so both may).
 */
final class Timers {

  private static final Logger LOG = LoggerFactory.getLogger(Timers.class);

  private final RouterSetup setup;
  private final Map<String, org.cityline.common.time.Scheduler.Timer> armed =
      new ConcurrentHashMap<>();

  Timers(RouterSetup setup) {
    this.setup = setup;
  }

  /** Runs {@code action} at {@code deadline}, replacing any reminder under the same key. */
  void arm(String key, Instant deadline, Runnable action) {
    Duration delay = Duration.between(setup.clock().instant(), deadline);
    var timer =
        setup
            .scheduler()
            .schedule(
                delay.isNegative() ? Duration.ZERO : delay,
                () -> {
                  armed.remove(key);
                  try {
                    action.run();
                  } catch (RuntimeException e) {
                    LOG.error("The deadline {} failed; the sweep retries it", key, e);
                  }
                });
    var previous = armed.put(key, timer);
    if (previous != null) {
      previous.cancel();
    }
  }

  /** Forgets a reminder, if this node has one. */
  void cancel(String key) {
    var timer = armed.remove(key);
    if (timer != null) {
      timer.cancel();
    }
  }

  /** Cancels every reminder (routing stops on this node). */
  void cancelAll() {
    armed.keySet().forEach(this::cancel);
  }

  static String ring(Object contact) {
    return "ring:" + contact;
  }

  static String consult(Object contact) {
    return "consult:" + contact;
  }

  static String wrapUp(Object agent, Object contact) {
    return "wrap-up:" + agent + ":" + contact;
  }

  static String due(Object contact) {
    return "due:" + contact;
  }
}
