package org.cityline.routing.engine;

import java.time.Duration;
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
import org.cityline.routing.ContactState;
import org.cityline.routing.Disposition;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.WrapUpPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wrap-up: it starts when a call ends, lasts the queue's wrap-up time (which the agent may extend),
 * and ends when the agent records a disposition and a note, or when routing closes it at its
 * deadline with the system disposition {@value #TIMED_OUT} (as Genesys does with its wrap-up
 * timeout code), so an agent never stays out of routing by forgetting it.
 */
final class WrapUps {

  /** The disposition routing records when wrap-up time runs out. */
  static final String TIMED_OUT = "wrap-up-timed-out";

  private static final Logger LOG = LoggerFactory.getLogger(WrapUps.class);
  private static final String TIMED_OUT_NOTE = "No disposition: the wrap-up time ran out.";

  private final Ops ops;
  private final Announcer announce;
  private final Timers timers;
  private final Statistics statistics;
  private final Endings endings;
  private final Matcher matcher;

  WrapUps(
      Ops ops,
      Announcer announce,
      Timers timers,
      Statistics statistics,
      Endings endings,
      Matcher matcher) {
    this.ops = ops;
    this.announce = announce;
    this.timers = timers;
    this.statistics = statistics;
    this.endings = endings;
    this.matcher = matcher;
  }

  /** The agent's line of this contact goes to wrap-up until the queue's wrap-up time is up. */
  void start(Contact contact, AgentId agent, By by) {
    Instant now = ops.now();
    Duration time =
        ops.setup()
            .queues()
            .find(contact.queue())
            .map(QueueDefinition::wrapUpTime)
            .orElse(Duration.ofMinutes(1));
    Instant deadline = now.plus(time);
    Change<Agent> change =
        ops.agent(agent, new AgentCommand.StartWrapUp(contact.id(), by, now, deadline));
    if (change instanceof Change.Applied<Agent> applied) {
      timers.arm(Timers.wrapUp(agent, contact.id()), deadline, () -> expire(agent, contact.id()));
      announce.agent(applied.after(), contact);
    } else {
      LOG.warn(
          "{}'s line of contact {} could not start wrap-up: {}",
          agent,
          contact.id(),
          ((Change.Refused<Agent>) change).reason());
    }
  }

  RoutingResult finish(AgentId agentId, ContactId contactId, String code, String note) {
    WrapUpPolicy.Checked checked = ops.setup().wrapUp().check(code, note);
    if (checked instanceof WrapUpPolicy.Invalid invalid) {
      return RoutingResult.refused(invalid.reason());
    }
    WrapUpPolicy.Valid valid = (WrapUpPolicy.Valid) checked;
    Optional<AgentLine> line =
        ops.setup().agents().find(agentId).flatMap(agent -> agent.line(contactId));
    if (line.isEmpty() || line.get().state() != AgentLine.State.WRAP_UP) {
      return RoutingResult.refused("Contact " + contactId + " is not in wrap-up with you.");
    }
    return close(
        agentId, contactId, new Disposition(valid.code(), valid.note(), ops.now()), By.AGENT);
  }

  RoutingResult extend(AgentId agentId, ContactId contactId, Duration extra) {
    if (extra == null) {
      return RoutingResult.refused("Say how much more time you need.");
    }
    Change<Agent> change =
        ops.agent(agentId, new AgentCommand.ExtendWrapUp(contactId, extra, ops.now()));
    if (change instanceof Change.Refused<Agent> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Agent after = ((Change.Applied<Agent>) change).after();
    Instant deadline = after.line(contactId).orElseThrow().deadline().orElseThrow();
    timers.arm(Timers.wrapUp(agentId, contactId), deadline, () -> expire(agentId, contactId));
    announce.agent(after);
    return RoutingResult.ok();
  }

  /**
   * The wrap-up's deadline passed: routing closes it with the system disposition. Idempotent; any
   * node may call it (the leading node's sweep does for a node that was lost).
   */
  void expire(AgentId agentId, ContactId contactId) {
    Optional<AgentLine> line =
        ops.setup().agents().find(agentId).flatMap(agent -> agent.line(contactId));
    Instant now = ops.now();
    if (line.isEmpty()
        || line.get().state() != AgentLine.State.WRAP_UP
        || line.get().deadline().orElseThrow().isAfter(now)) {
      return; // finished, or extended meanwhile
    }
    LOG.info("{}'s wrap-up of contact {} ran out; routing closes it", agentId, contactId);
    close(agentId, contactId, new Disposition(TIMED_OUT, TIMED_OUT_NOTE, now), By.ROUTING);
  }

  /**
   * Closes the agent's wrap-up: if the contact is still in wrap-up with them it ends (recorded with
   * the disposition); if it went on without them (transferred), their own wrap-up is recorded.
   */
  private RoutingResult close(
      AgentId agentId, ContactId contactId, Disposition disposition, By by) {
    Optional<Contact> contact = ops.setup().contacts().find(contactId);
    Contact ended = null;
    if (contact.isPresent()
        && contact.get().state() == ContactState.WRAP_UP
        && contact.get().isWith(agentId)) {
      Change<Contact> change =
          ops.contact(contactId, new ContactCommand.FinishWrapUp(agentId, disposition));
      if (change instanceof Change.Refused<Contact> refused) {
        return RoutingResult.refused(refused.reason());
      }
      ended = ((Change.Applied<Contact>) change).after();
    }
    Change<Agent> agent =
        ops.agent(agentId, new AgentCommand.FinishWrapUp(contactId, by, disposition.at()));
    timers.cancel(Timers.wrapUp(agentId, contactId));
    if (agent instanceof Change.Refused<Agent> refused && ended == null) {
      return RoutingResult.refused(refused.reason());
    }
    LOG.info("{} finished wrap-up of contact {} as {}", agentId, contactId, disposition.code());
    if (ended != null) {
      statistics.handled(ended, disposition.at());
      announce.contact(ended);
      endings.ended(ended);
    } else {
      endings.wrappedUp(
          contactId, contact.flatMap(c -> c.request().account()), agentId, disposition);
    }
    if (agent instanceof Change.Applied<Agent> applied) {
      announce.agent(applied.after());
    }
    matcher.drain();
    return RoutingResult.ok();
  }
}
