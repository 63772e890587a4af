package org.cityline.routing.engine;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AwayReason;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.DispositionCode;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routing core: {@link RoutingService} over the stores, the phone system and the event port of
 * a {@link RouterSetup}. It holds no routing state of its own (only this node's ring timers), so
 * any number of routers, one per node, can share one set of stores.
 */
public final class Router implements RoutingService, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Router.class);

  private final RouterSetup setup;
  private final Announcer announce;
  private final OfferTimers timers;
  private final Endings endings;
  private final Matcher matcher;
  private final Returns returns;
  private final ContactHandling handling;
  private final CallEvents callEvents;
  private final Recovery recovery;

  public Router(RouterSetup setup) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.announce = new Announcer(setup);
    this.timers = new OfferTimers(setup, this::ringOut);
    this.endings = new Endings(setup);
    this.matcher = new Matcher(setup, announce, timers);
    this.returns = new Returns(setup, announce, timers, endings, matcher);
    this.handling = new ContactHandling(setup, announce, timers, endings, matcher, returns);
    this.callEvents = new CallEvents(setup, announce, timers, endings, matcher, returns);
    this.recovery = new Recovery(setup, announce, timers, endings, matcher);
  }

  private void ringOut(ContactId contact, AgentId agent) {
    try {
      returns.ringOut(contact, agent);
    } catch (RuntimeException e) {
      LOG.error("Ringing out the offer of contact {} to {} failed", contact, agent, e);
    }
  }

  @Override
  public RoutingResult enqueue(ContactRequest request) {
    Objects.requireNonNull(request, "request");
    Optional<String> problem = RequestCheck.problem(request);
    if (problem.isPresent()) {
      return RoutingResult.refused(problem.get());
    }
    Optional<QueueDefinition> queue = setup.directory().find(request.queue());
    if (queue.isEmpty()) {
      return RoutingResult.refused("There is no queue called '" + request.queue() + "'.");
    }
    if (setup.contacts().find(request.id()).isPresent()) {
      return RoutingResult.refused("Contact " + request.id() + " is already in routing.");
    }
    if (setup.contacts().findByCall(request.call()).isPresent()) {
      return RoutingResult.refused("Call " + request.call() + " already has a contact in routing.");
    }
    Contact contact = Contact.queued(request, setup.clock().instant());
    if (!setup.contacts().add(contact)) {
      return RoutingResult.refused(
          "Contact " + request.id() + " or its call is already in routing.");
    }
    setup.queues().join(contact.queue(), contact.waiting());
    LOG.info(
        "Contact {} (call {}) waits in queue {}", contact.id(), contact.call(), contact.queue());
    announce.contact(contact);
    announce.queue(contact.queue());
    matcher.match(contact.queue());
    return RoutingResult.ok();
  }

  @Override
  public void onCallEvent(CallEvent event) {
    callEvents.on(Objects.requireNonNull(event, "event"));
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
    Agent signedIn = Agent.signedIn(member.get(), setup.clock().instant());
    if (!setup.agents().add(signedIn)) {
      return RoutingResult.refused("You are already signed in.");
    }
    LOG.info("{} signed in to routing", agent);
    announce.agent(signedIn);
    announce.queuesOf(signedIn);
    return RoutingResult.ok();
  }

  @Override
  public RoutingResult signOut(AgentId agent) {
    return changeAgent(agent, new AgentCommand.SignOut(now()));
  }

  @Override
  public RoutingResult makeAvailable(AgentId agent) {
    return changeAgent(agent, new AgentCommand.MakeAvailable(now()));
  }

  @Override
  public RoutingResult goAway(AgentId agent, AwayReason reason) {
    Objects.requireNonNull(reason, "reason");
    return changeAgent(agent, new AgentCommand.GoAway(reason, now()));
  }

  private RoutingResult changeAgent(AgentId agent, AgentCommand command) {
    Objects.requireNonNull(agent, "agent");
    Change<Agent> change = setup.agents().apply(agent, command);
    if (change instanceof Change.Refused<Agent> refused) {
      return RoutingResult.refused(refused.reason());
    }
    Agent after = ((Change.Applied<Agent>) change).after();
    LOG.info("{} is now {}", agent, after.state());
    announce.agent(after);
    announce.queuesOf(after);
    matcher.matchFor(after);
    return RoutingResult.ok();
  }

  @Override
  public RoutingResult accept(AgentId agent, ContactId contact) {
    return handling.accept(required(agent, "agent"), required(contact, "contact"));
  }

  @Override
  public RoutingResult reject(AgentId agent, ContactId contact) {
    return handling.reject(required(agent, "agent"), required(contact, "contact"));
  }

  @Override
  public RoutingResult hold(AgentId agent, ContactId contact) {
    return handling.hold(required(agent, "agent"), required(contact, "contact"));
  }

  @Override
  public RoutingResult resume(AgentId agent, ContactId contact) {
    return handling.resume(required(agent, "agent"), required(contact, "contact"));
  }

  @Override
  public RoutingResult hangUp(AgentId agent, ContactId contact) {
    return handling.hangUp(required(agent, "agent"), required(contact, "contact"));
  }

  @Override
  public RoutingResult finishWrapUp(
      AgentId agent, ContactId contact, String disposition, String note) {
    return handling.finishWrapUp(
        required(agent, "agent"), required(contact, "contact"), disposition, note);
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
    List<Agent> agents = setup.agents().all();
    return setup.directory().all().stream().map(queue -> announce.snapshot(queue, agents)).toList();
  }

  @Override
  public List<AgentSnapshot> agents() {
    return setup.agents().all().stream()
        .sorted(java.util.Comparator.comparing(agent -> agent.id().value()))
        .map(announce::snapshot)
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
   * Repairs what a lost node left half done (see {@link Recovery}) and matches every queue. Safe to
   * run on every node at once; run it at start and whenever a cluster member leaves.
   */
  public void recover() {
    recovery.run();
  }

  /** Cancels this node's ring timers; the offers' deadlines stay in the shared state. */
  @Override
  public void close() {
    timers.cancelAll();
  }

  private Instant now() {
    return setup.clock().instant();
  }

  private static <T> T required(T value, String what) {
    return Objects.requireNonNull(value, what);
  }
}
