package org.cityline.telephony.testing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;

/**
 * A routing core in memory, just enough for telephony tests: it queues contacts, lets a test play
 * an agent (accept, hold, resume, hang up) by driving the adapter's {@link CallControl}, and reacts
 * to call events as the real core does (a waiting caller who hangs up is abandoned, a connected
 * call that ends goes to wrap-up as answered, a failed agent leg puts the contact back in the
 * queue). Like the real core it calls {@code CallControl} while holding its own lock, so an adapter
 * that handled events on that stack would be caught re-entering it.
 */
public final class FakeRouting implements RoutingService {

  private record Contact(
      ContactRequest request,
      Instant enqueuedAt,
      ContactState state,
      Optional<AgentId> agent,
      Optional<ContactOutcome> outcome) {

    Contact with(ContactState newState, Optional<AgentId> newAgent) {
      return new Contact(request, enqueuedAt, newState, newAgent, outcome);
    }

    Contact ended(ContactState newState, ContactOutcome how) {
      return new Contact(request, enqueuedAt, newState, agent, Optional.of(how));
    }
  }

  private final Clock clock;
  private final Map<ContactId, Contact> contacts = new LinkedHashMap<>();
  private final List<CallEvent> callEvents = new ArrayList<>();
  private CallControl telephony;
  private Function<AgentId, String> endpoints;
  private RuntimeException callEventFailure;

  public FakeRouting(Clock clock) {
    this.clock = clock;
  }

  /** The telephony to drive, and each agent's phone endpoint on it. */
  public synchronized void useTelephony(CallControl callControl, Function<AgentId, String> phones) {
    this.telephony = callControl;
    this.endpoints = phones;
  }

  @Override
  public synchronized RoutingResult enqueue(ContactRequest request) {
    if (liveContactFor(request.call()).isPresent()) {
      return RoutingResult.refused("call " + request.call() + " already has a live contact");
    }
    contacts.put(
        request.id(),
        new Contact(
            request, clock.instant(), ContactState.QUEUED, Optional.empty(), Optional.empty()));
    return RoutingResult.ok();
  }

  /** From now on every call event is recorded, then fails with {@code failure} (a broken core). */
  public synchronized void failOnCallEvents(RuntimeException failure) {
    this.callEventFailure = failure;
  }

  @Override
  public synchronized void onCallEvent(CallEvent event) {
    callEvents.add(event);
    if (callEventFailure != null) {
      throw callEventFailure;
    }
    Optional<Contact> found = liveContactFor(event.callId());
    if (found.isEmpty()) {
      return;
    }
    Contact contact = found.get();
    ContactId id = contact.request().id();
    switch (event) {
      case CallEvent.AgentConnected connected -> {
        if (contact.state() == ContactState.OFFERED) {
          contacts.put(id, contact.with(ContactState.CONNECTED, contact.agent()));
        }
      }
      case CallEvent.AgentLegFailed failed -> {
        if (contact.state() == ContactState.OFFERED) {
          contacts.put(id, contact.with(ContactState.QUEUED, Optional.empty()));
        }
      }
      case CallEvent.CallEnded ended -> {
        switch (contact.state()) {
          case QUEUED, OFFERED ->
              contacts.put(id, contact.ended(ContactState.ENDED, ContactOutcome.ABANDONED));
          case CONNECTED, ON_HOLD ->
              contacts.put(id, contact.ended(ContactState.WRAP_UP, ContactOutcome.ANSWERED));
          case WRAP_UP, ENDED -> {}
        }
      }
      default -> {}
    }
  }

  @Override
  public synchronized RoutingResult accept(AgentId agent, ContactId contactId) {
    Contact contact = contacts.get(contactId);
    if (contact == null || contact.state() != ContactState.QUEUED) {
      return RoutingResult.refused("the contact is not waiting");
    }
    contacts.put(contactId, contact.with(ContactState.OFFERED, Optional.of(agent)));
    try {
      telephony.connectAgent(contact.request().call(), endpoints.apply(agent));
      return RoutingResult.ok();
    } catch (CallControlException e) {
      contacts.put(contactId, contact);
      return RoutingResult.refused(e.getMessage());
    }
  }

  @Override
  public synchronized RoutingResult hold(AgentId agent, ContactId contactId) {
    return change(agent, contactId, ContactState.CONNECTED, ContactState.ON_HOLD, telephony::hold);
  }

