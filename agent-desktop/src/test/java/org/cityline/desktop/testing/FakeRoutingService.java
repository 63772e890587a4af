package org.cityline.desktop.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.common.time.Scheduler;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactNote;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.QueueStatistics;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;

/**
 * An in-memory routing core for the desktop's tests and previews: one line per agent, longest-idle
 * matching across all queues, a ring timeout on the {@link Scheduler}, and the same state rules as
 * the real core (an agent cannot accept what is not offered to them, hold what is not connected,
 * finish a wrap-up that is not theirs...): every refusal changes nothing. Events go to subscribers
 * synchronously, on the calling thread, after the change.
 */
public final class FakeRoutingService implements RoutingService {

  /** How long an offer rings before it returns to the queue. */
  public static final Duration RING_TIME = Duration.ofSeconds(20);

  private final Clock clock;
  private final Scheduler scheduler;
  private final Map<AgentId, Agent> agents = new LinkedHashMap<>();
  private final Map<ContactId, Contact> contacts = new LinkedHashMap<>();
  private final Map<QueueId, String> queueNames = new LinkedHashMap<>();
  private final Map<QueueId, QueueStatistics> statistics = new LinkedHashMap<>();
  private final Map<QueueId, Boolean> openQueues = new LinkedHashMap<>();
  private final List<Consumer<RoutingEvent>> listeners = new CopyOnWriteArrayList<>();
  private final List<FinishedWrapUp> wrapUps = new ArrayList<>();
  private final List<RoutingEvent> published = new CopyOnWriteArrayList<>();

  /** A wrap-up routing was asked to store. */
  public record FinishedWrapUp(AgentId agent, ContactId contact, String disposition, String note) {}

  private static final class Agent {
    final AgentId id;
    final String displayName;
    AgentState state = AgentState.AWAY;
    Optional<AwayReason> reason = Optional.of(AwayReason.SIGNED_IN);
    Instant since;
    Instant idleSince;
    ContactId line;
    Map<String, Integer> skills = Map.of("billing", 3);

    Agent(AgentId id, String displayName, Instant now) {
      this.id = id;
      this.displayName = displayName;
      this.since = now;
      this.idleSince = now;
    }
  }

  private static final class Contact {
    ContactRequest request;
    ContactState state = ContactState.QUEUED;
    Instant enqueuedAt;
    AgentId agent;
    PhoneNumber callbackNumber;
    List<ContactNote> notes = List.of();
    Scheduler.Timer ringTimer;

    Contact(ContactRequest request, Instant now) {
      this.request = request;
      this.enqueuedAt = now;
    }
  }

  public FakeRoutingService(Clock clock, Scheduler scheduler) {
    this.clock = clock;
    this.scheduler = scheduler;
    queueNames.put(new QueueId("billing"), "Billing");
  }

  /** Adds a queue shown to supervisors even while empty. */
  public synchronized FakeRoutingService withQueue(String id, String name) {
    queueNames.put(new QueueId(id), name);
    return this;
  }

  /**
   * Sets a queue's figures for the day, as routing's statistics would report them, and publishes
   * the queue's change.
   */
  public FakeRoutingService reportFigures(String id, QueueStatistics figures, boolean open) {
    QueueId queue = new QueueId(id);
    synchronized (this) {
      statistics.put(queue, figures);
      openQueues.put(queue, open);
    }
    publish(List.of(new RoutingEvent.QueueChanged(queueSnapshot(queue))));
    return this;
  }

  @Override
  public RoutingResult requestCallback(ContactId id, PhoneNumber number) {
    synchronized (this) {
      Contact contact = contacts.get(id);
      if (contact == null || contact.state != ContactState.QUEUED) {
        return RoutingResult.refused("Only a waiting caller can ask for a callback.");
      }
      contact.callbackNumber = number;
    }
    return RoutingResult.ok();
  }

  /** Gives a waiting contact the notes a transfer would carry. */
  public synchronized FakeRoutingService withNotes(ContactId id, List<ContactNote> notes) {
    contacts.get(id).notes = List.copyOf(notes);
    return this;
  }

