package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.Callback;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactCommand.ReturnToQueue;
import org.cityline.routing.ContactState;
import org.cityline.routing.RoutingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Callbacks: a waiting caller leaves a number and keeps their place; when the contact reaches the
 * head it is offered to an agent like any caller, and when the agent accepts the phone system calls
 * the customer. Answered, the agent's phone is connected; not answered (or not placed), the contact
 * waits again, not offered before the retry pause, and after the last attempt it ends as failed
 * with the reason.
 */
final class Callbacks {

  private static final Logger LOG = LoggerFactory.getLogger(Callbacks.class);

  private final Ops ops;
  private final Announcer announce;
  private final Timers timers;
  private final Statistics statistics;
  private final Endings endings;
  private final Matcher matcher;
  private final Returns returns;

  /** Answers and ends that came before routing had recorded the call it placed. */
  private final EarlyCallEvents early = new EarlyCallEvents();

  Callbacks(
      Ops ops,
      Announcer announce,
      Timers timers,
      Statistics statistics,
      Endings endings,
      Matcher matcher,
      Returns returns) {
    this.ops = ops;
    this.announce = announce;
    this.timers = timers;
    this.statistics = statistics;
    this.endings = endings;
    this.matcher = matcher;
    this.returns = returns;
  }

  RoutingResult request(ContactId id, PhoneNumber number) {
    Change<Contact> change = ops.contact(id, new ContactCommand.RequestCallback(number, ops.now()));
    if (change instanceof Change.Refused<Contact> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Contact contact = ((Change.Applied<Contact>) change).after();
    LOG.info("Contact {} asked for a callback; it keeps its place in {}", id, contact.queue());
    statistics.callback(contact);
    announce.contact(contact);
    return RoutingResult.ok();
  }

  /** The agent accepted a callback: the phone system calls the customer. */
  RoutingResult dial(Contact contact, Agent agent) {
    early.placing();
    try {
      return placeCall(contact, agent);
    } finally {
      early.placed();
    }
  }

  /** The events about callback calls that routing could not place yet. */
  EarlyCallEvents early() {
    return early;
  }

  private RoutingResult placeCall(Contact contact, Agent agent) {
    Callback callback = contact.callback().orElseThrow();
    CallId call;
    try {
      call =
          ops.setup()
              .calls()
              .originate(
                  callback.number(),
                  ops.setup().settings().callbackCallerId(),
                  contact.request().language());
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not call {} back for contact {}: {}",
          callback.number().lastFour(),
          contact.id(),
          e.getMessage());
      notAnswered(contact, "the phone system could not place the call");
      return RoutingResult.refused(
          "The phone system could not call the customer; the callback will be tried again.");
    }
    ops.setup().contacts().mapCall(call, contact.id());
    Change<Contact> dialed =
        ops.contact(contact.id(), new ContactCommand.CallbackDialed(agent.id(), call, ops.now()));
    if (dialed instanceof Change.Refused<Contact> refused) {
      LOG.warn(
          "Callback call {} of contact {} is not needed any more: {}",
          call,
          contact.id(),
          refused.reason());
      hangUpQuietly(call);
      return RoutingResult.refused(refused.reason());
    }
    LOG.info(
        "Calling the customer of contact {} back on {} for {}", contact.id(), call, agent.id());
    announce.contact(((Change.Applied<Contact>) dialed).after());
    early.claim(call);
    return RoutingResult.ok();
  }

  /**
   * An event about a call routing does not know yet, or whose contact does not record it yet, while
   * a callback may be being placed: kept for the dialing step (and claimed here if that step has
   * just finished). False when it cannot be a callback's and is not kept.
   */
  boolean keepIfEarly(CallEvent.CallEnded event) {
    if (!early.mayBeEarlyEnd()) {
      return false;
    }
    keep(event);
    return true;
  }

  private void keep(CallEvent event) {
    LOG.info("Call {} reported {} before routing recorded it; kept", event.callId(), kind(event));
    early.keep(event, ops.now());
    Optional<Contact> again = ops.setup().contacts().findByCall(event.callId());
    if (again.isPresent() && again.get().call().equals(event.callId())) {
      early.claim(event.callId());
    }
  }

  private static String kind(CallEvent event) {
    return event instanceof CallEvent.CallAnswered ? "an answer" : "its end";
  }

  /** The customer answered: the agent's phone is connected to the call. */
  void answered(CallEvent.CallAnswered event) {
    Optional<Contact> live = ops.setup().contacts().findByCall(event.callId());
    Change<Contact> change =
        live.isEmpty()
            ? Change.refused("no contact has this call yet")
            : ops.contact(
                live.get().id(), new ContactCommand.CallbackAnswered(event.callId(), ops.now()));
    if (!(change instanceof Change.Applied<Contact> applied)) {
      if (live.isEmpty() || !live.get().call().equals(event.callId())) {
        keep(event); // refused for another reason (a repeat, the callback is over): dropped
      }
      return;
    }
    Contact contact = applied.after();
    statistics.answeredOnce(applied, ops.now());
    Optional<Agent> agent = contact.agent().flatMap(ops.setup().agents()::find);
    try {
      ops.setup().calls().connectAgent(contact.call(), agent.map(Agent::endpoint).orElse(""));
    } catch (RuntimeException e) {
      LOG.warn(
          "Could not connect {} to the callback of contact {}: {}",
          contact.agent().orElseThrow(),
          contact.id(),
          e.getMessage());
      returns.undoAccept(
          contact, contact.agent().orElseThrow(), ReturnToQueue.Why.CONNECT_FAILED, e.getMessage());
      return;
    }
    announce.contact(contact);
  }

  /**
   * The callback's call ended unanswered (or could not be placed): retry after the pause, or end
   * the contact as failed after the last attempt; the agent is free again.
   */
  void notAnswered(Contact contact, String why) {
    Instant now = ops.now();
    Instant retryAt = now.plus(ops.setup().settings().callbackRetryAfter());
    Change<Contact> change =
        ops.contact(
            contact.id(),
            new ContactCommand.CallbackNotAnswered(
                why, now, retryAt, ops.setup().settings().callbackAttempts()));
    if (!(change instanceof Change.Applied<Contact> applied)) {
      return;
    }
    Contact after = applied.after();
    if (!contact.call().equals(contact.request().call())) {
      ops.setup().contacts().unmapCall(contact.call(), contact.id());
    }
    Change<Agent> freed =
        ops.agent(
            contact.agent().orElseThrow(),
            new AgentCommand.Release(contact.id(), AgentCommand.Release.Why.WITHDRAWN, now));
    announce.contact(after);
    if (freed instanceof Change.Applied<Agent> agent) {
      announce.agent(agent.after());
    }
    if (after.state() == ContactState.ENDED) {
      LOG.warn("Callback of contact {} failed: {}", contact.id(), after.endReason().orElse(why));
      endings.ended(after);
    } else {
      LOG.info(
          "Callback of contact {} not answered ({}); next call after {}",
          contact.id(),
          why,
          retryAt);
      timers.arm(
          Timers.due(contact.id()),
          retryAt,
          () -> {
            matcher.request(after.queue());
            matcher.drain();
          });
    }
    matcher.drain();
  }

  private void hangUpQuietly(CallId call) {
    try {
      ops.setup().calls().hangup(call);
    } catch (RuntimeException e) {
      LOG.debug("Hanging up {} failed: {}", call, e.getMessage());
    }
  }
}
