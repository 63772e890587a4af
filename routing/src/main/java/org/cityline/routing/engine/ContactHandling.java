package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactCommand.ReturnToQueue;
import org.cityline.routing.RoutingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an agent does with a contact on their lines: accept or reject an offer, hold, resume, hang
 * up. Each step changes the contact first (atomically, which settles races with ring timeouts and
 * hang-ups), then the agent, then drives the call. A line that is a consult (a colleague's warm
 * transfer) is handed to {@link Transfers}; a callback's accept to {@link Callbacks}.
 */
final class ContactHandling {

  private static final Logger LOG = LoggerFactory.getLogger(ContactHandling.class);

  private final Ops ops;
  private final Announcer announce;
  private final Timers timers;
  private final Statistics statistics;
  private final Returns returns;
  private final WrapUps wrapUps;
  private final Transfers transfers;
  private final Callbacks callbacks;

  ContactHandling(
      Ops ops,
      Announcer announce,
      Timers timers,
      Statistics statistics,
      Returns returns,
      WrapUps wrapUps,
      Transfers transfers,
      Callbacks callbacks) {
    this.ops = ops;
    this.announce = announce;
    this.timers = timers;
    this.statistics = statistics;
    this.returns = returns;
    this.wrapUps = wrapUps;
    this.transfers = transfers;
    this.callbacks = callbacks;
  }

  private Optional<AgentLine> consultLine(AgentId agent, ContactId contact) {
    return ops.setup()
        .agents()
        .find(agent)
        .flatMap(a -> a.line(contact))
        .filter(line -> line.kind() == AgentLine.Kind.CONSULT);
  }

  RoutingResult accept(AgentId agentId, ContactId contactId) {
    Optional<Agent> agent = ops.setup().agents().find(agentId);
    if (agent.isEmpty()) {
      return RoutingResult.refused("You are not signed in.");
    }
    if (agent.get().line(contactId).filter(l -> l.kind() == AgentLine.Kind.CONSULT).isPresent()) {
      return transfers.acceptConsult(agent.get(), contactId);
    }
    Instant now = ops.now();
    Change<Contact> contact = ops.contact(contactId, new ContactCommand.Accept(agentId, now));
    if (contact instanceof Change.Refused<Contact> refused) {
      returns.ringOut(contactId, agentId); // an offer past its time rings out now
      return RoutingResult.refused(refused.reason());
    }
    Contact connected = ((Change.Applied<Contact>) contact).after();
    statistics.answeredOnce((Change.Applied<Contact>) contact, now);
    Change<Agent> onCall = ops.agent(agentId, new AgentCommand.Accept(contactId, now));
    if (onCall instanceof Change.Refused<Agent> refused) {
      LOG.warn(
          "{} accepted contact {} but their line refused: {}",
          agentId,
          contactId,
          refused.reason());
      returns.undoAccept(connected, agentId, ReturnToQueue.Why.CANCELLED, refused.reason());
      return RoutingResult.refused(refused.reason());
    }
    timers.cancel(Timers.ring(contactId));
    Agent after = ((Change.Applied<Agent>) onCall).after();
    announce.contact(connected);
    announce.agent(after, connected);
    if (connected.callback().filter(org.cityline.routing.Callback::dialing).isPresent()) {
      return callbacks.dial(connected, after);
    }
    try {
      ops.setup().calls().connectAgent(connected.call(), agent.get().endpoint());
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not connect {} ({}) to caller {} of contact {}: {}. The contact returns to the"
              + " front of queue {} and {} is set away.",
          agentId,
          agent.get().endpoint(),
          connected.call(),
          contactId,
          e.getMessage(),
          connected.queue(),
          agentId);
      returns.undoAccept(connected, agentId, ReturnToQueue.Why.CONNECT_FAILED, e.getMessage());
      return RoutingResult.refused(
          "The phone system could not connect the caller to your phone; the caller is back at"
              + " the front of the queue.");
    }
    LOG.info("{} accepted contact {}", agentId, contactId);
    return RoutingResult.ok();
  }

  RoutingResult reject(AgentId agentId, ContactId contactId) {
    if (consultLine(agentId, contactId).isPresent()) {
      return transfers.declineConsult(agentId, contactId);
    }
    Change<Contact> change =
        ops.contact(contactId, new ReturnToQueue(agentId, ReturnToQueue.Why.REJECTED, ops.now()));
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    LOG.info("{} rejected contact {}", agentId, contactId);
    returns.returned(
        ((Change.Applied<Contact>) change).after(),
        agentId,
        AgentCommand.Release.Why.REJECTED,
        true,
        "You rejected the offer.");
    return RoutingResult.ok();
  }

  RoutingResult hold(AgentId agentId, ContactId contactId) {
    Instant now = ops.now();
    return onCallChange(
        agentId,
        contactId,
        new ContactCommand.Hold(agentId, now),
        new AgentCommand.Hold(contactId, now),
        new ContactCommand.Resume(agentId, now),
        new AgentCommand.Resume(contactId, now),
        ops.setup().calls()::hold,
        "put the caller on hold");
  }

  RoutingResult resume(AgentId agentId, ContactId contactId) {
    Instant now = ops.now();
    return onCallChange(
        agentId,
        contactId,
        new ContactCommand.Resume(agentId, now),
        new AgentCommand.Resume(contactId, now),
        new ContactCommand.Hold(agentId, now),
        new AgentCommand.Hold(contactId, now),
        ops.setup().calls()::resume,
        "take the caller off hold");
  }

  /**
   * Changes the contact and the agent's line, then the call; if either store refuses or the phone
   * system fails, what was changed is undone and nothing changed.
   */
  private RoutingResult onCallChange(
      AgentId agentId,
      ContactId contactId,
      ContactCommand contactCommand,
      AgentCommand agentCommand,
      ContactCommand contactUndo,
      AgentCommand agentUndo,
      Consumer<CallId> onCall,
      String what) {
    Change<Contact> contact = ops.contact(contactId, contactCommand);
    if (contact instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Change<Agent> agent = ops.agent(agentId, agentCommand);
    if (agent instanceof Change.Refused<Agent> refused) {
      ops.contact(contactId, contactUndo);
      return RoutingResult.refused(refused.reason());
    }
    Contact changed = ((Change.Applied<Contact>) contact).after();
    try {
      onCall.accept(changed.call());
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not {} for contact {} (call {}): {}",
          what,
          contactId,
          changed.call(),
          e.getMessage());
      ops.contact(contactId, contactUndo);
      ops.agent(agentId, agentUndo);
      return RoutingResult.refused("The phone system could not " + what + "; try again.");
    }
    announce.contact(changed);
    announce.agent(((Change.Applied<Agent>) agent).after(), changed);
    return RoutingResult.ok();
  }

  RoutingResult hangUp(AgentId agentId, ContactId contactId) {
    if (consultLine(agentId, contactId).isPresent()) {
      return transfers.hangUpConsult(agentId, contactId);
    }
    Instant now = ops.now();
    Change<Contact> contact = ops.contact(contactId, new ContactCommand.HangUp(agentId, now));
    if (contact instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact wrapping = ((Change.Applied<Contact>) contact).after();
    wrapUps.start(wrapping, agentId, By.AGENT);
    try {
      ops.setup().calls().hangup(wrapping.call());
    } catch (RuntimeException e) {
      LOG.warn(
          "Hanging up call {} of contact {} failed: {}. The call may already be over; the"
              + " contact is in wrap-up.",
          wrapping.call(),
          contactId,
          e.getMessage());
    }
    announce.contact(wrapping);
    return RoutingResult.ok();
  }
}
