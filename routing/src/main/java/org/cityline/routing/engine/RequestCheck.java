package org.cityline.routing.engine;

import java.util.Optional;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.TrailStep;

/** What is wrong with a request to enqueue a contact, before anything is stored. */
final class RequestCheck {

  static final int MOST_TRAIL_STEPS = 100;
  static final int MOST_TEXT_CHARS = 500;
  static final int HIGHEST_PRIORITY = 100;

  private RequestCheck() {}

  /** Why the request cannot be queued; empty when it can. */
  static Optional<String> problem(ContactRequest request) {
    if (request.id() == null || request.call() == null || request.queue() == null) {
      return Optional.of("A contact needs an id, a call and a queue.");
    }
    if (request.caller() == null || request.account() == null || request.language() == null) {
      return Optional.of(
          "Contact "
              + request.id()
              + " needs a caller, an account and a language"
              + " (either may be empty, not missing).");
    }
    if (request.arrivedAt() == null) {
      return Optional.of("Contact " + request.id() + " needs its arrival time.");
    }
    if (request.reason() == null || request.reason().length() > MOST_TEXT_CHARS) {
      return Optional.of(
          "Contact "
              + request.id()
              + " needs a reason of at most "
              + MOST_TEXT_CHARS
              + " characters.");
    }
    if (request.priority() < 0 || request.priority() > HIGHEST_PRIORITY) {
      return Optional.of(
          "A priority is 0 to " + HIGHEST_PRIORITY + ", was " + request.priority() + ".");
    }
    if (request.trail() == null) {
      return Optional.of("Contact " + request.id() + " needs an IVR trail (it may be empty).");
    }
    if (request.trail().size() > MOST_TRAIL_STEPS) {
      return Optional.of(
          "An IVR trail has at most "
              + MOST_TRAIL_STEPS
              + " steps, contact "
              + request.id()
              + " has "
              + request.trail().size()
              + ".");
    }
    for (TrailStep step : request.trail()) {
      if (step == null
          || step.step() == null
          || step.step().isBlank()
          || step.step().length() > 64
          || step.summary() == null
          || step.summary().length() > MOST_TEXT_CHARS
          || step.at() == null) {
        return Optional.of(
            "Each IVR trail step needs a name (at most 64 characters), a summary"
                + " (at most "
                + MOST_TEXT_CHARS
                + ") and a time.");
      }
    }
    if (request.skills() == null) {
      return Optional.of("Contact " + request.id() + "'s skills may be empty, not missing.");
    }
    try {
      org.cityline.routing.Skills.check(request.skills());
    } catch (IllegalArgumentException e) {
      return Optional.of("Contact " + request.id() + ": " + e.getMessage() + ".");
    }
    return Optional.empty();
  }
}
