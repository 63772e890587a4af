package org.cityline.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;

/**
 * A live contact as routing keeps it: what the IVR handed over, and where it stands now.
 *
 * @param request what the IVR handed over (never changes)
 * @param call the call routing drives: the caller's, or for a callback the call placed to the
 *     customer once dialed
 * @param queue the queue it waits or waited in
 * @param priority higher is served first (the request's, at least the queue's)
 * @param waitingSince its place in the serving order: kept when it returns to the queue or
 *     overflows (so it returns to the front) or a blind transfer to an agent fails, new when it is
 *     transferred to a queue
 * @param queuedAt when it joined this queue (escalations, max wait and the queue's figures count
 *     from here)
 * @param visit 1 when first queued, one more each time it is queued or offered again; a decision
 *     made for an earlier visit is refused
 * @param state where it stands
 * @param previousState where it stood before its last change
 * @param agent the agent it is offered to, connected with or wrapped up by
 * @param offerExpiresAt while offered, when the offer rings out
 * @param answeredAt when an agent first talked to the customer (for the record)
 * @param connectedAt when the current agent took it (handle time counts from here)
 * @param declinedBy agents who rejected it on this visit; it is not offered to them again
 * @param failedConnects how often connecting an agent's phone to it failed
 * @param notes notes that travel with it (transfers, escalations)
 * @param transfers how often it was transferred
 * @param consult a warm transfer in progress
 * @param callback the customer's callback request
 * @param outcome how it ended, once {@link ContactState#ENDED}
 * @param endedAt when it ended
 * @param disposition the agent's wrap-up, once finished
 * @param endReason why it ended, in words, when not simply answered or abandoned
 * @param answerCounted whether its answer has been counted in its current queue's figures: set by
 *     the first answer there, kept when it returns to the queue (so a later answer is not counted
 *     again), cleared when it joins another queue (a transfer to a queue, an overflow, a move)
 * @param version how many changes the stored contact has seen (newer snapshots win)
 */
