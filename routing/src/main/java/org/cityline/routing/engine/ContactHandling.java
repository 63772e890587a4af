package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactCommand.ReturnToQueue;
import org.cityline.routing.Disposition;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.WrapUpPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an agent does with a contact on their lines: accept or reject an offer, hold, resume, hang
 * up, finish wrap-up. Each step changes the contact first (atomically, which settles races with
 * ring timeouts and hang-ups), then the agent, then drives the caller's call.
 */
final class ContactHandling {

  private static final Logger LOG = LoggerFactory.getLogger(ContactHandling.class);

  private final RouterSetup setup;
  private final Announcer announce;
  private final OfferTimers timers;
  private final Endings endings;
  private final Matcher matcher;
  private final Returns returns;

  ContactHandling(
      RouterSetup setup,
      Announcer announce,
      OfferTimers timers,
      Endings endings,
      Matcher matcher,
      Returns returns) {
    this.setup = setup;
    this.announce = announce;
    this.timers = timers;
    this.endings = endings;
    this.matcher = matcher;
    this.returns = returns;
  }

  RoutingResult accept(AgentId agentId, ContactId contactId) {
    Optional<Agent> agent = setup.agents().find(agentId);
    if (agent.isEmpty()) {
      return RoutingResult.refused("You are not signed in.");
    }
    Instant now = setup.clock().instant();
    Change<Contact> contact =
        setup.contacts().apply(contactId, new ContactCommand.Accept(agentId, now));
    if (contact instanceof Change.Refused<Contact> refused) {
      returns.ringOut(contactId, agentId); // an offer past its time rings out now
      return RoutingResult.refused(refused.reason());
    }
    Contact connected = ((Change.Applied<Contact>) contact).after();
    Change<Agent> onCall = setup.agents().apply(agentId, new AgentCommand.Accept(contactId, now));
    if (onCall instanceof Change.Refused<Agent> refused) {
      LOG.warn(
          "{} accepted contact {} but their line refused: {}",
          agentId,
          contactId,
          refused.reason());
      undo(connected, agentId, ReturnToQueue.Why.CANCELLED, refused.reason());
      return RoutingResult.refused(refused.reason());
    }
    timers.cancel(contactId);
    announce.contact(connected);
    announce.agent(((Change.Applied<Agent>) onCall).after());
    announce.queuesOf(((Change.Applied<Agent>) onCall).after());
    try {
      setup.calls().connectAgent(connected.call(), agent.get().endpoint());
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
      undo(connected, agentId, ReturnToQueue.Why.CONNECT_FAILED, e.getMessage());
      return RoutingResult.refused(
          "The phone system could not connect the caller to your phone; the caller is back at"
              + " the front of the queue.");
    }
    LOG.info("{} accepted contact {}", agentId, contactId);
    return RoutingResult.ok();
  }

  RoutingResult reject(AgentId agentId, ContactId contactId) {
    Change<Contact> change =
        setup
            .contacts()
            .apply(
                contactId,
                new ReturnToQueue(agentId, ReturnToQueue.Why.REJECTED, setup.clock().instant()));
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    LOG.info("{} rejected contact {}", agentId, contactId);
    returns.returned(
        (Change.Applied<Contact>) change,
        agentId,
        AgentCommand.Release.Why.REJECTED,
        "You rejected the offer.");
    return RoutingResult.ok();
  }

  RoutingResult hold(AgentId agentId, ContactId contactId) {
    Instant now = setup.clock().instant();
    return onCallChange(
        agentId,
        contactId,
        new ContactCommand.Hold(agentId, now),
        new AgentCommand.Hold(contactId, now),
        new ContactCommand.Resume(agentId, now),
        new AgentCommand.Resume(contactId, now),
        setup.calls()::hold,
        "put the caller on hold");
  }

  RoutingResult resume(AgentId agentId, ContactId contactId) {
    Instant now = setup.clock().instant();
    return onCallChange(
        agentId,
        contactId,
        new ContactCommand.Resume(agentId, now),
        new AgentCommand.Resume(contactId, now),
        new ContactCommand.Hold(agentId, now),
        new AgentCommand.Hold(contactId, now),
        setup.calls()::resume,
        "take the caller off hold");
  }