  /** Wrap-ups finished so far, in order. */
  public synchronized List<FinishedWrapUp> wrapUps() {
    return List.copyOf(wrapUps);
  }

  /** Events published so far, in order. */
  public List<RoutingEvent> published() {
    return List.copyOf(published);
  }

  /** How many listeners are subscribed. */
  public int subscribers() {
    return listeners.size();
  }

  /** The caller hangs up: a waiting contact is abandoned, a connected one goes to wrap-up. */
  public void callerHangsUp(ContactId id) {
    List<RoutingEvent> events = new ArrayList<>();
    synchronized (this) {
      Contact contact = contacts.get(id);
      if (contact == null) {
        return;
      }
      switch (contact.state) {
        case QUEUED -> {
          contacts.remove(id);
          contact.state = ContactState.ENDED;
          events.add(new RoutingEvent.ContactChanged(snapshot(contact)));
          events.add(new RoutingEvent.QueueChanged(queueSnapshot(contact.request.queue())));
        }
        case OFFERED -> {
          Agent agent = agents.get(contact.agent);
          contact.ringTimer.cancel();
          contacts.remove(id);
          contact.state = ContactState.ENDED;
          agent.line = null;
          setState(agent, AgentState.AVAILABLE, Optional.empty());
          events.add(new RoutingEvent.OfferWithdrawn(agent.id, id, "the caller hung up"));
          events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
        }
        case CONNECTED, ON_HOLD ->
            move(
                agents.get(contact.agent),
                contact,
                ContactState.WRAP_UP,
                AgentState.WRAP_UP,
                events);
        case WRAP_UP, ENDED -> {}
      }
    }
    publish(events);
  }

  @Override
  public RoutingResult enqueue(ContactRequest request) {
    List<RoutingEvent> events = new ArrayList<>();
    synchronized (this) {
      if (contacts.containsKey(request.id())) {
        return RoutingResult.refused("contact " + request.id() + " is already in routing");
      }
      if (!queueNames.containsKey(request.queue())) {
        return RoutingResult.refused("there is no queue named " + request.queue());
      }
      Contact contact = new Contact(request, clock.instant());
      contacts.put(request.id(), contact);
      events.add(new RoutingEvent.ContactChanged(snapshot(contact)));
      events.add(new RoutingEvent.QueueChanged(queueSnapshot(request.queue())));
      match(events);
    }
    publish(events);
    return RoutingResult.ok();
  }

  @Override
  public void onCallEvent(CallEvent event) {
    if (event instanceof CallEvent.CallEnded ended) {
      contactForCall(ended.callId()).ifPresent(contact -> callerHangsUp(contact.id()));
    }
  }

  @Override
  public RoutingResult signIn(AgentId id) {
    return change(
        id,
        true,
        (agent, events) -> {
          if (agent != null) {
            return RoutingResult.refused("you are already signed in to routing");
          }
          Agent created = new Agent(id, displayName(id), clock.instant());
          agents.put(id, created);
          events.add(new RoutingEvent.AgentChanged(snapshot(created)));
          return RoutingResult.ok();
        });
  }

  @Override
  public RoutingResult signOut(AgentId id) {
    return change(
        id,
        false,
        (agent, events) -> {
          if (agent.line != null) {
            return RoutingResult.refused("you still have a call on your line");
          }
          agents.remove(id);
          setState(agent, AgentState.LOGGED_OUT, Optional.empty());
          events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
          return RoutingResult.ok();
        });
  }

  @Override
  public RoutingResult makeAvailable(AgentId id) {
    return change(
        id,
        false,
        (agent, events) -> {
          if (agent.state != AgentState.AWAY) {
            return RoutingResult.refused(
                "you cannot become available while " + describe(agent.state));
          }
          setState(agent, AgentState.AVAILABLE, Optional.empty());
          agent.idleSince = clock.instant();
          events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
          match(events);
          return RoutingResult.ok();
        });
  }

