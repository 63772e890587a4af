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
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactNote;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.TransferTarget;
import org.cityline.routing.WrapUpPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transfers and escalations, blind or warm, to a queue or an agent. The contact keeps its request
 * (account, IVR trail), its arrival time and its notes, and gains the transferring agent's note.
 *
 * <ul>
 *   <li>Blind to a queue: the contact waits there as a new arrival; the agent goes to wrap-up and
 *       their phone leaves the call.
 *   <li>Blind to an agent: the target is reserved and offered it now (refused when they cannot take
 *       it); if they reject it or it rings out, it waits at the front of its queue.
 *   <li>Warm: the caller is held, the target (the agent, or the first free agent of the queue) is
 *       reserved with a consult line and rings; once they accept, their phone joins the call; the
 *       transferring agent then completes (the target has the caller, the first agent wraps up) or
 *       cancels (the target leaves; the caller stays on hold).
 * </ul>
 */
final class Transfers {

  /** The longest transfer note. */
  static final int MOST_NOTE_CHARS = 1_000;

  private static final Logger LOG = LoggerFactory.getLogger(Transfers.class);

  private final Ops ops;
  private final Announcer announce;
  private final Timers timers;
  private final Statistics statistics;
  private final WrapUps wrapUps;
  private final Matcher matcher;
  private final Returns returns;

  Transfers(
      Ops ops,
      Announcer announce,
      Timers timers,
      Statistics statistics,
      WrapUps wrapUps,
      Matcher matcher,
      Returns returns) {
    this.ops = ops;
    this.announce = announce;
    this.timers = timers;
    this.statistics = statistics;
    this.wrapUps = wrapUps;
    this.matcher = matcher;
    this.returns = returns;
  }

  RoutingResult transfer(
      AgentId agent,
      ContactId contactId,
      TransferTarget target,
      TransferTarget.Mode mode,
      String noteText) {
    WrapUpPolicy.Checked note = WrapUpPolicy.checkNote(noteText, MOST_NOTE_CHARS, false);
    if (note instanceof WrapUpPolicy.Invalid invalid) {
      return RoutingResult.refused(invalid.reason());
    }
    String text = ((WrapUpPolicy.Valid) note).note();
    Optional<Contact> contact = ops.setup().contacts().find(contactId);
    Optional<Agent> from = ops.setup().agents().find(agent);
    if (contact.isEmpty() || from.isEmpty() || !contact.get().isWith(agent)) {
      return RoutingResult.refused("You are not on a call with contact " + contactId + ".");
    }
    return switch (target) {
      case TransferTarget.Queue queue when mode == TransferTarget.Mode.BLIND ->
          toQueue(from.get(), contact.get(), queue.queue(), text);
      case TransferTarget.Queue queue ->
          consultQueue(from.get(), contact.get(), queue.queue(), text);
      case TransferTarget.Agent to when mode == TransferTarget.Mode.BLIND ->
          toAgent(from.get(), contact.get(), to.agent(), text);
      case TransferTarget.Agent to -> consult(from.get(), contact.get(), to.agent(), text);
    };
  }

  private Optional<ContactNote> note(AgentId author, String text) {
    return text.isEmpty()
        ? Optional.empty()
        : Optional.of(new ContactNote(author, text, ops.now()));
  }

  private RoutingResult toQueue(Agent from, Contact contact, QueueId queueId, String text) {
    Optional<QueueDefinition> queue = ops.setup().queues().find(queueId);
    if (queue.isEmpty()) {
      return RoutingResult.refused("There is no queue called '" + queueId + "'.");
    }
    if (ops.index().waiting(queueId) >= queue.get().maxWaiting()) {
      return RoutingResult.refused(
          queue.get().name()
              + " is full ("
              + queue.get().maxWaiting()
              + " waiting); try later"
              + " or another queue.");
    }
    Change<Contact> change =
        ops.contact(
            contact.id(),
            new ContactCommand.TransferToQueue(
                from.id(), queueId, queue.get().priority(), note(from.id(), text), ops.now()));
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact after = ((Change.Applied<Contact>) change).after();
    LOG.info("{} transferred contact {} to queue {}", from.id(), contact.id(), queueId);
    statistics.offered(after);
    dropAgent(after, from);
    wrapUps.start(after, from.id(), By.AGENT);
    announce.contact(after);
    matcher.drain();
    return RoutingResult.ok();
  }

