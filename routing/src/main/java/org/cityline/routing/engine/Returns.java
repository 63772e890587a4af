package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand.ReturnToQueue;
import org.cityline.routing.ContactState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a contact that came back from an agent (rejected, rang out, the agent's phone failed) back
 * at the front of its queue, frees the agent's line, and matches again. Also rings offers out when
 * their time is up.
 */
final class Returns {

  private static final Logger LOG = LoggerFactory.getLogger(Returns.class);

  private final RouterSetup setup;
  private final Announcer announce;
  private final OfferTimers timers;
  private final Endings endings;
  private final Matcher matcher;

  Returns(
      RouterSetup setup, Announcer announce, OfferTimers timers, Endings endings, Matcher matcher) {
    this.setup = setup;
    this.announce = announce;
    this.timers = timers;
    this.endings = endings;
    this.matcher = matcher;
  }

  /**
   * The offer's time is up: if it still rings, the contact returns to the front of its queue and
   * the agent is set away, having missed it. Idempotent; any node may call it.
   */
  void ringOut(ContactId contactId, AgentId agent) {
    Optional<Contact> contact = setup.contacts().find(contactId);
    if (contact.isEmpty()
        || contact.get().state() != ContactState.OFFERED
        || !contact.get().isWith(agent)) {
      return; // accepted, rejected or ended meanwhile
    }
    Instant now = setup.clock().instant();
    Instant expiresAt = contact.get().offerExpiresAt().orElseThrow();
    if (now.isBefore(expiresAt)) {
      timers.arm(contactId, agent, expiresAt); // woke early (clock steps): wait for the deadline
      return;
    }
    Change<Contact> change =
        setup
            .contacts()
            .apply(contactId, new ReturnToQueue(agent, ReturnToQueue.Why.RANG_OUT, now));
    if (change instanceof Change.Applied<Contact> applied) {
      LOG.info("The offer of contact {} to {} rang out; {} is set away", contactId, agent, agent);
      returned(applied, agent, AgentCommand.Release.Why.MISSED, "The offer rang out.");
    }
  }

  /**
   * Finishes a return the contact's entry already made: places the contact in its queue (or records
   * it, when it ended as failed), frees the agent's line as {@code release} says, announces it and
   * matches again.
   */
  void returned(
      Change.Applied<Contact> change,
      AgentId agent,
      AgentCommand.Release.Why release,
      String reason) {
    Contact contact = change.after();
    Instant now = setup.clock().instant();
    timers.cancel(contact.id());
    if (contact.state() == ContactState.QUEUED) {
      setup.queues().join(contact.queue(), contact.waiting());
    }
    Optional<Agent> freed = free(agent, contact.id(), release, now);
    if (change.before().state() == ContactState.OFFERED) {
      announce.offerWithdrawn(agent, contact.id(), reason);
    }
    announce.contact(contact);
    freed.ifPresent(announce::agent);
    freed.ifPresentOrElse(announce::queuesOf, () -> announce.queue(contact.queue()));
    if (contact.state() == ContactState.ENDED) {
      LOG.warn("Contact {} ended as failed: {}", contact.id(), reason);
      endings.ended(contact);
    }
    matcher.match(contact.queue());
    freed.filter(a -> a.state() == AgentState.AVAILABLE).ifPresent(matcher::matchFor);
  }

  /** Frees the agent's line; an agent in wrap-up for a call that never reached them is freed. */
  private Optional<Agent> free(
      AgentId agent, ContactId contact, AgentCommand.Release.Why release, Instant now) {
    Optional<Agent> current = setup.agents().find(agent);
    if (current.isEmpty()) {
      LOG.warn("Agent {} of returned contact {} is not signed in", agent, contact);
      return Optional.empty();
    }
    AgentCommand command =
        current.get().state() == AgentState.WRAP_UP
            ? new AgentCommand.FinishWrapUp(contact, By.ROUTING, now)
            : new AgentCommand.Release(contact, release, now);
    Change<Agent> change = setup.agents().apply(agent, command);
    if (change instanceof Change.Applied<Agent> applied) {
      return Optional.of(applied.after());
    }
    LOG.warn(
        "Could not free {}'s line of contact {}: {}",
        agent,
        contact,
        ((Change.Refused<Agent>) change).reason());
    return Optional.empty();
  }
}
