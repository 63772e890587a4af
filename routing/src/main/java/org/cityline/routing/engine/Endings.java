package org.cityline.routing.engine;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.WrapUp;
import org.cityline.routing.AgentId;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactState;
import org.cityline.routing.Disposition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records ended contacts in the contact history, then forgets them. The history keeps an end (and
 * each agent's wrap-up) exactly once by its keys, so recording may be repeated safely: by a retry
 * when the database failed, or by the leading node's sweep for a contact whose recording node was
 * lost. Until it is recorded, an ended contact stays in the shared store.
 */
final class Endings {

  private static final Logger LOG = LoggerFactory.getLogger(Endings.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
  private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

  private final Ops ops;

  Endings(Ops ops) {
    this.ops = ops;
  }

  /** Records an ended contact and its wrap-up, then removes it from the live contacts. */
  void ended(Contact contact) {
    if (contact.state() != ContactState.ENDED) {
      throw new IllegalArgumentException("contact " + contact.id() + " has not ended");
    }
    record(contact, 1);
  }

  private void record(Contact contact, int attempt) {
    try {
      ops.setup().history().recordEnded(record(contact));
      if (contact.disposition().isPresent()) {
        ops.setup()
            .history()
            .recordWrapUp(
                wrapUp(contact, contact.agent().orElseThrow(), contact.disposition().get()));
      }
      ops.setup().contacts().remove(contact);
      ops.index().contactRemoved(contact.id(), contact.version());
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
      ops.setup().scheduler().schedule(pause, () -> retry(contact, attempt + 1));
    }
  }

  /** Records again, unless another node (the leading node's sweep) has done it meanwhile. */
  private void retry(Contact contact, int attempt) {
    if (ops.setup().contacts().find(contact.id()).isPresent()) {
      record(contact, attempt);
    }
  }

  /**
   * Records one agent's wrap-up of a contact that went on without them (they transferred it): the
   * contact's own end is recorded when it ends. If the history is down, it is tried again with the
   * same pauses as an end (5 s, doubling, at most every 5 min).
   */
  void wrappedUp(
      org.cityline.common.ContactId contact,
      Optional<org.cityline.accounts.AccountNumber> account,
      AgentId agent,
      Disposition disposition) {
    wrappedUp(
        new WrapUp(
            contact,
            account,
            agent.value(),
            disposition.code(),
            disposition.note(),
            disposition.at()),
        1);
  }

  private void wrappedUp(WrapUp wrapUp, int attempt) {
    try {
      ops.setup().history().recordWrapUp(wrapUp);
    } catch (RuntimeException e) {
      Duration pause = pause(attempt);
      LOG.error(
          "{}'s wrap-up of contact {} could not be recorded (attempt {}): {}. It is tried again in"
              + " {} s.",
          wrapUp.agent(),
          wrapUp.contact(),
          attempt,
          e.toString(),
          pause.toSeconds());
      ops.setup().scheduler().schedule(pause, () -> wrappedUp(wrapUp, attempt + 1));
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
        contact.isCallback() ? "callback" : "voice",
        request.caller(),
        request.account(),
        request.verified(),
        Optional.of(contact.queue().value()),
        contact.answeredAt().isPresent() ? contact.agent().map(AgentId::value) : Optional.empty(),
        outcome(contact.outcome().orElseThrow()),
        request.trail().stream()
            .map(step -> step.step() + ": " + step.summary())
            .collect(Collectors.joining("\n")),
        request.arrivedAt(),
        contact.answeredAt(),
        contact.endedAt().orElseThrow(),
        contact.endReason());
  }

  /** The history's word for an outcome: "answered", "callback-completed". */
  static String outcome(ContactOutcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static WrapUp wrapUp(Contact contact, AgentId agent, Disposition disposition) {
    return new WrapUp(
        contact.id(),
        contact.request().account(),
        agent.value(),
        disposition.code(),
        disposition.note(),
        disposition.at());
  }
}