  private RoutingResult toAgent(Agent from, Contact contact, AgentId to, String text) {
    Instant now = ops.now();
    Instant expiresAt = now.plus(ringTimeout(contact));
    Optional<Agent> target = reserve(to, contact.id(), AgentLine.Kind.OFFER, now, expiresAt);
    if (target.isEmpty()) {
      return RoutingResult.refused(to + " cannot take a call now.");
    }
    Change<Contact> change =
        ops.contact(
            contact.id(),
            new ContactCommand.TransferToAgent(
                from.id(), to, note(from.id(), text), now, expiresAt));
    if (change instanceof Change.Refused<Contact> refused) {
      release(to, contact.id(), AgentCommand.Release.Why.WITHDRAWN);
      return RoutingResult.refused(refused.reason());
    }
    Contact after = ((Change.Applied<Contact>) change).after();
    LOG.info("{} transferred contact {} to {}", from.id(), contact.id(), to);
    dropAgent(after, from);
    wrapUps.start(after, from.id(), By.AGENT);
    timers.arm(Timers.ring(contact.id()), expiresAt, () -> returns.ringOut(contact.id(), to));
    announce.offerMade(target.get(), after, expiresAt);
    announce.agent(target.get(), after);
    announce.contact(after);
    return RoutingResult.ok();
  }

  /** A warm transfer to a queue consults its first free agent, as its strategy would choose. */
  private RoutingResult consultQueue(Agent from, Contact contact, QueueId queueId, String text) {
    Optional<QueuePlan> plan = ops.setup().queues().plan(queueId);
    if (plan.isEmpty()) {
      return RoutingResult.refused("There is no queue called '" + queueId + "'.");
    }
    var requirement = plan.get().requirement(0, contact.request().skills());
    var preference = plan.get().preference(0, contact.request().skills());
    Optional<Agent> best =
        ops.index()
            .decide(
                (lines, offerable) ->
                    offerable.stream()
                        .filter(agent -> !agent.id().equals(from.id()))
                        .filter(agent -> requirement.metBy(agent.skills()))
                        .min(preference));
    if (best.isEmpty()) {
      return RoutingResult.refused(
          "Nobody in "
              + plan.get().definition().name()
              + " is free now; transfer blind to let"
              + " the caller wait there.");
    }
    return consult(from, contact, best.get().id(), text);
  }

  private RoutingResult consult(Agent from, Contact contact, AgentId to, String text) {
    Instant now = ops.now();
    Instant expiresAt = now.plus(ringTimeout(contact));
    boolean talking = contact.state() == ContactState.CONNECTED;
    Optional<Agent> target = reserve(to, contact.id(), AgentLine.Kind.CONSULT, now, expiresAt);
    if (target.isEmpty()) {
      return RoutingResult.refused(to + " cannot take a call now.");
    }
    Change<Contact> change =
        ops.contact(
            contact.id(), new ContactCommand.StartConsult(from.id(), to, text, now, expiresAt));
    if (change instanceof Change.Refused<Contact> refused) {
      release(to, contact.id(), AgentCommand.Release.Why.WITHDRAWN);
      return RoutingResult.refused(refused.reason());
    }
    Contact after = ((Change.Applied<Contact>) change).after();
    if (talking) {
      Change<Agent> held = ops.agent(from.id(), new AgentCommand.Hold(contact.id(), now));
      try {
        ops.setup().calls().hold(after.call());
      } catch (RuntimeException e) {
        LOG.warn("Could not hold caller {} for a consult: {}", after.call(), e.getMessage());
      }
      if (held instanceof Change.Applied<Agent> applied) {
        announce.agent(applied.after(), after);
      }
    }
    LOG.info("{} consults {} about contact {}", from.id(), to, contact.id());
    timers.arm(Timers.consult(contact.id()), expiresAt, () -> consultRangOut(contact.id(), to));
    announce.offerMade(target.get(), after, expiresAt);
    announce.agent(target.get(), after);
    announce.contact(after);
    return RoutingResult.ok();
  }

  RoutingResult acceptConsult(Agent to, ContactId contactId) {
    Instant now = ops.now();
    Change<Contact> change = ops.contact(contactId, new ContactCommand.AcceptConsult(to.id(), now));
    if (change instanceof Change.Refused<Contact> refused) {
      consultRangOut(contactId, to.id());
      return RoutingResult.refused(refused.reason());
    }
    Contact contact = ((Change.Applied<Contact>) change).after();
    Change<Agent> accepted = ops.agent(to.id(), new AgentCommand.Accept(contactId, now));
    if (accepted instanceof Change.Refused<Agent> refused) {
      endConsult(contactId, Optional.of(to.id()), to.id(), AgentCommand.Release.Why.WITHDRAWN);
      return RoutingResult.refused(refused.reason());
    }
    timers.cancel(Timers.consult(contactId));
    try {
      ops.setup().calls().addAgent(contact.call(), to.endpoint());
    } catch (RuntimeException e) {
      LOG.warn("Could not bring {} onto call {}: {}", to.id(), contact.call(), e.getMessage());
      endConsult(contactId, Optional.of(to.id()), to.id(), AgentCommand.Release.Why.WITHDRAWN);
      return RoutingResult.refused(
          "The phone system could not bring you onto the call; the transfer is called off.");
    }
    announce.contact(contact);
    announce.agent(((Change.Applied<Agent>) accepted).after(), contact);
    return RoutingResult.ok();
  }

  RoutingResult declineConsult(AgentId to, ContactId contactId) {
    return endConsult(contactId, Optional.of(to), to, AgentCommand.Release.Why.REJECTED);
  }

