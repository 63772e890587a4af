package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.call.CallEvent;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactCommand.ReturnToQueue;
import org.cityline.routing.ContactState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the phone system tells routing about a caller's call. Events for calls routing does not
 * know, and repeats of events already handled, change nothing.
 */
final class CallEvents {

  private static final Logger LOG = LoggerFactory.getLogger(CallEvents.class);

  private final RouterSetup setup;
  private final Announcer announce;
  private final OfferTimers timers;
  private final Endings endings;
  private final Matcher matcher;
  private final Returns returns;

  CallEvents(
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

  void on(CallEvent event) {
    switch (event) {
      case CallEvent.CallEnded ended -> callEnded(ended);
      case CallEvent.AgentLegFailed failed -> agentLegFailed(failed);
      case CallEvent.AgentConnected connected ->
          LOG.debug(
              "Agent phone {} answered call {}", connected.agentEndpoint(), connected.callId());
      case CallEvent.CallArrived arrived -> LOG.trace("Not routing's: {}", arrived.callId());
      case CallEvent.DigitsEntered digits -> LOG.trace("Not routing's: {}", digits.callId());
      case CallEvent.NoInput noInput -> LOG.trace("Not routing's: {}", noInput.callId());
      // Callbacks (issue 3) will connect an answered callback to its reserved agent here.
      case CallEvent.CallAnswered answered ->
          LOG.debug("Outbound call {} answered; no callback waits for it", answered.callId());
    }
  }

  /**
   * The caller's call is over. Waiting or ringing: the contact ends (abandoned if the caller hung
   * up), and a ringing agent is available again. Connected: the agent goes to wrap-up.
   */
  private void callEnded(CallEvent.CallEnded event) {
    Optional<Contact> live = setup.contacts().findByCall(event.callId());
    if (live.isEmpty()) {
      return;
    }
    Instant now = setup.clock().instant();
    Change<Contact> change =
        setup.contacts().apply(live.get().id(), new ContactCommand.CallEnded(event.reason(), now));
    if (!(change instanceof Change.Applied<Contact> applied)) {
      LOG.debug("Call {} ended again; nothing to do", event.callId());
      return;
    }
    Contact before = applied.before();
    Contact after = applied.after();
    if (after.state() == ContactState.WRAP_UP) {
      AgentId agent = after.agent().orElseThrow();
      Change<Agent> wrapping =
          setup.agents().apply(agent, new AgentCommand.StartWrapUp(after.id(), By.ROUTING, now));
      announce.contact(after);
      announceAgent(wrapping);
      return;
    }
    LOG.info(
        "Contact {} ended {} while {}", after.id(), after.outcome().orElseThrow(), before.state());
    setup.queues().leave(after.queue(), after.id(), after.visit());
    Optional<Agent> freed = Optional.empty();
    if (before.state() == ContactState.OFFERED) {
      timers.cancel(after.id());
      AgentId agent = before.agent().orElseThrow();
      Change<Agent> withdrawn =
          setup
              .agents()
              .apply(
                  agent,
                  new AgentCommand.Release(after.id(), AgentCommand.Release.Why.WITHDRAWN, now));
      announce.offerWithdrawn(agent, after.id(), "The caller hung up.");
      freed = announceAgent(withdrawn);
    }
    announce.contact(after);
    announce.queue(after.queue());
    endings.ended(after);
    freed.ifPresent(matcher::matchFor);
  }

  /**
   * The agent's phone did not answer, was busy or failed: the contact returns to the front of its
   * queue and the agent is set away with {@code MISSED_OFFER}, because a phone that fails once is
   * likely to fail for the next caller too (as Asterisk's autopause and TaskRouter's missed
   * reservations do). A failure of an earlier agent's phone is ignored.
   */
  private void agentLegFailed(CallEvent.AgentLegFailed event) {
    Optional<Contact> live = setup.contacts().findByCall(event.callId());
    Optional<AgentId> agent = live.flatMap(Contact::agent);
    if (agent.isEmpty()) {
      return;
    }
    Optional<Agent> current = setup.agents().find(agent.get());
    if (current.isEmpty() || !current.get().endpoint().equals(event.agentEndpoint())) {
      LOG.debug(
          "Leg failure of {} on call {} is not the current agent's",
          event.agentEndpoint(),
          event.callId());
      return;
    }
    Change<Contact> change =
        setup
            .contacts()
            .apply(
                live.get().id(),
                new ReturnToQueue(
                    agent.get(), ReturnToQueue.Why.AGENT_LEG_FAILED, setup.clock().instant()));
    if (change instanceof Change.Applied<Contact> applied) {
      LOG.warn(
          "The phone of {} failed ({}) for contact {}; it returns to the front of its queue"
              + " and {} is set away",
          agent.get(),
          event.reason(),
          live.get().id(),
          agent.get());
      returns.returned(
          applied,
          agent.get(),
          AgentCommand.Release.Why.MISSED,
          "Your phone did not connect: " + event.reason());
    }
  }

  private Optional<Agent> announceAgent(Change<Agent> change) {
    if (change instanceof Change.Applied<Agent> applied) {
      announce.agent(applied.after());
      announce.queuesOf(applied.after());
      return Optional.of(applied.after());
    }
    LOG.warn("Agent change refused: {}", ((Change.Refused<Agent>) change).reason());
    return Optional.empty();
  }
}
