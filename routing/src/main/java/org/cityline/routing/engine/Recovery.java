package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Optional;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentLine;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repairs what a lost node left half done, from the shared state alone: every step is idempotent,
 * so every surviving node may run it at once.
 *
 * <ul>
 *   <li>a queued contact missing from its waiting list gets its place back;
 *   <li>a ringing offer gets a ring timer on this node (the deadline is in the contact);
 *   <li>an ended contact not yet recorded is recorded and forgotten;
 *   <li>an agent reserved for an offer that never reached the contact is freed once the offer's
 *       deadline has passed;
 *   <li>then every queue is matched.
 * </ul>
 */
final class Recovery {

  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

  private final RouterSetup setup;
  private final Announcer announce;
  private final OfferTimers timers;
  private final Endings endings;
  private final Matcher matcher;

  Recovery(
      RouterSetup setup, Announcer announce, OfferTimers timers, Endings endings, Matcher matcher) {
    this.setup = setup;
    this.announce = announce;
    this.timers = timers;
    this.endings = endings;
    this.matcher = matcher;
  }

  void run() {
    int contacts = 0;
    for (Contact contact : setup.contacts().all()) {
      contacts++;
      switch (contact.state()) {
        case QUEUED -> setup.queues().join(contact.queue(), contact.waiting());
        case OFFERED ->
            timers.arm(
                contact.id(),
                contact.agent().orElseThrow(),
                contact.offerExpiresAt().orElseThrow());
        case ENDED -> endings.ended(contact);
        case CONNECTED, ON_HOLD, WRAP_UP -> {
          // with an agent, who goes on with it
        }
      }
    }
    Instant now = setup.clock().instant();
    for (Agent agent : setup.agents().all()) {
      for (AgentLine line : agent.lines()) {
        if (line.offerExpiresAt().isPresent() && !line.offerExpiresAt().get().isAfter(now)) {
          releaseIfDangling(agent, line, now);
        }
      }
    }
    LOG.info("Routing recovery looked at {} live contacts", contacts);
    matcher.matchAll();
  }

  private void releaseIfDangling(Agent agent, AgentLine line, Instant now) {
    Optional<Contact> contact = setup.contacts().find(line.contact());
    boolean offered =
        contact.isPresent()
            && contact.get().state() == ContactState.OFFERED
            && contact.get().isWith(agent.id());
    if (offered) {
      return; // its ring timer deals with it
    }
    Change<Agent> released =
        setup
            .agents()
            .apply(
                agent.id(),
                new AgentCommand.Release(line.contact(), AgentCommand.Release.Why.WITHDRAWN, now));
    if (released instanceof Change.Applied<Agent> applied) {
      LOG.warn(
          "Freed {} from a reservation for contact {} that a lost node left behind",
          agent.id(),
          line.contact());
      announce.agent(applied.after());
      announce.queuesOf(applied.after());
    }
  }
}
