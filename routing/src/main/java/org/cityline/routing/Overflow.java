package org.cityline.routing;

/**
 * Where a contact goes when it has waited too long: another queue here (it keeps its arrival time
 * and its place by waiting time), or a destination outside this center (the caller is connected
 * there and the contact ends as {@link ContactOutcome#OVERFLOWED_OUT}).
 */
public sealed interface Overflow {

  /** Another queue of this center, such as {@code supervisors}. */
  record ToQueue(QueueId queue) implements Overflow {
    @Override
    public String toString() {
      return queue.value();
    }
  }

  /**
   * A destination outside the center (an answering service, another department), reached the way an
   * agent's phone is: an endpoint the phone system understands.
   */
  record OutOfCenter(String endpoint) implements Overflow {
    public OutOfCenter {
      if (endpoint == null || !endpoint.matches("[A-Za-z0-9:+._@/-]{3,128}")) {
        throw new IllegalArgumentException(
            "an outside destination is 3 to 128 of letters, digits and :+._@/-; got " + endpoint);
      }
    }

    @Override
    public String toString() {
      return "outside:" + endpoint;
    }
  }
}