  @Override
  public RoutingResult goAway(AgentId id, AwayReason reason) {
    return change(
        id,
        false,
        (agent, events) -> {
          if (agent.state != AgentState.AVAILABLE && agent.state != AgentState.AWAY) {
            return RoutingResult.refused("you cannot step away while " + describe(agent.state));
          }
          if (reason == AwayReason.MISSED_OFFER || reason == AwayReason.SIGNED_IN) {
            return RoutingResult.refused("that reason is set by routing, not chosen");
          }
          setState(agent, AgentState.AWAY, Optional.of(reason));
          events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
          return RoutingResult.ok();
        });
  }

  @Override
  public RoutingResult accept(AgentId id, ContactId contactId) {
    return onLine(
        id,
        contactId,
        Set.of(ContactState.OFFERED),
        "that call is no longer offered to you",
        (agent, contact, events) -> {
          contact.ringTimer.cancel();
          move(agent, contact, ContactState.CONNECTED, AgentState.ON_CALL, events);
        });
  }

  @Override
  public RoutingResult reject(AgentId id, ContactId contactId) {
    return onLine(
        id,
        contactId,
        Set.of(ContactState.OFFERED),
        "that call is no longer offered to you",
        (agent, contact, events) -> {
          contact.ringTimer.cancel();
          returnToQueue(agent, contact, "you rejected it", AgentState.AVAILABLE, events);
        });
  }

  @Override
  public RoutingResult hold(AgentId id, ContactId contactId) {
    return onLine(
        id,
        contactId,
        Set.of(ContactState.CONNECTED),
        "only a connected call can be put on hold",
        (agent, contact, events) ->
            move(agent, contact, ContactState.ON_HOLD, AgentState.ON_HOLD, events));
  }

  @Override
  public RoutingResult resume(AgentId id, ContactId contactId) {
    return onLine(
        id,
        contactId,
        Set.of(ContactState.ON_HOLD),
        "that caller is not on hold",
        (agent, contact, events) ->
            move(agent, contact, ContactState.CONNECTED, AgentState.ON_CALL, events));
  }

  @Override
  public RoutingResult hangUp(AgentId id, ContactId contactId) {
    return onLine(
        id,
        contactId,
        Set.of(ContactState.CONNECTED, ContactState.ON_HOLD),
        "there is no connected call to hang up",
        (agent, contact, events) ->
            move(agent, contact, ContactState.WRAP_UP, AgentState.WRAP_UP, events));
  }

  @Override
  public RoutingResult finishWrapUp(
      AgentId id, ContactId contactId, String disposition, String note) {
    if (disposition == null || disposition.isBlank()) {
      return RoutingResult.refused("a wrap-up needs a disposition");
    }
    return onLine(
        id,
        contactId,
        Set.of(ContactState.WRAP_UP),
        "that call is not waiting for your wrap-up",
        (agent, contact, events) -> {
          contacts.remove(contactId);
          contact.state = ContactState.ENDED;
          wrapUps.add(new FinishedWrapUp(id, contactId, disposition, note));
          agent.line = null;
          setState(agent, AgentState.AVAILABLE, Optional.empty());
          agent.idleSince = clock.instant();
          events.add(new RoutingEvent.ContactChanged(snapshot(contact)));
          events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
          match(events);
        });
  }

  @Override
  public synchronized Optional<AgentSnapshot> agent(AgentId id) {
    return Optional.ofNullable(agents.get(id)).map(this::snapshot);
  }

  @Override
  public synchronized Optional<ContactSnapshot> contact(ContactId id) {
    return Optional.ofNullable(contacts.get(id)).map(this::snapshot);
  }

  @Override
  public synchronized Optional<ContactSnapshot> contactForCall(CallId call) {
    return contacts.values().stream()
        .filter(contact -> contact.request.call().equals(call))
        .findFirst()
        .map(this::snapshot);
  }

  @Override
  public synchronized List<QueueSnapshot> queues() {
    return queueNames.keySet().stream().map(this::queueSnapshot).toList();
  }

  @Override
  public synchronized List<AgentSnapshot> agents() {
    return agents.values().stream().map(this::snapshot).toList();
  }

