package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AwayReason;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.cityline.routing.TransferTarget;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;

/**
 * Random sequences of arrivals, accepts, rejects, hang-ups, holds, state changes, transfers,
 * callbacks and the passing of time; after every step: no contact is with two agents, no agent has
 * more lines than capacity or two offers ringing, every contact is either live or recorded exactly
 * once, and each node's index agrees with the shared state.
 */
class RoutingProperties {

  private static final List<String> QUEUES =
      List.of("billing", "credit", "spanish", "emergency", "outages");
  private static final List<Map<String, Integer>> SKILLS =
      List.of(
          Map.of("billing", 3),
          Map.of("billing", 5, "credit", 4),
          Map.of("billing", 2, "spanish", 4),
          Map.of("credit", 1, "supervisor", 5));
  private static final String[] KINDS = {
    "arrive",
    "arrive",
    "arrive",
    "available",
    "available",
    "away",
    "accept",
    "accept",
    "accept",
    "accept",
    "reject",
    "caller-hangs-up",
    "hang-up",
    "hang-up",
    "finish",
    "finish",
    "finish",
    "hold",
    "resume",
    "transfer",
    "warm",
    "complete",
    "conference",
    "consult-and-conference",
    "leave",
    "leave",
    "callback",
    "time"
  };

  record Step(String kind, int who, int which, int amount) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.of(KINDS),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 11),
            Arbitraries.integers().between(1, 40))
        .as(Step::new)
        .list()
        .ofMinSize(40)
        .ofMaxSize(200);
  }

  @Property(tries = 100)
  void theInvariantsHoldAfterEveryStep(@ForAll("steps") List<Step> steps) {
    RoutingHarness.Stores stores = RoutingHarness.Stores.inMemory();
    RoutingHarness.World world = RoutingHarness.World.with(QueueDirectory.defaults());
    RoutingHarness a = new RoutingHarness(stores, world);
    RoutingHarness b = new RoutingHarness(stores, world);
    List<AgentId> agents = new ArrayList<>();
    for (int i = 0; i < SKILLS.size(); i++) {
      world.staff().add("agent" + i, SKILLS.get(i), 1 + i % 2);
      agents.add(new AgentId("agent" + i));
      (i % 2 == 0 ? a : b).router.signIn(agents.get(i));
    }
    List<String> enqueued = new ArrayList<>();
    try {
      for (Step step : steps) {
        RoutingHarness node = step.which() % 2 == 0 ? a : b;
        apply(node, step, agents.get(step.who()), enqueued);
        checkInvariants(stores, world, List.of(a, b), agents, enqueued);
      }
    } finally {
      a.close();
      b.close();
    }
  }

  private static void apply(
      RoutingHarness node, Step step, AgentId someone, List<String> enqueued) {
    var router = node.router;
    ContactId contact = pick(enqueued, step.which());
    AgentLine.State wanted =
        switch (step.kind()) {
          case "accept", "reject" -> AgentLine.State.RINGING;
          case "hang-up", "hold", "transfer", "warm" -> AgentLine.State.ACTIVE;
          case "resume", "complete", "conference" -> AgentLine.State.HELD;
          case "leave", "consult-and-conference" -> AgentLine.State.ACTIVE;
          case "finish" -> AgentLine.State.WRAP_UP;
          default -> null;
        };
    Target target =
        wanted == null
            ? new Target(someone, new ContactId("none"))
            : target(node, wanted, step.which(), someone);
    AgentId agent = target.agent();
    ContactId line = target.contact();
    switch (step.kind()) {
      case "arrive" -> {
        String id = "c" + enqueued.size();
        String queue = QUEUES.get(step.which() % QUEUES.size());
        if (router
            .enqueue(Requests.to(id, queue, step.amount() % 3 == 0 ? 10 : 0, node.clock.instant()))
            .done()) {
          enqueued.add(id);
        }
      }
      case "available" -> router.makeAvailable(someone);
      case "away" -> router.goAway(someone, AwayReason.BREAK);
      case "accept" -> router.accept(agent, line);
      case "reject" -> router.reject(agent, line);
      case "caller-hangs-up" -> {
        if (contact != null) {
          router
              .contact(contact)
              .ifPresent(
                  c ->
                      router.onCallEvent(
                          new CallEvent.CallEnded(
                              c.call(),
                              step.amount() % 2 == 0
                                  ? EndReason.CALLER_HUNG_UP
                                  : EndReason.NOT_ANSWERED,
                              node.clock.instant())));
        }
      }
      case "hang-up" -> router.hangUp(agent, line);
      case "finish" -> router.finishWrapUp(agent, line, "other", "Note.");
      case "hold" -> router.hold(agent, line);
      case "resume" -> router.resume(agent, line);
      case "transfer" ->
          router.transfer(
              agent,
              line,
              new TransferTarget.Queue(new QueueId(QUEUES.get(step.amount() % QUEUES.size()))),
              TransferTarget.Mode.BLIND,
              "Over to you.");
      case "warm" ->
          router.transfer(
              agent,
              line,
              new TransferTarget.Agent(new AgentId("agent" + step.amount() % 4)),
              TransferTarget.Mode.WARM,
              "");
      case "complete" -> router.completeTransfer(agent, line);
      case "conference" -> router.conference(agent, line);
      case "consult-and-conference" -> {
        AgentId consulted =
            node.stores.agents().all().stream()
                .filter(other -> !other.id().equals(agent) && other.mayTakeOffer())
                .map(Agent::id)
                .findFirst()
                .orElse(new AgentId("agent" + step.amount() % 4));
        if (router
            .transfer(
                agent, line, new TransferTarget.Agent(consulted), TransferTarget.Mode.WARM, "")
            .done()) {
          router.accept(consulted, line);
          router.conference(agent, line);
        }
      }
      case "leave" -> router.leaveConference(agent, line);
      case "callback" -> {
        if (contact != null) {
          router.requestCallback(contact, PhoneNumber.of("+15055550177"));
          router
              .contact(contact)
              .filter(c -> c.callbackNumber().isPresent() && c.state() == ContactState.CONNECTED)
              .ifPresent(
                  c ->
                      router.onCallEvent(
                          new CallEvent.CallAnswered(c.call(), node.clock.instant())));
        }
      }
      case "time" -> node.scheduler.advance(Duration.ofSeconds(step.amount()));
      default -> throw new IllegalStateException(step.kind());
    }
  }

  record Target(AgentId agent, ContactId contact) {}

  /** An agent with a line in this state, and that line's contact (chosen by {@code which}). */
  private static Target target(
      RoutingHarness node, AgentLine.State state, int which, AgentId fallback) {
    List<Target> targets = new ArrayList<>();
    for (Agent agent : node.stores.agents().all()) {
      for (AgentLine line : agent.lines()) {
        if (line.state() == state) {
          targets.add(new Target(agent.id(), line.contact()));
        }
      }
    }
    targets.sort(java.util.Comparator.comparing(t -> t.agent().value() + t.contact().value()));
    return targets.isEmpty()
        ? new Target(fallback, new ContactId("none"))
        : targets.get(which % targets.size());
  }

  private static ContactId pick(List<String> enqueued, int which) {
    return enqueued.isEmpty() ? null : new ContactId(enqueued.get(which % enqueued.size()));
  }

  private static void checkInvariants(
      RoutingHarness.Stores stores,
      RoutingHarness.World world,
      List<RoutingHarness> nodes,
      List<AgentId> agentIds,
      List<String> enqueued) {
    List<Agent> agents = stores.agents().all();
    Map<ContactId, Integer> holders = new HashMap<>();
    for (Agent agent : agents) {
      assertThat(agent.lines().size()).isLessThanOrEqualTo(agent.voiceCapacity());
      assertThat(agent.lines().stream().filter(l -> l.state() == AgentLine.State.RINGING).count())
          .as(agent.id() + " rings at most once")
          .isLessThanOrEqualTo(1);
      for (AgentLine line : agent.lines()) {
        if (line.kind() == AgentLine.Kind.OFFER && line.state() != AgentLine.State.WRAP_UP) {
          holders.merge(line.contact(), 1, Integer::sum);
        }
      }
    }
    holders.forEach(
        (contact, count) -> assertThat(count).as(contact + " is with one agent").isEqualTo(1));
    Set<String> live = new HashSet<>();
    for (Contact contact : stores.contacts().all()) {
      live.add(contact.id().value());
      if (contact.state() == ContactState.OFFERED
          || contact.state() == ContactState.CONNECTED
          || contact.state() == ContactState.ON_HOLD) {
        AgentId with = contact.agent().orElseThrow();
        Agent agent =
            agents.stream()
                .filter(x -> x.id().equals(with))
                .findFirst()
                .orElseThrow(
                    () ->
                        new AssertionError(
                            contact.id() + " is with " + with + ", who is not signed in"));
        assertThat(agent.line(contact.id()))
            .as(contact.id() + " on " + with + "'s lines")
            .isPresent();
        contact
            .consult()
            .filter(consult -> contact.inConference())
            .ifPresent(
                consult ->
                    assertThat(
                            agents.stream()
                                .filter(x -> x.id().equals(consult.agent()))
                                .flatMap(x -> x.line(contact.id()).stream())
                                .filter(l -> l.kind() == AgentLine.Kind.CONSULT)
                                .filter(l -> l.state() == AgentLine.State.ACTIVE))
                        .as(contact.id() + " in conference with " + consult.agent())
                        .hasSize(1));
      }
    }
    for (String id : enqueued) {
      ContactId contactId = new ContactId(id);
      boolean recorded = world.history().ended().containsKey(contactId);
      assertThat(live.contains(id) || recorded).as(id + " is live or recorded").isTrue();
      assertThat(live.contains(id) && recorded).as(id + " is not both").isFalse();
      assertThat(world.history().endCalls(contactId))
          .as(id + " recorded once")
          .isLessThanOrEqualTo(1);
    }
    long queued =
        stores.contacts().all().stream().filter(c -> c.state() == ContactState.QUEUED).count();
    for (RoutingHarness node : nodes) {
      assertThat(node.router.index().waitingInAll()).as("the index agrees").isEqualTo((int) queued);
    }
  }
}
