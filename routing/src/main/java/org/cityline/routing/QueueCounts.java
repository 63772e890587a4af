package org.cityline.routing;

/**
 * What happened in one queue over some time (a fifteen-minute interval, a day): counts and totals
 * that add up, so nodes add their share and any span is a sum of intervals.
 *
 * @param offered contacts that joined the queue
 * @param answered contacts an agent took from it
 * @param answeredInTarget of those, within the service-level wait
 * @param abandoned callers who hung up while waiting in it
 * @param abandonedInTarget of those, within the service-level wait
 * @param overflowed contacts that left it for another queue or out of the center
 * @param callbacks callbacks requested in it
 * @param waitMillis waits of the answered contacts, in all
 * @param handled contacts wrapped up after being answered from it
 * @param handleMillis their handle times, in all
 */
public record QueueCounts(
    int offered,
    int answered,
    int answeredInTarget,
    int abandoned,
    int abandonedInTarget,
    int overflowed,
    int callbacks,
    long waitMillis,
    int handled,
    long handleMillis) {

  /** Nothing. */
  public static final QueueCounts ZERO = new QueueCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Both added together. */
  public QueueCounts plus(QueueCounts other) {
    return new QueueCounts(
        offered + other.offered,
        answered + other.answered,
        answeredInTarget + other.answeredInTarget,
        abandoned + other.abandoned,
        abandonedInTarget + other.abandonedInTarget,
        overflowed + other.overflowed,
        callbacks + other.callbacks,
        waitMillis + other.waitMillis,
        handled + other.handled,
        handleMillis + other.handleMillis);
  }

  public static QueueCounts offer() {
    return new QueueCounts(1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  public static QueueCounts answer(long waitMillis, boolean inTarget) {
    return new QueueCounts(0, 1, inTarget ? 1 : 0, 0, 0, 0, 0, waitMillis, 0, 0);
  }

  public static QueueCounts abandon(boolean inTarget) {
    return new QueueCounts(0, 0, 0, 1, inTarget ? 1 : 0, 0, 0, 0, 0, 0);
  }

  public static QueueCounts overflow() {
    return new QueueCounts(0, 0, 0, 0, 0, 1, 0, 0, 0, 0);
  }

  public static QueueCounts callback() {
    return new QueueCounts(0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
  }

  public static QueueCounts handle(long handleMillis) {
    return new QueueCounts(0, 0, 0, 0, 0, 0, 0, 0, 1, handleMillis);
  }
}
