package org.cityline.ivr.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;
import org.cityline.routing.WaitEstimate;

/**
 * The part of routing the IVR uses: {@link #enqueue} keeps the contact as queued (refusing a second
 * contact for the same id or call, as the real core does), {@link #refuseWith} makes it refuse,
 * {@link #onCallEvent} is recorded. Agent operations are refused: the IVR never uses them.
 */
public final class FakeRoutingService implements RoutingService {

  private final Map<ContactId, ContactSnapshot> contacts = new ConcurrentHashMap<>();
  private final List<ContactRequest> enqueued = new CopyOnWriteArrayList<>();
  private final List<CallEvent> callEvents = new CopyOnWriteArrayList<>();
  private volatile Optional<String> refusal = Optional.empty();
  private volatile Optional<WaitEstimate> estimate = Optional.empty();
  private volatile Optional<String> callbackRefusal = Optional.empty();
  private final Map<ContactId, PhoneNumber> callbacks = new ConcurrentHashMap<>();

  /** From now on every waiting contact stands at this position with this estimated wait. */
  public void estimateWait(int position, Duration wait) {
    estimate = Optional.of(new WaitEstimate(position, wait, Instant.EPOCH));
  }

  /** From now on callbacks are refused with this reason. */
  public void refuseCallbacksWith(String reason) {
    callbackRefusal = Optional.of(reason);
  }

  /** The callbacks asked for, by contact. */
  public Map<ContactId, PhoneNumber> callbacks() {
    return Map.copyOf(callbacks);
  }

  /** An agent took the contact: routing now holds it as connected. */
  public void connect(ContactId contact) {
    ContactSnapshot c = contacts.get(contact);
    contacts.put(
        contact,
        new ContactSnapshot(
            c.id(),
            c.call(),
            c.caller(),
            c.language(),
            c.account(),
            c.verified(),
            c.trail(),
            c.reason(),
            c.queue(),
            c.priority(),
            c.arrivedAt(),
            c.enqueuedAt(),
            ContactState.CONNECTED,
            Optional.empty()));
  }

  @Override
  public Optional<WaitEstimate> waitEstimate(ContactId contact) {
    return contacts.containsKey(contact) ? estimate : Optional.empty();
  }

  @Override
  public RoutingResult requestCallback(ContactId contact, PhoneNumber number) {
    if (callbackRefusal.isPresent()) {
      return RoutingResult.refused(callbackRefusal.get());
    }
    if (!contacts.containsKey(contact)) {
      return RoutingResult.refused("contact " + contact + " is not waiting");
    }
    callbacks.put(contact, number);
    return RoutingResult.ok();
  }

  /** From now on enqueue refuses with this reason. */
  public void refuseWith(String reason) {
    refusal = Optional.of(reason);
  }

  /** Every request routing accepted, in order. */
  public List<ContactRequest> enqueued() {
    return List.copyOf(enqueued);
  }

  /** The only request accepted; fails when there is not exactly one. */
  public ContactRequest only() {
    if (enqueued.size() != 1) {
      throw new AssertionError("expected one enqueued contact, found " + enqueued.size());
    }
    return enqueued.get(0);
  }

  /** Call events passed on to routing. */
  public List<CallEvent> callEvents() {
    return List.copyOf(callEvents);
  }

  @Override
  public RoutingResult enqueue(ContactRequest request) {
    if (refusal.isPresent()) {
      return RoutingResult.refused(refusal.get());
    }
    if (contacts.containsKey(request.id()) || contactForCall(request.call()).isPresent()) {
      return RoutingResult.refused("contact " + request.id() + " is already in routing");
    }
    enqueued.add(request);
    contacts.put(
        request.id(),
        new ContactSnapshot(
            request.id(),
            request.call(),
            request.caller(),
            request.language(),
            request.account(),
            request.verified(),
            request.trail(),
            request.reason(),
            request.queue(),
            request.priority(),
            request.arrivedAt(),
            Instant.now(),
            ContactState.QUEUED,
            Optional.empty()));
    return RoutingResult.ok();
  }

  @Override
  public void onCallEvent(CallEvent event) {
    callEvents.add(event);
    if (event instanceof CallEvent.CallEnded) {
      contacts
          .values()
          .removeIf(
              contact ->
                  contact.call().equals(event.callId()) && !callbacks.containsKey(contact.id()));
    }
  }

  @Override
  public Optional<ContactSnapshot> contact(ContactId contact) {
    return Optional.ofNullable(contacts.get(contact));
  }

  @Override
  public Optional<ContactSnapshot> contactForCall(CallId call) {
    return contacts.values().stream().filter(contact -> contact.call().equals(call)).findFirst();
  }

  @Override
  public RoutingResult signIn(AgentId agent) {
    return notHere();
  }

  @Override
  public RoutingResult signOut(AgentId agent) {
    return notHere();
  }

  @Override
  public RoutingResult makeAvailable(AgentId agent) {
    return notHere();
  }

  @Override
  public RoutingResult goAway(AgentId agent, AwayReason reason) {
    return notHere();
  }

  @Override
  public RoutingResult accept(AgentId agent, ContactId contact) {
    return notHere();
  }

  @Override
  public RoutingResult reject(AgentId agent, ContactId contact) {
    return notHere();
  }

  @Override
  public RoutingResult hold(AgentId agent, ContactId contact) {
    return notHere();
  }

  @Override
  public RoutingResult resume(AgentId agent, ContactId contact) {
    return notHere();
  }

  @Override
  public RoutingResult hangUp(AgentId agent, ContactId contact) {
    return notHere();
  }

  @Override
  public RoutingResult finishWrapUp(
      AgentId agent, ContactId contact, String disposition, String note) {
    return notHere();
  }

  @Override
  public Optional<AgentSnapshot> agent(AgentId agent) {
    return Optional.empty();
  }

  @Override
  public List<QueueSnapshot> queues() {
    return List.of();
  }

  @Override
  public List<AgentSnapshot> agents() {
    return List.of();
  }

  @Override
  public Subscription subscribe(Consumer<org.cityline.routing.RoutingEvent> listener) {
    return () -> {};
  }

  private static RoutingResult notHere() {
    return RoutingResult.refused("the IVR's fake routing has no agents");
  }
}
