package org.cityline.routing;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;

/**
 * A live contact as routing keeps it: what the IVR handed over, and where it stands now.
 *
 * @param request what the IVR handed over (never changes)
 * @param queue the queue it waits or waited in
 * @param enqueuedAt when it joined that queue; it keeps this when it returns to the queue, so it
 *     returns to the front
 * @param visit 1 when first queued, one more each time it returns to the queue
 * @param state where it stands
 * @param agent the agent it is offered to, connected with or wrapped up by
 * @param offerExpiresAt while offered, when the offer rings out
 * @param answeredAt when an agent took it
 * @param declinedBy agents who rejected it; it is not offered to them again
 * @param failedConnects how often connecting an agent's phone to it failed
 * @param outcome how it ended, once {@link ContactState#ENDED}
 * @param endedAt when it ended
 * @param disposition the agent's wrap-up, once finished
 */
public record Contact(
    ContactRequest request,
    QueueId queue,
    Instant enqueuedAt,
    int visit,
    ContactState state,
    Optional<AgentId> agent,
    Optional<Instant> offerExpiresAt,
    Optional<Instant> answeredAt,
    Set<AgentId> declinedBy,
    int failedConnects,
    Optional<ContactOutcome> outcome,
    Optional<Instant> endedAt,
    Optional<Disposition> disposition) {

  public Contact {
    if (request == null || queue == null || enqueuedAt == null || state == null) {
      throw new IllegalArgumentException("a contact needs a request, a queue, a time and a state");
    }
    declinedBy = Set.copyOf(declinedBy);
    if ((state == ContactState.ENDED) != outcome.isPresent()) {
      throw new IllegalArgumentException("a contact has an outcome exactly when it has ended");
    }
    if ((state == ContactState.OFFERED) != offerExpiresAt.isPresent()) {
      throw new IllegalArgumentException("a contact has an offer expiry exactly when offered");
    }
  }

  /** A new contact, waiting in the queue the request names. */
  public static Contact queued(ContactRequest request, Instant at) {
    return new Contact(
        request,
        request.queue(),
        at,
        1,
        ContactState.QUEUED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public ContactId id() {
    return request.id();
  }

  public CallId call() {
    return request.call();
  }

  /** Whether it is with this agent (offered, connected, held or wrapping up). */
  public boolean isWith(AgentId someone) {
    return agent.filter(someone::equals).isPresent();
  }

  /** Its place in its queue. */
  public Waiting waiting() {
    return new Waiting(id(), visit, request.priority(), enqueuedAt, declinedBy);
  }

  /** The contact as desktops and the supervisor see it. */
  public ContactSnapshot snapshot() {
    return new ContactSnapshot(
        request.id(),
        request.call(),
        request.caller(),
        request.language(),
        request.account(),
        request.verified(),
        request.trail(),
        request.reason(),
        queue,
        request.priority(),
        request.arrivedAt(),
        enqueuedAt,
        state,
        agent);
  }

  Contact offeredTo(AgentId someone, Instant expiresAt) {
    return with(ContactState.OFFERED, Optional.of(someone), Optional.of(expiresAt), answeredAt);
  }

  Contact connected(Instant at) {
    return with(ContactState.CONNECTED, agent, Optional.empty(), Optional.of(at));
  }

  Contact in(ContactState newState) {
    return with(newState, agent, offerExpiresAt, answeredAt);
  }

  /**
   * Back in its queue at its old place, for another visit; optionally never again to {@code no}.
   */
  Contact requeued(Optional<AgentId> no, int connectFailures) {
    Set<AgentId> declined = new HashSet<>(declinedBy);
    no.ifPresent(declined::add);
    return new Contact(
        request,
        queue,
        enqueuedAt,
        visit + 1,
        ContactState.QUEUED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        declined,
        connectFailures,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  Contact ended(ContactOutcome how, Instant at, Optional<Disposition> wrapUp) {
    return new Contact(
        request,
        queue,
        enqueuedAt,
        visit,
        ContactState.ENDED,
        agent,
        Optional.empty(),
        answeredAt,
        declinedBy,
        failedConnects,
        Optional.of(how),
        Optional.of(at),
        wrapUp);
  }

  private Contact with(
      ContactState newState,
      Optional<AgentId> newAgent,
      Optional<Instant> newExpiry,
      Optional<Instant> newAnsweredAt) {
    return new Contact(
        request,
        queue,
        enqueuedAt,
        visit,
        newState,
        newAgent,
        newExpiry,
        newAnsweredAt,
        declinedBy,
        failedConnects,
        outcome,
        endedAt,
        disposition);
  }
}
