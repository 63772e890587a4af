package org.cityline.routing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityline.common.ContactId;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.WrapUpPolicy;
import org.cityline.routing.config.QueueFile;
import org.cityline.routing.engine.QueueConfig;
import org.cityline.routing.engine.Router;
import org.cityline.routing.engine.RouterSetup;
import org.cityline.routing.engine.RoutingSettings;
import org.cityline.routing.testing.FakeCallControl;
import org.cityline.routing.testing.FakeContactHistory;
import org.cityline.routing.testing.FakeStaffDirectory;
import org.cityline.routing.testing.InMemoryQueueConfigStore;
import org.cityline.routing.testing.RecordingIntervalStore;
import org.cityline.routing.testing.RecordingRoutingEvents;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Three members, a stream of callers and agents on all of them, and one member (the leading one, or
 * another) killed abruptly mid-stream (no graceful shutdown: its timers, half-done steps and
 * partitions are lost at once): every contact enqueued ends exactly once, answered, and nothing is
 * left behind.
 *
 * <p>The three members run in one JVM: each is a full Hazelcast member with its own partitions,
 * backups and TCP connections on loopback, and each router has its own index, timers, sweeps and
 * leadership, so what is lost when a member is killed is exactly what a lost node loses. The
 * clustered event bus is replaced by one shared recorder (it is tested on its own in {@code
 * ClusteredEventBusTest}); real time and real schedulers run, with a 5-second ring timeout.
 */
class MemberKilledMidStreamTest {

  private static final int CALLERS = 60;
  private static final int AGENTS = 6;

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<ExecutorScheduler> schedulers = new ArrayList<>();
  private final List<Router> routers = new CopyOnWriteArrayList<>();
  private HazelcastTestCluster cluster;

  @AfterEach
  void stop() {
    threads.shutdownNow();
    routers.forEach(Router::close);
    schedulers.forEach(ExecutorScheduler::close);
    if (cluster != null) {
      cluster.close();
    }
  }

