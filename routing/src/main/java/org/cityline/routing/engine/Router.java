package org.cityline.routing.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.AwayReason;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.DispositionCode;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;
import org.cityline.routing.TransferTarget;
import org.cityline.routing.WaitEstimate;
import org.cityline.routing.config.QueueAdmin;
import org.cityline.routing.config.QueueFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing core: {@link RoutingService} over the stores, the phone system and the event port of
 * a {@link RouterSetup}. Its state is in the shared stores; what it holds itself is this node's
 * index of them, its timers, and its sweeps, so any number of routers, one per node, share one set
 * of stores. Call {@link #start} once the node is up and {@link #close} when it stops.
 */
public final class Router implements RoutingService, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  private final RouterSetup setup;
  private final LiveIndex index = new LiveIndex();
  private final Ops ops;
  private final Announcer announce;
  private final Statistics statistics;
  private final Timers timers;
  private final Matcher matcher;
  private final Returns returns;
  private final WrapUps wrapUps;
  private final Transfers transfers;
  private final Callbacks callbacks;
  private final Conferences conferences;
  private final ContactHandling handling;
  private final CallEvents callEvents;
  private final Sweeper sweeper;
  private final Supervision supervision;
  private final IntervalFlusher flusher;
  private final AtomicBoolean leading = new AtomicBoolean();

  public Router(RouterSetup setup) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.ops = new Ops(setup, index);
    this.statistics = new Statistics(ops);
    this.announce = new Announcer(ops, statistics);
    this.timers = new Timers(setup);
    this.matcher = new Matcher(ops, announce, timers);
    Endings endings = new Endings(ops);
    this.returns = new Returns(ops, announce, timers, endings, matcher);
    matcher.returns(returns);
    this.wrapUps = new WrapUps(ops, announce, timers, statistics, endings, matcher);
    this.transfers = new Transfers(ops, announce, timers, statistics, wrapUps, matcher, returns);
    this.conferences = new Conferences(ops, announce, wrapUps, transfers);
    this.callbacks = new Callbacks(ops, announce, timers, statistics, endings, matcher, returns);
    this.handling =
        new ContactHandling(
            ops, announce, timers, statistics, returns, wrapUps, transfers, callbacks);
    this.callEvents =
        new CallEvents(
            ops,
            announce,
            timers,
            statistics,
            endings,
            matcher,
            returns,
            wrapUps,
            transfers,
            conferences,
            callbacks);
    Overflows overflows = new Overflows(ops, announce, statistics, endings, matcher);
    this.sweeper =
        new Sweeper(ops, returns, transfers, wrapUps, overflows, endings, matcher, announce);
    this.supervision = new Supervision(ops, announce, matcher);
    this.flusher = new IntervalFlusher(ops);
    setup.contacts().watch(index::contact, index::contactRemoved);
    setup.agents().watch(index::agent, index::agentRemoved);
    setup
        .queues()
        .onChange(
            directory -> {
              LOG.info(
                  "Routing now uses queues {}",
                  directory.all().stream().map(q -> q.id().value()).toList());
              announce.allQueuesChanged();
              matcher.matchAll();
            });
    setup.leadership().onChange(this::leadershipMayHaveChanged);
  }

  /**
   * Starts this node's part: reads the shared state into the index, repairs what a lost node left
   * behind (when leading), and sweeps and writes interval reports from now on.
   */
  public void start() {
    leading.set(setup.leadership().leads());
    sweeper.recover();
    sweeper.start();
    flusher.start();
  }

  private void leadershipMayHaveChanged() {
    boolean leads = setup.leadership().leads();
    if (leads && !leading.getAndSet(true)) {
      LOG.info("This node now leads routing");
    } else if (!leads) {
      leading.set(false);
    }
    recover();
  }

  /**
   * Repairs what a lost node left half done and matches every queue. Safe to run on every node at
   * once; the router runs it itself whenever its {@link Leadership} reports a change (with
   * Hazelcast: whenever a cluster member joins or leaves).
   */
  public void recover() {
    sweeper.recover();
  }

  /** Runs the sweep now (tests; a node that leads also sweeps every interval by itself). */
  public void sweep() {
    if (setup.leadership().leads()) {
      sweeper.sweep();
    }
  }

  /**
   * Writes the interval counts not yet written now (tests; the leading node does it every minute).
   */
  public void flushIntervals() {
    flusher.flush();
  }

  /** This node's index of the shared state (for benchmarks and the Hazelcast wiring). */
  public LiveIndex index() {
    return index;
  }

  @Override
  public RoutingResult enqueue(ContactRequest request) {
    Objects.requireNonNull(request, "request");
    Optional<String> problem = RequestCheck.problem(request);
    if (problem.isPresent()) {
      return RoutingResult.refused(problem.get());
    }
    Optional<QueueDefinition> queue = setup.queues().find(request.queue());
    if (queue.isEmpty()) {
      return RoutingResult.refused("There is no queue called '" + request.queue() + "'.");
    }
    if (index.waiting(queue.get().id()) >= queue.get().maxWaiting()) {
      return RoutingResult.refused(
          queue.get().name() + " is full (" + queue.get().maxWaiting() + " waiting).");
    }
    for (String skill : request.skills().keySet()) {
      if (!knownSkill(skill)) {
        return RoutingResult.refused("There is no skill called '" + skill + "' in any queue.");
      }
    }
    Contact contact = Contact.queued(request, queue.get(), ops.now());
    // The store refuses a contact or call already there; the reads that say which run only then,
    // so a new caller costs two round trips to the cluster before matching, not five.
    if (!setup.contacts().add(contact)) {
      return RoutingResult.refused(duplicate(request));
    }
    index.contact(contact);
    LOG.info(
        "Contact {} (call {}) waits in queue {}", contact.id(), contact.call(), contact.queue());
    announce.contact(contact);
    matcher.drain();
    // Counted after matching: the count is a cluster operation of its own, and a caller who can be
    // offered at once should not wait behind it.
    statistics.offered(contact);
    return RoutingResult.ok();
  }

  private String duplicate(ContactRequest request) {
    if (setup.contacts().find(request.id()).isPresent()) {
      return "Contact " + request.id() + " is already in routing.";
    }
    if (setup.contacts().findByCall(request.call()).isPresent()) {
      return "Call " + request.call() + " already has a contact in routing.";
    }
    return "Contact " + request.id() + " or its call is already in routing.";
  }

  /** Whether some queue needs the skill (directly or once escalated). */
  private boolean knownSkill(String skill) {
    for (QueuePlan plan : setup.queues().plans()) {
      for (Map<String, Integer> need : plan.widest().needs()) {
        if (need.containsKey(skill)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void onCallEvent(CallEvent event) {
    callEvents.on(Objects.requireNonNull(event, "event"));
    matcher.drain();
  }

  @Override
  public RoutingResult signIn(AgentId agent) {
    Objects.requireNonNull(agent, "agent");
    Optional<StaffMember> member = setup.staff().find(agent.value());
    if (member.isEmpty()) {
      return RoutingResult.refused("There is no staff member called " + agent + ".");
    }
    if (!member.get().active()) {
      return RoutingResult.refused("The account of " + agent + " is disabled.");
    }
    if (member.get().endpoint() == null || member.get().endpoint().isBlank()) {
      return RoutingResult.refused(
          agent + " has no phone set up; an administrator must set one first.");
    }
    Agent signedIn;
    try {
      signedIn = Agent.signedIn(member.get(), ops.now(), ops.day());
    } catch (IllegalArgumentException e) {
      return RoutingResult.refused(
          "The staff record of " + agent + " is not usable: " + e.getMessage());
    }
    if (!setup.agents().add(signedIn)) {
      return RoutingResult.refused("You are already signed in.");
    }
    index.agent(signedIn);
    LOG.info("{} signed in to routing", agent);
    announce.agent(signedIn);
    return RoutingResult.ok();
  }

  @Override
  public RoutingResult signOut(AgentId agent) {
    return supervision.agentChange(
        required(agent, "agent"), new AgentCommand.SignOut(By.AGENT, ops.now()));
  }

  @Override
  public RoutingResult makeAvailable(AgentId agent) {
    return supervision.agentChange(
        required(agent, "agent"), new AgentCommand.MakeAvailable(By.AGENT, ops.now()));
  }

  @Override
  public RoutingResult goAway(AgentId agent, AwayReason reason) {
    Objects.requireNonNull(reason, "reason");
    return supervision.agentChange(
        required(agent, "agent"), new AgentCommand.GoAway(reason, By.AGENT, ops.now()));
  }

  @Override
  public RoutingResult accept(AgentId agent, ContactId contact) {
    return drained(handling.accept(required(agent, "agent"), required(contact, "contact")));
  }

  @Override
  public RoutingResult reject(AgentId agent, ContactId contact) {
    return drained(handling.reject(required(agent, "agent"), required(contact, "contact")));
  }

  @Override
  public RoutingResult hold(AgentId agent, ContactId contact) {
    return drained(handling.hold(required(agent, "agent"), required(contact, "contact")));
  }

  @Override
  public RoutingResult resume(AgentId agent, ContactId contact) {
    return drained(handling.resume(required(agent, "agent"), required(contact, "contact")));
  }

  @Override
  public RoutingResult hangUp(AgentId agent, ContactId contact) {
    required(agent, "agent");
    required(contact, "contact");
    if (conferences.includes(agent, contact)) {
      return drained(conferences.leave(agent, contact));
    }
    return drained(handling.hangUp(agent, contact));
  }

  @Override
  public RoutingResult finishWrapUp(
      AgentId agent, ContactId contact, String disposition, String note) {
    return wrapUps.finish(
        required(agent, "agent"), required(contact, "contact"), disposition, note);
  }

  @Override
  public RoutingResult extendWrapUp(AgentId agent, ContactId contact, Duration extra) {
    return drained(wrapUps.extend(required(agent, "agent"), required(contact, "contact"), extra));
  }

  @Override
  public Optional<WaitEstimate> waitEstimate(ContactId contact) {
    return index.contact(required(contact, "contact")).flatMap(statistics::estimate);
  }

  @Override
  public RoutingResult requestCallback(ContactId contact, PhoneNumber number) {
    Objects.requireNonNull(number, "number");
    return drained(callbacks.request(required(contact, "contact"), number));
  }

  @Override
  public RoutingResult transfer(
      AgentId agent,
      ContactId contact,
      TransferTarget target,
      TransferTarget.Mode mode,
      String note) {
    return transfers.transfer(
        required(agent, "agent"),
        required(contact, "contact"),
        required(target, "target"),
        required(mode, "mode"),
        note);
  }

  @Override
  public RoutingResult completeTransfer(AgentId agent, ContactId contact) {
    return drained(transfers.complete(required(agent, "agent"), required(contact, "contact")));
  }

  @Override
  public RoutingResult conference(AgentId agent, ContactId contact) {
    return drained(conferences.join(required(agent, "agent"), required(contact, "contact")));
  }

  @Override
  public RoutingResult leaveConference(AgentId agent, ContactId contact) {
    return drained(conferences.leave(required(agent, "agent"), required(contact, "contact")));
  }

  @Override
  public RoutingResult cancelTransfer(AgentId agent, ContactId contact) {
    return drained(transfers.cancel(required(agent, "agent"), required(contact, "contact")));
  }

  @Override
  public RoutingResult changePriority(ContactId contact, int priority) {
    return supervision.changePriority(required(contact, "contact"), priority);
  }

  @Override
  public RoutingResult moveToQueue(ContactId contact, QueueId queue) {
    return supervision.moveToQueue(required(contact, "contact"), required(queue, "queue"));
  }

  @Override
  public RoutingResult assign(ContactId contact, AgentId agent) {
    return supervision.assign(required(contact, "contact"), required(agent, "agent"));
  }

  @Override
  public RoutingResult setAgentState(AgentId agent, AgentState state, Optional<AwayReason> reason) {
    return supervision.setAgentState(
        required(agent, "agent"), required(state, "state"), required(reason, "reason"));
  }

  @Override
  public RoutingResult monitor(
      AgentId supervisor, AgentId agent, org.cityline.common.call.MonitorMode mode) {
    return supervision.monitor(
        required(supervisor, "supervisor"), required(agent, "agent"), required(mode, "mode"));
  }

  @Override
  public RoutingResult changeSkills(AgentId agent, Map<String, Integer> skills) {
    return supervision.changeSkills(required(agent, "agent"), required(skills, "skills"));
  }

  @Override
  public Optional<AgentSnapshot> agent(AgentId agent) {
    return setup.agents().find(required(agent, "agent")).map(announce::snapshot);
  }

  @Override
  public Optional<ContactSnapshot> contact(ContactId contact) {
    return setup.contacts().find(required(contact, "contact")).map(Contact::snapshot);
  }

  @Override
  public Optional<ContactSnapshot> contactForCall(CallId call) {
    return setup.contacts().findByCall(required(call, "call")).map(Contact::snapshot);
  }

  @Override
  public List<QueueSnapshot> queues() {
    StaffTimes staff = StaffTimes.of(index.agents(), setup.queues().plans(), ops.now());
    return setup.queues().directory().all().stream()
        .map(queue -> statistics.snapshot(queue, staff))
        .toList();
  }

  @Override
  public List<ContactSnapshot> waiting(QueueId queue, int limit) {
    List<ContactSnapshot> waiting = new ArrayList<>();
    for (IndexedContact entry : index.head(required(queue, "queue"), Math.max(0, limit))) {
      setup
          .contacts()
          .find(entry.id())
          .filter(contact -> contact.state() == ContactState.QUEUED)
          .map(Contact::snapshot)
          .ifPresent(waiting::add);
    }
    return waiting;
  }

  @Override
  public List<QueueDefinition> queueDefinitions() {
    return setup.queues().directory().all();
  }

  @Override
  public List<AgentSnapshot> agents() {
    return setup.agents().all().stream()
        .sorted(Comparator.comparing(agent -> agent.id().value()))
        .map(agent -> announce.snapshot(agent))
        .toList();
  }

  @Override
  public List<DispositionCode> dispositionCodes() {
    return setup.wrapUp().codes();
  }

  @Override
  public Subscription subscribe(Consumer<RoutingEvent> listener) {
    return setup.events().subscribe(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Replaces the queues on every node (the admin API, a reloaded queue file). Refused when a queue
   * that would disappear still has live contacts; otherwise every node switches to it within a
   * moment (the shared configuration tells them).
   */
  public RoutingResult replaceQueues(QueueDirectory directory) {
    Objects.requireNonNull(directory, "directory");
    for (QueueDefinition queue : setup.queues().directory().all()) {
      if (directory.find(queue.id()).isEmpty()) {
        long live = index.liveIn(queue.id());
        if (live > 0) {
          return RoutingResult.refused(
              "Queue "
                  + queue.id()
                  + " still has "
                  + live
                  + " live contact(s); keep it until"
                  + " they are done, or move them first.");
        }
      }
    }
    setup.queueConfig().publish(QueueFile.format(directory));
    setup.queues().replace(directory);
    return RoutingResult.ok();
  }

  /** The queues as the admin API sees them: the directory in use, and {@link #replaceQueues}. */
  public QueueAdmin queueAdmin() {
    return new QueueAdmin() {
      @Override
      public QueueDirectory current() {
        return setup.queues().directory();
      }

      @Override
      public RoutingResult replace(QueueDirectory queues) {
        return replaceQueues(queues);
      }
    };
  }

  /**
   * Cancels this node's timers and stops its sweeps; the deadlines stay in the shared state, where
   * the other nodes act on them.
   */
  @Override
  public void close() {
    sweeper.stop();
    flusher.stop();
    timers.cancelAll();
  }

  /** Makes the offers the operation made possible, on this thread (the lowest latency). */
  private RoutingResult drained(RoutingResult result) {
    matcher.drain();
    return result;
  }

  private static <T> T required(T value, String what) {
    return Objects.requireNonNull(value, what);
  }
}