  @Override
  public Subscription subscribe(Consumer<RoutingEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  // The supervisor's actions ----------------------------------------------------------------------

  @Override
  public synchronized List<ContactSnapshot> waiting(QueueId queue, int limit) {
    return contacts.values().stream()
        .filter(c -> c.request.queue().equals(queue) && c.state == ContactState.QUEUED)
        .sorted(
            java.util.Comparator.comparingInt((Contact c) -> -c.request.priority())
                .thenComparing(c -> c.enqueuedAt))
        .limit(limit)
        .map(this::snapshot)
        .toList();
  }

  @Override
  public synchronized List<org.cityline.routing.QueueDefinition> queueDefinitions() {
    return queueNames.entrySet().stream()
        .map(
            e ->
                org.cityline.routing.QueueDefinition.billing().toBuilder()
                    .id(e.getKey())
                    .name(e.getValue())
                    .skills(Map.of(e.getKey().value(), 1))
                    .build())
        .toList();
  }

  @Override
  public RoutingResult changePriority(ContactId id, int priority) {
    if (priority < 0 || priority > 100) {
      return RoutingResult.refused("a priority is 0 to 100");
    }
    return waitingChange(id, contact -> contact.request = copy(contact.request, null, priority));
  }

  @Override
  public RoutingResult moveToQueue(ContactId id, QueueId queue) {
    synchronized (this) {
      if (!queueNames.containsKey(queue)) {
        return RoutingResult.refused("There is no queue called '" + queue + "'.");
      }
    }
    return waitingChange(id, contact -> contact.request = copy(contact.request, queue, -1));
  }

  @Override
  public RoutingResult assign(ContactId id, AgentId agentId) {
    List<RoutingEvent> events = new ArrayList<>();
    synchronized (this) {
      Contact contact = contacts.get(id);
      if (contact == null || contact.state != ContactState.QUEUED) {
        return RoutingResult.refused("Contact " + id + " is not waiting in a queue.");
      }
      Agent agent = agents.get(agentId);
      if (agent == null || agent.state != AgentState.AVAILABLE) {
        return RoutingResult.refused(agentId + " cannot take a call now.");
      }
      offer(agent, contact, events);
    }
    publish(events);
    return RoutingResult.ok();
  }

  @Override
  public RoutingResult setAgentState(AgentId id, AgentState state, Optional<AwayReason> reason) {
    return switch (state) {
      case AVAILABLE -> makeAvailable(id);
      case AWAY ->
          reason.isEmpty()
              ? RoutingResult.refused("An agent set away needs a reason.")
              : goAway(id, reason.get());
      case LOGGED_OUT -> signOut(id);
      default ->
          RoutingResult.refused(
              "A supervisor sets an agent available, away for a reason, or signed out.");
    };
  }

  @Override
  public RoutingResult changeSkills(AgentId id, Map<String, Integer> skills) {
    return change(
        id,
        false,
        (agent, events) -> {
          agent.skills = Map.copyOf(skills);
          events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
          return RoutingResult.ok();
        });
  }

  /** What supervisors asked to listen to ("sup rep LISTEN"), in order. */
  public final List<String> monitored = new CopyOnWriteArrayList<>();

  @Override
  public synchronized RoutingResult monitor(
      AgentId supervisor, AgentId id, org.cityline.common.call.MonitorMode mode) {
    Agent agent = agents.get(id);
    if (agent == null || agent.state != AgentState.ON_CALL) {
      return RoutingResult.refused(id + " is not talking to a caller.");
    }
    monitored.add(supervisor.value() + " " + id.value() + " " + mode);
    return RoutingResult.ok();
  }

  private RoutingResult waitingChange(ContactId id, Consumer<Contact> change) {
    List<RoutingEvent> events = new ArrayList<>();
    synchronized (this) {
      Contact contact = contacts.get(id);
      if (contact == null || contact.state != ContactState.QUEUED) {
        return RoutingResult.refused("Contact " + id + " is not waiting in a queue.");
      }
      QueueId before = contact.request.queue();
      change.accept(contact);
      events.add(new RoutingEvent.ContactChanged(snapshot(contact)));
      events.add(new RoutingEvent.QueueChanged(queueSnapshot(before)));
      if (!before.equals(contact.request.queue())) {
        events.add(new RoutingEvent.QueueChanged(queueSnapshot(contact.request.queue())));
      }
    }
    publish(events);
    return RoutingResult.ok();
  }

  private static ContactRequest copy(ContactRequest r, QueueId queue, int priority) {
    return new ContactRequest(
        r.id(),
        r.call(),
        r.caller(),
        r.language(),
        r.account(),
        r.verified(),
        r.trail(),
        r.reason(),
        queue == null ? r.queue() : queue,
        priority < 0 ? r.priority() : priority,
        r.arrivedAt(),
        r.skills());
  }

  // ---------------------------------------------------------------------------------------------

  private interface AgentChange {
    RoutingResult apply(Agent agent, List<RoutingEvent> events);
  }

  private interface LineChange {
    void apply(Agent agent, Contact contact, List<RoutingEvent> events);
  }

  private RoutingResult change(AgentId id, boolean mayBeAbsent, AgentChange change) {
    List<RoutingEvent> events = new ArrayList<>();
    RoutingResult result;
    synchronized (this) {
      Agent agent = agents.get(id);
      if (agent == null && !mayBeAbsent) {
        return RoutingResult.refused("you are not signed in to routing");
      }
      result = change.apply(agent, events);
      if (!result.done()) {
        events.clear();
      }
    }
    publish(events);
    return result;
  }

  private RoutingResult onLine(
      AgentId id,
      ContactId contactId,
      Set<ContactState> needed,
      String refusal,
      LineChange change) {
    return change(
        id,
        false,
        (agent, events) -> {
          Contact contact = contacts.get(contactId);
          if (contact == null || !id.equals(contact.agent) || !needed.contains(contact.state)) {
            return RoutingResult.refused(refusal);
          }
          change.apply(agent, contact, events);
          return RoutingResult.ok();
        });
  }

  /** Offers waiting contacts (oldest first) to available agents (longest idle first). */
  private void match(List<RoutingEvent> events) {
    for (Contact contact : contacts.values()) {
      if (contact.state != ContactState.QUEUED) {
        continue;
      }
      Optional<Agent> free =
          agents.values().stream()
              .filter(agent -> agent.state == AgentState.AVAILABLE)
              .min((a, b) -> a.idleSince.compareTo(b.idleSince));
      if (free.isEmpty()) {
        return;
      }
      offer(free.get(), contact, events);
    }
  }

  private void offer(Agent agent, Contact contact, List<RoutingEvent> events) {
    Instant expires = clock.instant().plus(RING_TIME);
    contact.state = ContactState.OFFERED;
    contact.agent = agent.id;
    agent.line = contact.request.id();
    setState(agent, AgentState.RESERVED, Optional.empty());
    ContactId id = contact.request.id();
    contact.ringTimer = scheduler.schedule(RING_TIME, () -> ringOut(id));
    events.add(new RoutingEvent.OfferMade(agent.id, snapshot(contact), expires));
    events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
    events.add(new RoutingEvent.QueueChanged(queueSnapshot(contact.request.queue())));
  }

  private void ringOut(ContactId id) {
    List<RoutingEvent> events = new ArrayList<>();
    synchronized (this) {
      Contact contact = contacts.get(id);
      if (contact == null || contact.state != ContactState.OFFERED) {
        return;
      }
      Agent agent = agents.get(contact.agent);
      returnToQueue(agent, contact, "it rang out", AgentState.AWAY, events);
    }
    publish(events);
  }

  private void returnToQueue(
      Agent agent, Contact contact, String why, AgentState next, List<RoutingEvent> events) {
    contact.state = ContactState.QUEUED;
    contact.agent = null;
    agent.line = null;
    setState(
        agent,
        next,
        next == AgentState.AWAY ? Optional.of(AwayReason.MISSED_OFFER) : Optional.empty());
    events.add(new RoutingEvent.OfferWithdrawn(agent.id, contact.request.id(), why));
    events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
    events.add(new RoutingEvent.QueueChanged(queueSnapshot(contact.request.queue())));
  }

  /** A contact and its agent change state together, and both changes are told. */
  private void move(
      Agent agent,
      Contact contact,
      ContactState contactState,
      AgentState agentState,
      List<RoutingEvent> events) {
    contact.state = contactState;
    setState(agent, agentState, Optional.empty());
    events.add(new RoutingEvent.ContactChanged(snapshot(contact)));
    events.add(new RoutingEvent.AgentChanged(snapshot(agent)));
  }

  private void setState(Agent agent, AgentState state, Optional<AwayReason> reason) {
    agent.state = state;
    agent.reason = reason;
    agent.since = clock.instant();
  }

  /**
   * Holds events back until {@link #releaseEvents()}, as a cluster delivers them late: the state
   * changes at once, the subscribers hear of it later.
   */
  public void holdEvents() {
    held = new ArrayList<>();
  }

  /** Delivers the events held back, in order. */
  public void releaseEvents() {
    List<RoutingEvent> late = held;
    held = null;
    if (late != null) {
      publish(late);
    }
  }

  private volatile List<RoutingEvent> held;

  private void publish(List<RoutingEvent> events) {
    List<RoutingEvent> holding = held;
    if (holding != null) {
      holding.addAll(events);
      return;
    }
    for (RoutingEvent event : events) {
      published.add(event);
      for (Consumer<RoutingEvent> listener : listeners) {
        listener.accept(event);
      }
    }
  }

  private AgentSnapshot snapshot(Agent agent) {
    List<ContactSnapshot> lines =
        agent.line == null || !contacts.containsKey(agent.line)
            ? List.of()
            : List.of(snapshot(contacts.get(agent.line)));
    return new AgentSnapshot(
        agent.id,
        agent.displayName,
        agent.state,
        agent.reason,
        agent.since,
        lines,
        1,
        agent.skills,
        org.cityline.routing.AgentStatistics.none());
  }

  private ContactSnapshot snapshot(Contact contact) {
    ContactRequest r = contact.request;
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
        contact.enqueuedAt,
        contact.state,
        Optional.ofNullable(contact.agent),
        contact.notes,
        Optional.ofNullable(contact.callbackNumber),
        Optional.empty(),
        Optional.empty());
  }