  @ParameterizedTest(name = "member {0} killed")
  @ValueSource(ints = {0, 2})
  void losingAMemberLosesNoContactAndDoublesNone(int victim) throws Exception {
    cluster = HazelcastTestCluster.start(3, 3, RoutingMaps::configure);
    FakeStaffDirectory staff = new FakeStaffDirectory();
    FakeContactHistory history = new FakeContactHistory();
    RecordingRoutingEvents events = new RecordingRoutingEvents();
    InMemoryQueueConfigStore config = new InMemoryQueueConfigStore();
    QueueDirectory queues =
        QueueDirectory.of(
            List.of(QueueDefinition.billing().withRingTimeout(Duration.ofSeconds(5))));
    config.seed(QueueFile.format(queues));
    for (int member = 0; member < 3; member++) {
      routers.add(router(cluster.member(member), staff, history, events, config, queues));
    }
    List<AgentId> agents = new ArrayList<>();
    for (int i = 0; i < AGENTS; i++) {
      staff.add("agent-" + i, Map.of("billing", 3), 1);
      agents.add(new AgentId("agent-" + i));
    }
    Map<AgentId, BlockingQueue<ContactId>> offers = new ConcurrentHashMap<>();
    agents.forEach(agent -> offers.put(agent, new LinkedBlockingQueue<>()));
    events.subscribe(
        event -> {
          if (event instanceof RoutingEvent.OfferMade offer) {
            offers.get(offer.agent()).add(offer.contact().id());
          }
        });
    AtomicBoolean killed = new AtomicBoolean();
    AtomicBoolean done = new AtomicBoolean();
    for (int i = 0; i < AGENTS; i++) {
      AgentId agent = agents.get(i);
      int home = i % 3;
      threads.submit(() -> workAsAgent(agent, home, offers.get(agent), done));
    }

    Set<ContactId> enqueued = ConcurrentHashMap.newKeySet();
    for (int c = 0; c < CALLERS; c++) {
      if (c == CALLERS / 2) {
        cluster.kill(victim); // 0 is the oldest member, which leads
        killed.set(true);
      }
      ContactId id = new ContactId("c" + c);
      enqueueSomewhere(id, c);
      enqueued.add(id);
      Thread.sleep(40);
    }

    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(() -> assertThat(history.ended().keySet()).containsAll(enqueued));
    done.set(true);

    assertThat(killed).isTrue();
    for (ContactId id : enqueued) {
      assertThat(history.ended().get(id).outcome()).as(id + "'s outcome").isEqualTo("answered");
    }
    assertThat(history.ended()).hasSize(CALLERS);
    assertThat(history.wrapUps()).hasSize(CALLERS);
    Router survivor = routers.get(1);
    int other = victim == 0 ? 2 : 0;
    assertThat(cluster.member(other).getLifecycleService().isRunning()).isTrue();
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(survivor.queues().getFirst().waiting()).isZero();
              for (AgentSnapshot agent : survivor.agents()) {
                assertThat(agent.contacts()).as(agent.id() + "'s lines").isEmpty();
              }
            });
    assertThat(cluster.member(1).getMap(RoutingMaps.CONTACTS).size()).isZero();
  }

  private Router router(
      HazelcastInstance member,
      FakeStaffDirectory staff,
      FakeContactHistory history,
      RecordingRoutingEvents events,
      InMemoryQueueConfigStore config,
      QueueDirectory queues) {
    ExecutorScheduler scheduler = new ExecutorScheduler("routing-" + member.getName());
    schedulers.add(scheduler);
    Router router =
        new Router(
            new RouterSetup(
                new HazelcastContactStore(member),
                new HazelcastAgentStore(member),
                new HazelcastStatisticsStore(member),
                config,
                events,
                new FakeCallControl(),
                staff,
                history,
                new RecordingIntervalStore(),
                Clock.systemUTC(),
                scheduler,
                new QueueConfig(queues),
                WrapUpPolicy.defaults(),
                RoutingSettings.defaults(),
                new HazelcastLeadership(member, scheduler)));
    router.start();
    return router;
  }

  /** A live router, starting from {@code preferred} (nodes 1 and 2 survive). */
  private Router live(int preferred) {
    for (int i = 0; i < 3; i++) {
      int node = (preferred + i) % 3;
      if (cluster.member(node).getLifecycleService().isRunning()) {
        return routers.get(node);
      }
    }
    throw new IllegalStateException("no member left");
  }

  /** Enqueues like an IVR: if its node dies during the call, the caller's retry lands elsewhere. */
  private void enqueueSomewhere(ContactId id, int caller) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        RoutingResult result =
            live(caller % 3).enqueue(Requests.billing(id.value(), Clock.systemUTC().instant()));
        if (result.done() || result.toString().contains("already")) {
          return;
        }
        throw new AssertionError("enqueue of " + id + " refused: " + result);
      } catch (RuntimeException nodeLost) {
        // the node died under the call: try another
      }
    }
    throw new AssertionError("could not enqueue " + id);
  }

  /**
   * An agent at a desktop: takes each offer (or, like a reloaded desktop, any ringing line it
   * finds), finishes it at once, and becomes available again when routing set it away; when its
   * node dies it reconnects to another.
   */
  private void workAsAgent(
      AgentId agent, int home, BlockingQueue<ContactId> offers, AtomicBoolean done) {
    AtomicInteger node = new AtomicInteger(home);
    retry(node, router -> router.signIn(agent));
    retry(node, router -> router.makeAvailable(agent));
    while (!done.get() && !Thread.currentThread().isInterrupted()) {
      try {
        ContactId offered = offers.poll(200, TimeUnit.MILLISECONDS);
        Router router = live(node.get());
        Optional<AgentSnapshot> me = router.agent(agent);
        if (offered == null) {
          offered =
              me.flatMap(snapshot -> snapshot.contacts().stream().findFirst())
                  .map(ContactSnapshot::id)
                  .orElse(null);
        }
        if (offered != null) {
          handle(router, agent, offered);
        } else if (me.isPresent() && me.get().state() == AgentState.AWAY) {
          router.makeAvailable(agent);
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException nodeLost) {
        node.incrementAndGet();
      }
    }
  }

  private static void handle(Router router, AgentId agent, ContactId contact) {
    Optional<AgentSnapshot> me = router.agent(agent);
    Optional<ContactSnapshot> line =
        me.flatMap(s -> s.contacts().stream().filter(c -> c.id().equals(contact)).findFirst());
    if (line.isEmpty()) {
      return; // withdrawn or already handled
    }
    switch (line.get().state()) {
      case OFFERED -> {
        if (!router.accept(agent, contact).done()) {
          return;
        }
        router.hangUp(agent, contact);
        router.finishWrapUp(agent, contact, "billing-question", "Handled.");
      }
      case CONNECTED, ON_HOLD -> {
        router.hangUp(agent, contact);
        router.finishWrapUp(agent, contact, "billing-question", "Handled.");
      }
      case WRAP_UP -> router.finishWrapUp(agent, contact, "billing-question", "Handled.");
      case QUEUED, ENDED -> {
        // not on the line any more
      }
    }
  }

  private void retry(AtomicInteger node, java.util.function.Function<Router, RoutingResult> step) {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        step.apply(live(node.get()));
        return;
      } catch (RuntimeException nodeLost) {
        node.incrementAndGet();
      }
    }
  }
}