public record Contact(
    ContactRequest request,
    CallId call,
    QueueId queue,
    int priority,
    Instant waitingSince,
    Instant queuedAt,
    int visit,
    ContactState state,
    ContactState previousState,
    Optional<AgentId> agent,
    Optional<Instant> offerExpiresAt,
    Optional<Instant> answeredAt,
    Optional<Instant> connectedAt,
    Set<AgentId> declinedBy,
    int failedConnects,
    List<ContactNote> notes,
    int transfers,
    Optional<Consult> consult,
    Optional<Callback> callback,
    Optional<ContactOutcome> outcome,
    Optional<Instant> endedAt,
    Optional<Disposition> disposition,
    Optional<String> endReason,
    boolean answerCounted,
    long version) {

  public Contact {
    if (request == null || call == null || queue == null || state == null) {
      throw new IllegalArgumentException("a contact needs a request, a call, a queue and a state");
    }
    if (waitingSince == null || queuedAt == null || previousState == null) {
      throw new IllegalArgumentException("a contact needs its times and previous state");
    }
    declinedBy = Set.copyOf(declinedBy);
    notes = List.copyOf(notes);
    if ((state == ContactState.ENDED) != outcome.isPresent()) {
      throw new IllegalArgumentException("a contact has an outcome exactly when it has ended");
    }
    if ((state == ContactState.OFFERED) != offerExpiresAt.isPresent()) {
      throw new IllegalArgumentException("a contact has an offer expiry exactly when offered");
    }
    if (state != ContactState.QUEUED && state != ContactState.ENDED && agent.isEmpty()) {
      throw new IllegalArgumentException("a contact " + state + " is with an agent");
    }
    if (consult.isPresent()
        && state != ContactState.ON_HOLD
        && !(state == ContactState.CONNECTED && consult.get().accepted())) {
      throw new IllegalArgumentException(
          "a consult holds the caller, unless it became a conference of three");
    }
    if (callback.filter(Callback::dialing).isPresent() && state != ContactState.CONNECTED) {
      throw new IllegalArgumentException("a callback is dialed for an agent who accepted it");
    }
  }

  /** A new contact, waiting in the queue the request names. */
  public static Contact queued(ContactRequest request, QueueDefinition queue, Instant at) {
    return new Contact(
        request,
        request.call(),
        queue.id(),
        Math.max(request.priority(), queue.priority()),
        at,
        at,
        1,
        ContactState.QUEUED,
        ContactState.QUEUED,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Set.of(),
        0,
        List.of(),
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        firstVersion(at));
  }

  /**
   * The version a new stored value starts at: from its creation time, so a contact or agent that
   * comes back under the same id later counts on from above everything its earlier life had.
   */
  public static long firstVersion(Instant at) {
    return at.toEpochMilli() << 20;
  }

  public ContactId id() {
    return request.id();
  }

  /** When it joined this queue (for older callers: {@link #queuedAt}). */
  public Instant enqueuedAt() {
    return queuedAt;
  }

  /** Whether it is with this agent (offered, connected, held or wrapping up). */
  public boolean isWith(AgentId someone) {
    return agent.filter(someone::equals).isPresent();
  }

  /**
   * Whether the caller talks with two agents at once: a consult the first agent joined with the
   * caller (a conference of three); either agent may leave it.
   */
  public boolean inConference() {
    return state == ContactState.CONNECTED && consult.isPresent();
  }

  /** Whether it is a callback whose customer is no longer on the line (or never was yet). */
  public boolean isCallback() {
    return callback.isPresent();
  }

  /** The contact as desktops and the supervisor see it. */
  public ContactSnapshot snapshot() {
    return new ContactSnapshot(
        request.id(),
        call,
        request.caller(),
        request.language(),
        request.account(),
        request.verified(),
        request.trail(),
        request.reason(),
        queue,
        priority,
        request.arrivedAt(),
        queuedAt,
        state,
        agent,
        notes,
        callback.map(Callback::number),
        consult.map(Consult::agent),
        offerExpiresAt);
  }

  /** The stored contact's next version. */
  public Contact versioned(long newVersion) {
    return change().version(newVersion).build();
  }

  /** A copy to change; {@link Builder#build} checks it. */
  Builder change() {
    return new Builder(this);
  }

  /** Changes a few fields of a contact; every change records the state it left. */
  static final class Builder {
    private final Contact from;
    private CallId call;
    private QueueId queue;
    private int priority;
    private Instant waitingSince;
    private Instant queuedAt;
    private int visit;
    private ContactState state;
    private Optional<AgentId> agent;
    private Optional<Instant> offerExpiresAt;
    private Optional<Instant> answeredAt;
    private Optional<Instant> connectedAt;
    private Set<AgentId> declinedBy;
    private int failedConnects;
    private List<ContactNote> notes;
    private int transfers;
    private Optional<Consult> consult;
    private Optional<Callback> callback;
    private Optional<ContactOutcome> outcome;
    private Optional<Instant> endedAt;
    private Optional<Disposition> disposition;
    private Optional<String> endReason;
    private boolean answerCounted;
    private long version;
    private boolean keepPrevious;

    private Builder(Contact c) {
      from = c;
      call = c.call;
      queue = c.queue;
      priority = c.priority;
      waitingSince = c.waitingSince;
      queuedAt = c.queuedAt;
      visit = c.visit;
      state = c.state;
      agent = c.agent;
      offerExpiresAt = c.offerExpiresAt;
      answeredAt = c.answeredAt;
      connectedAt = c.connectedAt;
      declinedBy = c.declinedBy;
      failedConnects = c.failedConnects;
      notes = c.notes;
      transfers = c.transfers;
      consult = c.consult;
      callback = c.callback;
      outcome = c.outcome;
      endedAt = c.endedAt;
      disposition = c.disposition;
      endReason = c.endReason;
      answerCounted = c.answerCounted;
      version = c.version;
    }

    Builder call(CallId value) {
      call = value;
      return this;
    }

    /** Joins a queue (a transfer, an overflow, a move): an answer there is counted there. */
    Builder queue(QueueId value) {
      queue = value;
      answerCounted = false;
      return this;
    }

    /** Its answer is now counted in its queue's figures. */
    Builder answerCounted() {
      answerCounted = true;
      return this;
    }

    Builder priority(int value) {
      priority = value;
      return this;
    }

    Builder waitingSince(Instant value) {
      waitingSince = value;
      return this;
    }

    Builder queuedAt(Instant value) {
      queuedAt = value;
      return this;
    }

    Builder nextVisit() {
      visit = from.visit + 1;
      return this;
    }

    Builder state(ContactState value) {
      state = value;
      if (value != ContactState.OFFERED) {
        offerExpiresAt = Optional.empty();
      }
      return this;
    }

    Builder agent(Optional<AgentId> value) {
      agent = value;
      return this;
    }

    Builder offerExpiresAt(Instant value) {
      offerExpiresAt = Optional.of(value);
      return this;
    }

    Builder answeredAt(Instant value) {
      if (answeredAt.isEmpty()) {
        answeredAt = Optional.of(value);
      }
      return this;
    }

    Builder connectedAt(Optional<Instant> value) {
      connectedAt = value;
      return this;
    }

    Builder declinedBy(Set<AgentId> value) {
      declinedBy = value;
      return this;
    }

    Builder declinedAlso(AgentId someone) {
      Set<AgentId> declined = new HashSet<>(declinedBy);
      declined.add(someone);
      declinedBy = declined;
      return this;
    }

    Builder failedConnects(int value) {
      failedConnects = value;
      return this;
    }

    Builder note(Optional<ContactNote> value) {
      value.ifPresent(
          note -> {
            List<ContactNote> all = new ArrayList<>(notes);
            all.add(note);
            notes = all;
          });
      return this;
    }

    Builder transferred() {
      transfers = from.transfers + 1;
      return this;
    }

    Builder consult(Optional<Consult> value) {
      consult = value;
      return this;
    }

    Builder callback(Optional<Callback> value) {
      callback = value;
      return this;
    }

    Builder ended(ContactOutcome how, Instant at) {
      state = ContactState.ENDED;
      offerExpiresAt = Optional.empty();
      consult = Optional.empty();
      callback = callback.map(c -> new Callback(c.number(), c.attempts(), Optional.empty(), false));
      outcome = Optional.of(how);
      endedAt = Optional.of(at);
      return this;
    }

    Builder disposition(Disposition value) {
      disposition = Optional.of(value);
      return this;
    }

    Builder endReason(String value) {
      endReason = Optional.of(value);
      return this;
    }

    /** Only the stored version changes: the previous state stays what the last command left. */
    Builder version(long value) {
      version = value;
      keepPrevious = true;
      return this;
    }

    /** Back in its queue for another visit: no agent, no offer. */
    Builder requeued() {
      return state(ContactState.QUEUED)
          .agent(Optional.empty())
          .nextVisit()
          .consult(Optional.empty());
    }

    Contact build() {
      return new Contact(
          from.request,
          call,
          queue,
          priority,
          waitingSince,
          queuedAt,
          visit,
          state,
          keepPrevious ? from.previousState : from.state,
          agent,
          offerExpiresAt,
          answeredAt,
          connectedAt,
          declinedBy,
          failedConnects,
          notes,
          transfers,
          consult,
          callback,
          outcome,
          endedAt,
          disposition,
          endReason,
          answerCounted,
          version);
    }
  }
}