  RoutingResult hangUpConsult(AgentId to, ContactId contactId) {
    RoutingResult ended =
        endConsult(contactId, Optional.of(to), to, AgentCommand.Release.Why.HUNG_UP);
    if (ended.done()) {
      ops.setup()
          .contacts()
          .find(contactId)
          .ifPresent(contact -> dropEndpoint(contact, endpointOf(to)));
    }
    return ended;
  }

  RoutingResult complete(AgentId from, ContactId contactId) {
    Instant now = ops.now();
    Change<Contact> change = ops.contact(contactId, new ContactCommand.CompleteTransfer(from, now));
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact contact = ((Change.Applied<Contact>) change).after();
    AgentId to = contact.agent().orElseThrow();
    Change<Agent> taken = ops.agent(to, new AgentCommand.TakeOver(contactId, now));
    LOG.info("{} completed the transfer of contact {} to {}", from, contactId, to);
    ops.setup().agents().find(from).ifPresent(agent -> dropAgent(contact, agent));
    try {
      ops.setup().calls().resume(contact.call());
    } catch (RuntimeException e) {
      LOG.warn("Could not take caller {} off hold: {}", contact.call(), e.getMessage());
    }
    wrapUps.start(contact, from, By.AGENT);
    announce.contact(contact);
    if (taken instanceof Change.Applied<Agent> applied) {
      announce.agent(applied.after(), contact);
    }
    return RoutingResult.ok();
  }

  RoutingResult cancel(AgentId from, ContactId contactId) {
    Optional<Contact> contact = ops.setup().contacts().find(contactId);
    Optional<AgentId> to = contact.flatMap(Contact::consult).map(c -> c.agent());
    boolean joined = contact.flatMap(Contact::consult).map(c -> c.accepted()).orElse(false);
    if (to.isEmpty() || !contact.get().isWith(from)) {
      return RoutingResult.refused("You are not transferring contact " + contactId + ".");
    }
    RoutingResult ended =
        endConsult(contactId, Optional.of(from), to.get(), AgentCommand.Release.Why.WITHDRAWN);
    if (ended.done() && joined) {
      dropEndpoint(contact.get(), endpointOf(to.get()));
    }
    return ended;
  }

  /** A consult not taken in time rings out: the consulted agent is set away, having missed it. */
  void consultRangOut(ContactId contactId, AgentId to) {
    Optional<Contact> contact = ops.setup().contacts().find(contactId);
    boolean ringing =
        contact
            .flatMap(Contact::consult)
            .filter(c -> c.agent().equals(to) && !c.accepted())
            .filter(c -> !ops.now().isBefore(c.expiresAt()))
            .isPresent();
    if (ringing) {
      endConsult(contactId, Optional.empty(), to, AgentCommand.Release.Why.MISSED);
    }
  }

  private RoutingResult endConsult(
      ContactId contactId, Optional<AgentId> by, AgentId to, AgentCommand.Release.Why why) {
    Change<Contact> change = ops.contact(contactId, new ContactCommand.EndConsult(by, ops.now()));
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact contact = ((Change.Applied<Contact>) change).after();
    timers.cancel(Timers.consult(contactId));
    Optional<Agent> released = release(to, contactId, why);
    announce.offerWithdrawn(to, contactId, "The transfer was called off.");
    announce.contact(contact);
    released.ifPresent(agent -> announce.agent(agent));
    matcher.drain();
    return RoutingResult.ok();
  }

  private Optional<Agent> reserve(
      AgentId agent, ContactId contact, AgentLine.Kind kind, Instant now, Instant expiresAt) {
    Change<Agent> change =
        ops.agent(agent, new AgentCommand.Reserve(contact, kind, now, expiresAt));
    return change instanceof Change.Applied<Agent> applied
        ? Optional.of(applied.after())
        : Optional.empty();
  }

  private Optional<Agent> release(AgentId agent, ContactId contact, AgentCommand.Release.Why why) {
    Change<Agent> change = ops.agent(agent, new AgentCommand.Release(contact, why, ops.now()));
    return change instanceof Change.Applied<Agent> applied
        ? Optional.of(applied.after())
        : Optional.empty();
  }

  private java.time.Duration ringTimeout(Contact contact) {
    return ops.setup()
        .queues()
        .find(contact.queue())
        .map(QueueDefinition::ringTimeout)
        .orElse(java.time.Duration.ofSeconds(20));
  }

  String endpointOf(AgentId agent) {
    return ops.setup().agents().find(agent).map(Agent::endpoint).orElse("");
  }

  private void dropAgent(Contact contact, Agent agent) {
    dropEndpoint(contact, agent.endpoint());
  }

  void dropEndpoint(Contact contact, String endpoint) {
    if (endpoint.isEmpty()) {
      return;
    }
    try {
      ops.setup().calls().dropAgent(contact.call(), endpoint);
    } catch (RuntimeException e) {
      LOG.warn("Could not take {} off call {}: {}", endpoint, contact.call(), e.getMessage());
    }
  }
}
