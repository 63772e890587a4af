package org.cityline.routing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentState;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactState;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two routers, one on each member of a real two-member cluster, racing: no contact is ever offered
 * to two agents, no agent gets more offers than lines, and every contact ends exactly once.
 */
class ClusterRaceTest {

  @RegisterExtension static final TwoMembers CLUSTER = new TwoMembers();

  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private RoutingHarness nodeA;
  private RoutingHarness nodeB;

  @BeforeEach
  void startRouters() {
    RoutingHarness.World world = RoutingHarness.World.fresh();
    nodeA = new RoutingHarness(CLUSTER.freshStores(0), world);
    nodeB = new RoutingHarness(CLUSTER.moreStores(1), world);
  }

  @AfterEach
  void stop() {
    threads.shutdownNow();
    nodeA.close();
    nodeB.close();
  }

  private List<RoutingEvent.OfferMade> offers() {
    List<RoutingEvent.OfferMade> offers =
        new ArrayList<>(nodeA.events.published(RoutingEvent.OfferMade.class));
    offers.addAll(nodeB.events.published(RoutingEvent.OfferMade.class));
    return offers;
  }

  /** Runs the tasks at the same moment on the pool and waits for all. */
  private <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          threads.submit(
              () -> {
                go.await();
                return task.call();
              }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(30, TimeUnit.SECONDS));
    }
    return results;
  }

  @RepeatedTest(10)
  void twoAgentsOnTwoNodesRacingForOneContactGetOneOffer() throws Exception {
    nodeA.staff().addRepresentative("ann");
    nodeA.staff().addRepresentative("bea");
    AgentId ann = new AgentId("ann");
    AgentId bea = new AgentId("bea");
    nodeA.router.signIn(ann);
    nodeB.router.signIn(bea);
    nodeA.router.enqueue(Requests.billing("c1", nodeA.clock.instant()));

    atOnce(List.of(() -> nodeA.router.makeAvailable(ann), () -> nodeB.router.makeAvailable(bea)));

    Contact contact = nodeA.stores.contacts().find(new ContactId("c1")).orElseThrow();
    assertThat(contact.state()).isEqualTo(ContactState.OFFERED);
    AgentId chosen = contact.agent().orElseThrow();
    AgentId other = chosen.equals(ann) ? bea : ann;
    assertThat(nodeA.agent(chosen).orElseThrow().state()).isEqualTo(AgentState.RESERVED);
    assertThat(nodeB.agent(other).orElseThrow().state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(nodeB.agent(other).orElseThrow().contacts()).isEmpty();
    assertThat(offers()).hasSize(1);
  }

  @RepeatedTest(10)
  void twoContactsOnTwoNodesRacingForOneAgentGiveItOneOffer() throws Exception {
    AgentId ann = nodeA.availableAgent("ann");
    Instant now = nodeA.clock.instant();

    atOnce(
        List.of(
            () -> nodeA.router.enqueue(Requests.billing("c1", now)),
            () -> nodeB.router.enqueue(Requests.billing("c2", now))));

    Agent agent = nodeB.stores.agents().find(ann).orElseThrow();
    assertThat(agent.lines()).hasSize(1);
    List<ContactState> states =
        List.of(
            nodeA.contact("c1").orElseThrow().state(), nodeB.contact("c2").orElseThrow().state());
    assertThat(states).containsExactlyInAnyOrder(ContactState.OFFERED, ContactState.QUEUED);
    assertThat(offers()).hasSize(1);
  }

  @Test
  void ofEightOffersOfOneContactFromBothMembersExactlyOneIsApplied() throws Exception {
    nodeA.router.enqueue(Requests.billing("c1", nodeA.clock.instant()));
    Instant now = nodeA.clock.instant();
    List<Callable<Boolean>> offers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      RoutingHarness node = i % 2 == 0 ? nodeA : nodeB;
      AgentId agent = new AgentId("agent-" + i);
      offers.add(
          () ->
              node.stores
                      .contacts()
                      .apply(
                          new ContactId("c1"),
                          new ContactCommand.Offer(agent, 1, now, now.plusSeconds(20)))
                  instanceof Change.Applied<Contact>);
    }

    assertThat(atOnce(offers)).containsOnlyOnce(true);
  }

  @Test
  void ofEightReservationsOfOneAgentFromBothMembersExactlyOneIsApplied() throws Exception {
    AgentId ann = nodeA.availableAgent("ann");
    Instant now = nodeA.clock.instant();
    List<Callable<Boolean>> reservations = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      RoutingHarness node = i % 2 == 0 ? nodeA : nodeB;
      ContactId contact = new ContactId("c" + i);
      reservations.add(
          () ->
              node.stores
                      .agents()
                      .apply(
                          ann,
                          new AgentCommand.Reserve(
                              contact, AgentLine.Kind.OFFER, now, now.plusSeconds(20)),
                          now)
                  instanceof Change.Applied<Agent>);
    }

    assertThat(atOnce(reservations)).containsOnlyOnce(true);
    assertThat(nodeB.stores.agents().find(ann).orElseThrow().lines()).hasSize(1);
  }

  @Test
  void aStreamOfCallersAndAgentsOnBothNodesEndsEveryContactExactlyOnce() throws Exception {
    int callers = 24;
    List<AgentId> agents = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      agents.add(new AgentId("agent-" + i));
      nodeA.staff().addRepresentative("agent-" + i);
    }
    Map<AgentId, BlockingQueue<ContactId>> offered = new ConcurrentHashMap<>();
    agents.forEach(agent -> offered.put(agent, new LinkedBlockingQueue<>()));
    for (RoutingHarness node : List.of(nodeA, nodeB)) {
      node.router.subscribe(
          event -> {
            if (event instanceof RoutingEvent.OfferMade offer) {
              offered.get(offer.agent()).add(offer.contact().id());
            }
          });
    }
    AtomicInteger handled = new AtomicInteger();
    List<Callable<Integer>> work = new ArrayList<>();
    for (int i = 0; i < agents.size(); i++) {
      RoutingHarness node = i % 2 == 0 ? nodeA : nodeB;
      AgentId agent = agents.get(i);
      work.add(() -> workAsAgent(node, agent, offered.get(agent), handled, callers));
    }
    for (int i = 0; i < 2; i++) {
      RoutingHarness node = i == 0 ? nodeA : nodeB;
      int first = i;
      work.add(
          () -> {
            for (int c = first; c < callers; c += 2) {
              node.router.enqueue(Requests.billing("c" + c, node.clock.instant()));
            }
            return 0;
          });
    }

    atOnce(work);

    assertThat(handled.get()).isEqualTo(callers);
    for (int c = 0; c < callers; c++) {
      ContactId id = new ContactId("c" + c);
      assertThat(nodeA.history().endCalls(id)).as("ends of " + id).isEqualTo(1);
      assertThat(nodeA.history().ended().get(id).outcome()).isEqualTo("answered");
    }
    assertThat(offers()).hasSize(callers);
    assertThat(nodeA.stores.contacts().all()).isEmpty();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(nodeB.router.queues().get(0).waiting()).isZero());
  }

  private static int workAsAgent(
      RoutingHarness node,
      AgentId agent,
      BlockingQueue<ContactId> offers,
      AtomicInteger handled,
      int callers)
      throws InterruptedException {
    node.router.signIn(agent);
    node.router.makeAvailable(agent);
    int mine = 0;
    while (handled.get() < callers) {
      ContactId contact = offers.poll(50, TimeUnit.MILLISECONDS);
      if (contact == null) {
        continue;
      }
      if (!node.router.accept(agent, contact).done()
          || !node.router.hangUp(agent, contact).done()
          || !node.router.finishWrapUp(agent, contact, "billing-question", "Done.").done()) {
        throw new AssertionError(agent + " could not handle " + contact);
      }
      handled.incrementAndGet();
      mine++;
    }
    return mine;
  }
}
