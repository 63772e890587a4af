package org.cityline.benchmarks.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;
import org.cityline.routing.WaitEstimate;

/**
 * The part of routing the IVR uses, in memory: every contact is queued (no agents answer), waits
 * are estimated, callbacks are taken. The IVR benchmarks measure the IVR, not routing (routing's
 * own figures are in docs/benchmarks/routing.md).
 */
final class QueueingRouting implements RoutingService {

  private final Map<ContactId, ContactSnapshot> contacts = new ConcurrentHashMap<>();
  private final Map<ContactId, ContactRequest> requests = new ConcurrentHashMap<>();

  /** Every contact queued, by id. */
  Map<ContactId, ContactRequest> requests() {
    return requests;
  }

  @Override
  public RoutingResult enqueue(ContactRequest r) {
    if (contacts.containsKey(r.id())) {
      return RoutingResult.refused("already queued");
    }
    requests.put(r.id(), r);
    contacts.put(
        r.id(),
        new ContactSnapshot(
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
            r.arrivedAt(),
            ContactState.QUEUED,
            Optional.empty()));
    return RoutingResult.ok();
  }

  @Override
  public Optional<WaitEstimate> waitEstimate(ContactId contact) {
    return contacts.containsKey(contact)
        ? Optional.of(new WaitEstimate(3, Duration.ofMinutes(4), Instant.EPOCH))
        : Optional.empty();
  }

  @Override
  public RoutingResult requestCallback(ContactId contact, PhoneNumber number) {
    return contacts.containsKey(contact) ? RoutingResult.ok() : RoutingResult.refused("gone");
  }

  @Override
  public void onCallEvent(CallEvent event) {}

  @Override
  public Optional<ContactSnapshot> contact(ContactId contact) {
    return Optional.ofNullable(contacts.get(contact));
  }

  @Override
  public Optional<ContactSnapshot> contactForCall(CallId call) {
    return contacts.values().stream().filter(c -> c.call().equals(call)).findFirst();
  }

  @Override
  public RoutingResult signIn(AgentId agent) {
    return none();
  }

  @Override
  public RoutingResult signOut(AgentId agent) {
    return none();
  }

  @Override
  public RoutingResult makeAvailable(AgentId agent) {
    return none();
  }

  @Override
  public RoutingResult goAway(AgentId agent, AwayReason reason) {
    return none();
  }

  @Override
  public RoutingResult accept(AgentId agent, ContactId contact) {
    return none();
  }

  @Override
  public RoutingResult reject(AgentId agent, ContactId contact) {
    return none();
  }

  @Override
  public RoutingResult hold(AgentId agent, ContactId contact) {
    return none();
  }

  @Override
  public RoutingResult resume(AgentId agent, ContactId contact) {
    return none();
  }

  @Override
  public RoutingResult hangUp(AgentId agent, ContactId contact) {
    return none();
  }

  @Override
  public RoutingResult finishWrapUp(
      AgentId agent, ContactId contact, String disposition, String note) {
    return none();
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
  public Subscription subscribe(Consumer<RoutingEvent> listener) {
    return () -> {};
  }

  private static RoutingResult none() {
    return RoutingResult.refused("no agents in the IVR benchmark");
  }
}
