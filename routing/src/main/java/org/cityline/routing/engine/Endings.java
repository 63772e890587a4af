package org.cityline.routing.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.WrapUp;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactState;
import org.cityline.routing.Disposition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records ended contacts in the contact history, then forgets them. Only the caller whose command
 * ended the contact (exactly one, since an ended contact refuses every command) calls {@link
 * #ended}; the history stores an end once even if recording is retried. When the database fails,
 * the contact stays in the shared store and recording is retried with a growing pause.
 */
final class Endings {

  private static final Logger LOG = LoggerFactory.getLogger(Endings.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
  private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

  private final RouterSetup setup;

  Endings(RouterSetup setup) {
    this.setup = setup;
  }

  /** Records an ended contact and its wrap-up, then removes it from the live contacts. */
  void ended(Contact contact) {
    if (contact.state() != ContactState.ENDED) {
      throw new IllegalArgumentException("contact " + contact.id() + " has not ended");
    }
    record(contact, new Progress(), 1);
  }

  private void record(Contact contact, Progress progress, int attempt) {
    try {
      if (!progress.ended) {
        setup.history().recordEnded(record(contact));
        progress.ended = true;
      }
      if (!progress.wrappedUp && contact.disposition().isPresent()) {
        setup.history().recordWrapUp(wrapUp(contact, contact.disposition().get()));
        progress.wrappedUp = true;
      }
      setup.contacts().remove(contact);
    } catch (RuntimeException e) {
      Duration pause = pause(attempt);
      LOG.error(
          "Contact {} ended {} but could not be recorded (attempt {}): {}. It stays in the live"
              + " contacts and is tried again in {} s.",
          contact.id(),
          contact.outcome().orElseThrow(),
          attempt,
          e.toString(),
          pause.toSeconds());
      setup.scheduler().schedule(pause, () -> record(contact, progress, attempt + 1));
    }
  }

  private static Duration pause(int attempt) {
    Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 10));
    return pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause;
  }

  /** The contact as the history keeps it. */
  static ContactRecord record(Contact contact) {
    var request = contact.request();
    return new ContactRecord(
        contact.id(),
        "voice",
        request.caller(),
        request.account(),
        request.verified(),
        Optional.of(contact.queue().value()),
        contact.answeredAt().isPresent()
            ? contact.agent().map(agent -> agent.value())
            : Optional.empty(),
        outcome(contact.outcome().orElseThrow()),
        request.trail().stream()
            .map(step -> step.step() + ": " + step.summary())
            .collect(Collectors.joining("\n")),
        request.arrivedAt(),
        contact.answeredAt(),
        contact.endedAt().orElseThrow());
  }

  /** The history's word for an outcome: "answered", "callback-completed". */
  static String outcome(ContactOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static WrapUp wrapUp(Contact contact, Disposition disposition) {
    return new WrapUp(
        contact.id(),
        contact.request().account(),
        contact.agent().orElseThrow().value(),
        disposition.code(),
        disposition.note(),
        disposition.at());
  }

  /** What this node has recorded already, so a retry does not audit a wrap-up twice. */
  private static final class Progress {
    volatile boolean ended;
    volatile boolean wrappedUp;
  }
}
