package org.cityline.routing.engine;

import java.time.Instant;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.Change;
import org.cityline.routing.Consult;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.RoutingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conference of three that a warm transfer's consult can become: the agent who consulted brings
 * the held caller in, and both agents stay on the contact, each on their own line (so no line is
 * added and capacity cannot be exceeded). Either agent may leave; the caller stays with the other.
 * When the agent who had the contact leaves, it is a completed warm transfer (the consulted agent
 * has it from then on, and it counts for them); each agent who leaves goes to wrap-up. The caller
 * hanging up ends it for both ({@link CallEvents}).
 *
 * <p>Each step changes the contact first (an atomic command that refuses stale requests), then the
 * agent's line, then the call; when a later step is refused or the phone system fails, the earlier
 * ones are undone.
 */
final class Conferences {

  private static final Logger LOG = LoggerFactory.getLogger(Conferences.class);

  private final Ops ops;
  private final Announcer announce;
  private final WrapUps wrapUps;
  private final Transfers transfers;

  Conferences(Ops ops, Announcer announce, WrapUps wrapUps, Transfers transfers) {
    this.ops = ops;
    this.announce = announce;
    this.wrapUps = wrapUps;
    this.transfers = transfers;
  }

  /** Whether the agent is one of the two in a conference on this contact. */
  boolean includes(AgentId agent, ContactId contactId) {
    return ops.setup()
        .contacts()
        .find(contactId)
        .filter(Contact::inConference)
        .filter(c -> c.isWith(agent) || c.consult().orElseThrow().agent().equals(agent))
        .isPresent();
  }

  /** The agent who consulted brings the held caller into the consult. */
  RoutingResult join(AgentId agentId, ContactId contactId) {
    Instant now = ops.now();
    Change<Contact> change =
        ops.contact(contactId, new ContactCommand.JoinConference(agentId, now));
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact contact = ((Change.Applied<Contact>) change).after();
    AgentId consulted = contact.consult().map(Consult::agent).orElseThrow();
    Change<Agent> resumed = ops.agent(agentId, new AgentCommand.Resume(contactId, now));
    if (resumed instanceof Change.Refused<Agent> refused) {
      ops.contact(contactId, new ContactCommand.SplitConference(agentId, now));
      return RoutingResult.refused(refused.reason());
    }
    try {
      ops.setup()
          .calls()
          .conference(
              contact.call(), transfers.endpointOf(agentId), transfers.endpointOf(consulted));
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not put caller {} of contact {} in a conference with {} and {}: {}",
          contact.call(),
          contactId,
          agentId,
          consulted,
          e.getMessage());
      ops.contact(contactId, new ContactCommand.SplitConference(agentId, now));
      ops.agent(agentId, new AgentCommand.Hold(contactId, now));
      return RoutingResult.refused(
          "The phone system could not join the three of you; the caller stays on hold.");
    }
    LOG.info("{} joined contact {} with {} in a conference", agentId, contactId, consulted);
    announce.contact(contact);
    announce.agent(((Change.Applied<Agent>) resumed).after(), contact);
    ops.setup().agents().find(consulted).ifPresent(agent -> announce.agent(agent, contact));
    return RoutingResult.ok();
  }

  /**
   * One agent leaves the conference and goes to wrap-up; the caller stays with the other (who has
   * the contact from now, when the one leaving had it).
   */
  RoutingResult leave(AgentId agentId, ContactId contactId) {
    return leave(agentId, contactId, By.AGENT);
  }

  /** As {@link #leave(AgentId, ContactId)}; routing's own when the agent's phone failed. */
  RoutingResult leave(AgentId agentId, ContactId contactId, By by) {
    Instant now = ops.now();
    Change<Contact> change =
        ops.contact(contactId, new ContactCommand.LeaveConference(agentId, now));
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact before = ((Change.Applied<Contact>) change).before();
    Contact contact = ((Change.Applied<Contact>) change).after();
    AgentId staying = contact.agent().orElseThrow();
    if (before.isWith(agentId)) {
      Change<Agent> taken = ops.agent(staying, new AgentCommand.TakeOver(contactId, now));
      if (taken instanceof Change.Refused<Agent> refused) {
        LOG.warn("{} could not take over contact {}: {}", staying, contactId, refused.reason());
      }
    }
    wrapUps.start(contact, agentId, by);
    transfers.dropEndpoint(contact, transfers.endpointOf(agentId));
    LOG.info(
        "{} left the conference on contact {}; {} has the caller", agentId, contactId, staying);
    announce.contact(contact);
    ops.setup().agents().find(staying).ifPresent(agent -> announce.agent(agent, contact));
    return RoutingResult.ok();
  }
}