  private QueueSnapshot queueSnapshot(QueueId queue) {
    Instant now = clock.instant();
    List<Contact> waiting =
        contacts.values().stream()
            .filter(c -> c.request.queue().equals(queue) && c.state == ContactState.QUEUED)
            .toList();
    Duration longest =
        waiting.stream()
            .map(c -> Duration.between(c.enqueuedAt, now))
            .max(Duration::compareTo)
            .orElse(Duration.ZERO);
    Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
    agents.values().forEach(agent -> byState.merge(agent.state, 1, Integer::sum));
    QueueSnapshot plain =
        new QueueSnapshot(queue, queueNames.get(queue), waiting.size(), longest, byState);
    return new QueueSnapshot(
        queue,
        plain.name(),
        plain.waiting(),
        longest,
        byState,
        openQueues.getOrDefault(queue, true),
        statistics.getOrDefault(queue, plain.statistics()));
  }

  private static String describe(AgentState state) {
    return switch (state) {
      case LOGGED_OUT -> "signed out";
      case AVAILABLE -> "available";
      case RESERVED -> "a call is ringing";
      case ON_CALL -> "on a call";
      case ON_HOLD -> "a caller is on hold";
      case WRAP_UP -> "wrapping up a call";
      case AWAY -> "away";
    };
  }

  /** Display names for agents: the staff directory's, if registered here. */
  private final Map<AgentId, String> displayNames = new LinkedHashMap<>();

  /** Sets the name routing shows for an agent (the real core reads the staff directory). */
  public synchronized FakeRoutingService withDisplayName(String username, String name) {
    displayNames.put(new AgentId(username), name);
    return this;
  }

  private String displayName(AgentId id) {
    return displayNames.getOrDefault(id, id.value());
  }
}