  /**
   * Changes the contact and the agent, then the call; if the phone system fails, both changes are
   * undone and nothing changed.
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
    Change<Contact> contact = setup.contacts().apply(contactId, contactCommand);
    if (contact instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Change<Agent> agent = setup.agents().apply(agentId, agentCommand);
    if (agent instanceof Change.Refused<Agent> refused) {
      setup.contacts().apply(contactId, contactUndo);
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
      setup.agents().apply(agentId, agentUndo);
      setup.contacts().apply(contactId, contactUndo);
      return RoutingResult.refused("The phone system could not " + what + "; try again.");
    }
    announce.contact(changed);
    announce.agent(((Change.Applied<Agent>) agent).after());
    announce.queuesOf(((Change.Applied<Agent>) agent).after());
    return RoutingResult.ok();
  }

  RoutingResult hangUp(AgentId agentId, ContactId contactId) {
    Instant now = setup.clock().instant();
    Change<Contact> contact =
        setup.contacts().apply(contactId, new ContactCommand.HangUp(agentId, now));
    if (contact instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact wrapping = ((Change.Applied<Contact>) contact).after();
    Change<Agent> agent =
        setup.agents().apply(agentId, new AgentCommand.StartWrapUp(contactId, By.AGENT, now));
    try {
      setup.calls().hangup(wrapping.call());
    } catch (RuntimeException e) {
      LOG.warn(
          "Hanging up call {} of contact {} failed: {}. The call may already be over; the"
              + " contact is in wrap-up.",
          wrapping.call(),
          contactId,
          e.getMessage());
    }
    announce.contact(wrapping);
    announceAgent(agent, contactId);
    return RoutingResult.ok();
  }

  RoutingResult finishWrapUp(AgentId agentId, ContactId contactId, String code, String note) {
    WrapUpPolicy.Checked checked = setup.wrapUp().check(code, note);
    if (checked instanceof WrapUpPolicy.Invalid invalid) {
      return RoutingResult.refused(invalid.reason());
    }
    WrapUpPolicy.Valid valid = (WrapUpPolicy.Valid) checked;
    Instant now = setup.clock().instant();
    Change<Contact> contact =
        setup
            .contacts()
            .apply(
                contactId,
                new ContactCommand.FinishWrapUp(
                    agentId, new Disposition(valid.code(), valid.note(), now)));
    if (contact instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact ended = ((Change.Applied<Contact>) contact).after();
    Change<Agent> agent =
        setup.agents().apply(agentId, new AgentCommand.FinishWrapUp(contactId, By.AGENT, now));
    LOG.info("{} finished wrap-up of contact {} as {}", agentId, contactId, valid.code());
    announce.contact(ended);
    announceAgent(agent, contactId);
    endings.ended(ended);
    if (agent instanceof Change.Applied<Agent> applied) {
      matcher.matchFor(applied.after());
    }
    return RoutingResult.ok();
  }

  private void announceAgent(Change<Agent> change, ContactId contact) {
    if (change instanceof Change.Applied<Agent> applied) {
      announce.agent(applied.after());
      announce.queuesOf(applied.after());
    } else {
      LOG.warn(
          "The agent's line of contact {} refused: {}",
          contact,
          ((Change.Refused<Agent>) change).reason());
    }
  }

  /**
   * Undoes an accept: the contact returns to its queue (or ends, failed) and the agent is freed.
   */
  private void undo(Contact connected, AgentId agent, ReturnToQueue.Why why, String reason) {
    Change<Contact> back =
        setup
            .contacts()
            .apply(connected.id(), new ReturnToQueue(agent, why, setup.clock().instant()));
    if (back instanceof Change.Applied<Contact> applied) {
      returns.returned(
          applied,
          agent,
          why == ReturnToQueue.Why.CONNECT_FAILED
              ? AgentCommand.Release.Why.MISSED
              : AgentCommand.Release.Why.WITHDRAWN,
          reason);
    } else {
      LOG.warn(
          "Could not return contact {} to its queue: {}",
          connected.id(),
          ((Change.Refused<Contact>) back).reason());
    }
  }
}
