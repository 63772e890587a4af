package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
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

  private final Ops ops;
  private final Announcer announce;
  private final Timers timers;
  private final Endings endings;
  private final Matcher matcher;

  Returns(Ops ops, Announcer announce, Timers timers, Endings endings, Matcher matcher) {
    this.ops = ops;
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
    Optional<Contact> contact = ops.setup().contacts().find(contactId);
    if (contact.isEmpty()
        || contact.get().state() != ContactState.OFFERED
        || !contact.get().isWith(agent)) {
      return; // accepted, rejected or ended meanwhile
    }
    Instant now = ops.now();
    Instant expiresAt = contact.get().offerExpiresAt().orElseThrow();
    if (now.isBefore(expiresAt)) {
      timers.arm(Timers.ring(contactId), expiresAt, () -> ringOut(contactId, agent));
      return; // woke early (the clock stepped): wait for the deadline
    }
    Change<Contact> change =
        ops.contact(contactId, new ReturnToQueue(agent, ReturnToQueue.Why.RANG_OUT, now));
    if (change instanceof Change.Applied<Contact> applied) {
      LOG.info("The offer of contact {} to {} rang out; {} is set away", contactId, agent, agent);
      returned(
          applied.after(), agent, AgentCommand.Release.Why.MISSED, true, "The offer rang out.");
    }
  }

  /**
   * Finishes a return the contact's entry already made: frees the agent's line as {@code release}
   * says, announces it, records a contact that ended as failed, and matches again.
   *
   * @param wasOffered whether the contact was ringing for the agent (the offer is withdrawn)
   */
  void returned(
      Contact contact,
      AgentId agent,
      AgentCommand.Release.Why release,
      boolean wasOffered,
      String reason) {
    timers.cancel(Timers.ring(contact.id()));
    Optional<Agent> freed = free(agent, contact.id(), release);
    if (wasOffered) {
      announce.offerWithdrawn(agent, contact.id(), reason);
    }
    announce.contact(contact);
    freed.ifPresent(announce::agent);
    if (contact.state() == ContactState.ENDED) {
      LOG.warn("Contact {} ended as failed: {}", contact.id(), reason);
      endings.ended(contact);
    }
    matcher.drain();
  }

  /** Frees the agent's line; an agent in wrap-up for a call that never reached them is freed. */
  private Optional<Agent> free(AgentId agent, ContactId contact, AgentCommand.Release.Why release) {
    Optional<Agent> current = ops.setup().agents().find(agent);
    Optional<AgentLine> line = current.flatMap(a -> a.line(contact));
    if (line.isEmpty()) {
      LOG.warn("Agent {} of returned contact {} has no line for it", agent, contact);
      return Optional.empty();
    }
    Instant now = ops.now();
    AgentCommand command =
        line.get().state() == AgentLine.State.WRAP_UP
            ? new AgentCommand.FinishWrapUp(contact, By.ROUTING, now)
            : new AgentCommand.Release(contact, release, now);
    Change<Agent> change = ops.agent(agent, command);
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

  /**
   * Undoes an accept: the contact returns to its queue (or ends, failed) and the agent is freed.
   */
  void undoAccept(Contact connected, AgentId agent, ReturnToQueue.Why why, String reason) {
    Change<Contact> back = ops.contact(connected.id(), new ReturnToQueue(agent, why, ops.now()));
    if (back instanceof Change.Applied<Contact> applied) {
      returned(
          applied.after(),
          agent,
          why == ReturnToQueue.Why.CONNECT_FAILED
              ? AgentCommand.Release.Why.MISSED
              : AgentCommand.Release.Why.WITHDRAWN,
          false,
          reason);
    } else {
      LOG.warn(
          "Could not return contact {} to its queue: {}",
          connected.id(),
          ((Change.Refused<Contact>) back).reason());
    }
  }
}
