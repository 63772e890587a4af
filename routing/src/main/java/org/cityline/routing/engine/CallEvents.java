package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.call.CallEvent;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.Callback;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactCommand.ReturnToQueue;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the phone system tells routing about calls. Events for calls routing does not know, and
 * repeats of events already handled, change nothing.
 */
final class CallEvents {

  private static final Logger LOG = LoggerFactory.getLogger(CallEvents.class);

  private final Ops ops;
  private final Announcer announce;
  private final Timers timers;
  private final Statistics statistics;
  private final Endings endings;
  private final Matcher matcher;
  private final Returns returns;
  private final WrapUps wrapUps;
  private final Transfers transfers;
  private final Conferences conferences;
  private final Callbacks callbacks;

  CallEvents(
      Ops ops,
      Announcer announce,
      Timers timers,
      Statistics statistics,
      Endings endings,
      Matcher matcher,
      Returns returns,
      WrapUps wrapUps,
      Transfers transfers,
      Conferences conferences,
      Callbacks callbacks) {
    this.ops = ops;
    this.announce = announce;
    this.timers = timers;
    this.statistics = statistics;
    this.endings = endings;
    this.matcher = matcher;
    this.returns = returns;
    this.wrapUps = wrapUps;
    this.transfers = transfers;
    this.conferences = conferences;
    this.callbacks = callbacks;
    callbacks.early().replayTo(this::on);
  }

  void on(CallEvent event) {
    switch (event) {
      case CallEvent.CallEnded ended -> callEnded(ended);
      case CallEvent.AgentLegFailed failed -> agentLegFailed(failed);
      case CallEvent.CallAnswered answered -> callbacks.answered(answered);
      case CallEvent.AgentConnected connected ->
          LOG.debug(
              "Agent phone {} answered call {}", connected.agentEndpoint(), connected.callId());
      case CallEvent.CallArrived arrived -> LOG.trace("Not routing's: {}", arrived.callId());
      case CallEvent.DigitsEntered digits -> LOG.trace("Not routing's: {}", digits.callId());
      case CallEvent.NoInput noInput -> LOG.trace("Not routing's: {}", noInput.callId());
      case CallEvent.PaymentCaptured paid -> LOG.trace("Not routing's: {}", paid.callId());
    }
  }

  /**
   * A call is over. A callback's call unanswered: it is retried. The caller of a waiting or ringing
   * contact: the contact ends (abandoned if they hung up) unless it is a callback, which keeps its
   * place. A connected caller: the agent goes to wrap-up (and a consult in progress ends).
   */
  private void callEnded(CallEvent.CallEnded event) {
    Optional<Contact> live = ops.setup().contacts().findByCall(event.callId());
    if (live.isEmpty()) {
      callbacks.keepIfEarly(event); // a callback's call ended before routing recorded it?
      return;
    }
    Contact contact = live.get();
    if (!contact.call().equals(event.callId())) {
      // A callback's call not yet recorded by the dialing step (kept for it), or an earlier leg.
      if (contact.callback().isEmpty() || !callbacks.keepIfEarly(event)) {
        ops.setup().contacts().unmapCall(event.callId(), contact.id());
      }
      return;
    }
    if (contact.callback().filter(Callback::dialing).isPresent()) {
      callbacks.notAnswered(contact, "the call ended: " + event.reason());
      return;
    }
    Instant now = ops.now();
    Change<Contact> change =
        ops.contact(
            contact.id(), new ContactCommand.CallEnded(event.callId(), event.reason(), now));
    if (!(change instanceof Change.Applied<Contact> applied)) {
      LOG.debug("Call {} ended again; nothing to do", event.callId());
      return;
    }
    Contact after = applied.after();
    switch (after.state()) {
      case WRAP_UP -> {
        Optional<AgentId> consulted = applied.before().consult().map(c -> c.agent());
        if (applied.before().inConference()) {
          wrapUps.start(after, consulted.orElseThrow(), By.ROUTING); // both wrap up
        } else {
          consulted.ifPresent(agent -> releaseConsult(after, agent));
        }
        wrapUps.start(after, after.agent().orElseThrow(), By.ROUTING);
        announce.contact(after);
      }
      case ENDED -> ended(after, now);
      default -> {
        // a callback keeps its place; its caller's leg is over
        ops.setup().contacts().unmapCall(event.callId(), after.id());
        announce.contact(after);
      }
    }
  }