  @Override
  public synchronized RoutingResult resume(AgentId agent, ContactId contactId) {
    return change(
        agent, contactId, ContactState.ON_HOLD, ContactState.CONNECTED, telephony::resume);
  }

  @Override
  public synchronized RoutingResult hangUp(AgentId agent, ContactId contactId) {
    Contact contact = contacts.get(contactId);
    if (contact == null
        || !contact.agent().equals(Optional.of(agent))
        || (contact.state() != ContactState.CONNECTED && contact.state() != ContactState.ON_HOLD)) {
      return RoutingResult.refused("the agent is not on this call");
    }
    telephony.hangup(contact.request().call());
    contacts.put(contactId, contact.ended(ContactState.WRAP_UP, ContactOutcome.ANSWERED));
    return RoutingResult.ok();
  }

  @Override
  public synchronized Optional<ContactSnapshot> contact(ContactId contact) {
    return Optional.ofNullable(contacts.get(contact)).map(this::snapshot);
  }

  /** The latest contact for a call, live or not (the real core forgets ended ones). */
  @Override
  public synchronized Optional<ContactSnapshot> contactForCall(CallId call) {
    return contacts.values().stream()
        .filter(c -> c.request().call().equals(call))
        .reduce((first, second) -> second)
        .map(this::snapshot);
  }

  /** How the contact ended, once it has. */
  public synchronized Optional<ContactOutcome> outcome(ContactId contact) {
    return Optional.ofNullable(contacts.get(contact)).flatMap(Contact::outcome);
  }

  /** Every call event routing was told of, in order. */
  public synchronized List<CallEvent> callEvents() {
    return List.copyOf(callEvents);
  }

  private RoutingResult change(
      AgentId agent,
      ContactId contactId,
      ContactState from,
      ContactState to,
      Consumer<CallId> action) {
    Contact contact = contacts.get(contactId);
    if (contact == null || contact.state() != from || !contact.agent().equals(Optional.of(agent))) {
      return RoutingResult.refused("the contact is not " + from);
    }
    action.accept(contact.request().call());
    contacts.put(contactId, contact.with(to, contact.agent()));
    return RoutingResult.ok();
  }

  private Optional<Contact> liveContactFor(CallId call) {
    return contacts.values().stream()
        .filter(c -> c.request().call().equals(call) && c.outcome().isEmpty())
        .findFirst();
  }

  private ContactSnapshot snapshot(Contact c) {
    ContactRequest r = c.request();
    return new ContactSnapshot(
        r.id(),
        r.call(),
        r.caller(),
        r.language(),
        r.account(),
        r.verified(),
        r.trail(),
        r.reason(),
        r.queue(),
        r.priority(),
        r.arrivedAt(),
        c.enqueuedAt(),
        c.state(),
        c.agent());
  }

  // ---- not needed by telephony tests ----

  @Override
  public RoutingResult signIn(AgentId agent) {
    throw unsupported("signIn");
  }

  @Override
  public RoutingResult signOut(AgentId agent) {
    throw unsupported("signOut");
  }

  @Override
  public RoutingResult makeAvailable(AgentId agent) {
    throw unsupported("makeAvailable");
  }

  @Override
  public RoutingResult goAway(AgentId agent, AwayReason reason) {
    throw unsupported("goAway");
  }

  @Override
  public RoutingResult reject(AgentId agent, ContactId contact) {
    throw unsupported("reject");
  }

  @Override
  public RoutingResult finishWrapUp(
      AgentId agent, ContactId contact, String disposition, String note) {
    throw unsupported("finishWrapUp");
  }

  @Override
  public Optional<AgentSnapshot> agent(AgentId agent) {
    throw unsupported("agent");
  }

  @Override
  public List<QueueSnapshot> queues() {
    throw unsupported("queues");
  }

  @Override
  public List<AgentSnapshot> agents() {
    throw unsupported("agents");
  }

  @Override
  public Subscription subscribe(Consumer<org.cityline.routing.RoutingEvent> listener) {
    throw unsupported("subscribe");
  }

  private static UnsupportedOperationException unsupported(String method) {
    return new UnsupportedOperationException(
        "FakeRouting does not do " + method + "; telephony tests do not need it");
  }
}
