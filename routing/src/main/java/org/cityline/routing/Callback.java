package org.cityline.routing;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.PhoneNumber;

/**
 * A waiting caller's request to be called back: the contact keeps its place, and when it reaches
 * the head an agent is offered it and the phone system calls the customer.
 *
 * @param number the number to call
 * @param attempts calls placed so far
 * @param retryAt after an unanswered call, not offered again before this
 * @param dialing whether the customer's phone rings now (the agent accepted; not yet answered)
 */
public record Callback(
    PhoneNumber number, int attempts, Optional<Instant> retryAt, boolean dialing) {

  public Callback {
    if (number == null || retryAt == null || attempts < 0) {
      throw new IllegalArgumentException("a callback needs a number and its attempts");
    }
  }

  static Callback requested(PhoneNumber number) {
    return new Callback(number, 0, Optional.empty(), false);
  }

  /** Whether it may be offered at {@code now}. */
  public boolean due(Instant now) {
    return retryAt.isEmpty() || !now.isBefore(retryAt.get());
  }

  Callback startDialing() {
    return new Callback(number, attempts, Optional.empty(), true);
  }

  Callback answered() {
    return new Callback(number, attempts + 1, Optional.empty(), false);
  }

  Callback notAnswered(Instant retry) {
    return new Callback(number, attempts + 1, Optional.of(retry), false);
  }
}