  private void ended(Contact after, Instant now) {
    LOG.info(
        "Contact {} ended {} while {}",
        after.id(),
        after.outcome().orElseThrow(),
        after.previousState());
    if (after.outcome().orElseThrow() == ContactOutcome.ABANDONED) {
      statistics.abandoned(after, now);
    }
    if (after.previousState() == ContactState.OFFERED) {
      timers.cancel(Timers.ring(after.id()));
      AgentId agent = after.agent().orElseThrow();
      Change<Agent> withdrawn =
          ops.agent(
              agent, new AgentCommand.Release(after.id(), AgentCommand.Release.Why.WITHDRAWN, now));
      announce.offerWithdrawn(agent, after.id(), "The caller hung up.");
      if (withdrawn instanceof Change.Applied<Agent> freed) {
        announce.agent(freed.after());
      }
    }
    announce.contact(after);
    endings.ended(after);
    matcher.drain();
  }

  private void releaseConsult(Contact contact, AgentId consulted) {
    Change<Agent> released =
        ops.agent(
            consulted,
            new AgentCommand.Release(contact.id(), AgentCommand.Release.Why.WITHDRAWN, ops.now()));
    timers.cancel(Timers.consult(contact.id()));
    announce.offerWithdrawn(consulted, contact.id(), "The caller hung up.");
    if (released instanceof Change.Applied<Agent> applied) {
      announce.agent(applied.after());
    }
  }

  /**
   * The agent's phone did not answer, was busy or failed: the contact returns to the front of its
   * queue and the agent is set away (a phone that fails once is likely to fail the next caller too,
   * as Asterisk's autopause and TaskRouter's missed reservations have it). A consulted agent's
   * phone failing ends the consult. A failure of an earlier agent's phone is ignored.
   */
  private void agentLegFailed(CallEvent.AgentLegFailed event) {
    Optional<Contact> live = ops.setup().contacts().findByCall(event.callId());
    if (live.isEmpty()) {
      return;
    }
    Contact contact = live.get();
    if (contact.inConference()) {
      Optional<AgentId> party =
          contact
              .agent()
              .filter(agent -> endpoint(agent, event))
              .or(() -> contact.consult().map(c -> c.agent()).filter(a -> endpoint(a, event)));
      party.ifPresent(
          agent -> {
            LOG.warn(
                "The phone of {} failed ({}) in the conference on contact {}; they leave it",
                agent,
                event.reason(),
                contact.id());
            conferences.leave(agent, contact.id(), By.ROUTING);
          });
      return;
    }
    Optional<AgentId> consulted =
        contact.consult().map(c -> c.agent()).filter(agent -> endpoint(agent, event));
    if (consulted.isPresent()) {
      LOG.warn(
          "The phone of {} failed ({}) during a consult on contact {}",
          consulted.get(),
          event.reason(),
          contact.id());
      transfers.declineConsult(consulted.get(), contact.id());
      return;
    }
    Optional<AgentId> agent = contact.agent().filter(a -> endpoint(a, event));
    if (agent.isEmpty()) {
      LOG.debug(
          "Leg failure of {} on call {} is not the current agent's",
          event.agentEndpoint(),
          event.callId());
      return;
    }
    Change<Contact> change =
        ops.contact(
            contact.id(),
            new ReturnToQueue(agent.get(), ReturnToQueue.Why.AGENT_LEG_FAILED, ops.now()));
    if (change instanceof Change.Applied<Contact> applied) {
      LOG.warn(
          "The phone of {} failed ({}) for contact {}; it returns to the front of its queue and {}"
              + " is set away",
          agent.get(),
          event.reason(),
          contact.id(),
          agent.get());
      returns.returned(
          applied.after(),
          agent.get(),
          AgentCommand.Release.Why.MISSED,
          applied.before().state() == ContactState.OFFERED,
          "Your phone did not connect: " + event.reason());
    }
  }

  private boolean endpoint(AgentId agent, CallEvent.AgentLegFailed event) {
    return ops.setup()
        .agents()
        .find(agent)
        .map(Agent::endpoint)
        .filter(event.agentEndpoint()::equals)
        .isPresent();
  }
}
