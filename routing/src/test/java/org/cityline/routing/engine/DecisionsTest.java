package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentTally;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;

/** The pure decisions, on hand-made lines and agents. */
class DecisionsTest {

  private static final Instant T0 = Instant.parse("2026-03-02T16:00:00Z");
  private static final QueueConfig QUEUES = new QueueConfig(QueueDirectory.defaults());

  private static QueuePlan plan(String queue) {
    return QUEUES.plan(new QueueId(queue)).orElseThrow();
  }

  private static IndexedContact waiting(
      String id, String queue, int priority, Instant since, Set<AgentId> declined) {
    return new IndexedContact(
        new ContactId(id),
        new QueueId(queue),
        ContactState.QUEUED,
        1,
        priority,
        since,
        since,
        declined,
        Map.of(),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        1);
  }

  private static NavigableSet<IndexedContact> line(IndexedContact... contacts) {
    TreeSet<IndexedContact> line = new TreeSet<>(IndexedContact.SERVING_ORDER);
    line.addAll(List.of(contacts));
    return line;
  }

  private static Agent agent(String id, Map<String, Integer> skills, Instant idle) {
    return new Agent(
        new AgentId(id),
        id,
        "sim:" + id,
        skills,
        1,
        true,
        Optional.empty(),
        AgentState.AVAILABLE,
        idle,
        idle,
        Optional.empty(),
        List.of(),
        AgentTally.startOf(T0),
        1);
  }

  @Test
  void theFirstContactSomeAgentMayTakeGoesToThePreferredAgent() {
    Agent ann = agent("ann", Map.of("billing", 3), T0.plusSeconds(5));
    Agent bob = agent("bob", Map.of("billing", 3), T0);
    var line =
        line(
            waiting("c1", "billing", 0, T0, Set.of(new AgentId("bob"))),
            waiting("c2", "billing", 0, T0.plusSeconds(1), Set.of()));

    var match =
        Decisions.forQueue(plan("billing"), line, List.of(ann, bob), T0.plusSeconds(10))
            .orElseThrow();

    assertThat(match.contact().id().value()).isEqualTo("c1");
    assertThat(match.agent().id().value()).as("bob declined c1").isEqualTo("ann");
  }

  @Test
  void nobodyQualifiedMeansNoMatch() {
    Agent ann = agent("ann", Map.of("billing", 3), T0);
    assertThat(
            Decisions.forQueue(
                plan("credit"), line(waiting("c1", "credit", 0, T0, Set.of())), List.of(ann), T0))
        .isEmpty();
  }

  @Test
  void aFreeAgentTakesTheFirstInServingOrderOverAllTheirQueues() {
    Agent ann = agent("ann", Map.of("billing", 3), T0);
    Map<QueueId, NavigableSet<IndexedContact>> lines =
        Map.of(
            new QueueId("billing"), line(waiting("b1", "billing", 0, T0, Set.of())),
            new QueueId("payments"),
                line(waiting("p1", "payments", 0, T0.minusSeconds(5), Set.of())),
            new QueueId("emergency"),
                line(waiting("e1", "emergency", 100, T0.plusSeconds(60), Set.of())));

    var match =
        Decisions.forAgent(
                ann, QUEUES.plans(), queue -> lines.getOrDefault(queue, line()), T0.plusSeconds(90))
            .orElseThrow();

    assertThat(match.contact().id().value()).isEqualTo("e1");
  }

  @Test
  void aContactAFreeAgentAsksForGoesToTheLongestIdleOfAllFreeAgents() {
    // The store told this node about cal after the contact arrived: cal's trigger must not win
    // over ann, who has been free longer.
    Agent ann = agent("ann", Map.of("billing", 3), T0);
    Agent cal = agent("cal", Map.of("billing", 3), T0.plusSeconds(20));
    Agent creditOnly = agent("dee", Map.of("credit", 3), T0.minusSeconds(60));
    NavigableSet<IndexedContact> billing = line(waiting("c1", "billing", 0, T0, Set.of()));

    var match =
        Decisions.forAgent(
                cal,
                QUEUES.plans(),
                queue -> queue.value().equals("billing") ? billing : line(),
                List.of(creditOnly, cal, ann),
                T0.plusSeconds(30))
            .orElseThrow();

    assertThat(match.contact().id().value()).isEqualTo("c1");
    assertThat(match.agent().id().value()).isEqualTo("ann");
  }

  @Test
  void aContactAFreeAgentAsksForSkipsAgentsWhoDeclinedIt() {
    Agent ann = agent("ann", Map.of("billing", 3), T0);
    Agent cal = agent("cal", Map.of("billing", 3), T0.plusSeconds(20));
    NavigableSet<IndexedContact> billing = line(waiting("c1", "billing", 0, T0, Set.of(ann.id())));

    var match =
        Decisions.forAgent(
                cal,
                QUEUES.plans(),
                queue -> queue.value().equals("billing") ? billing : line(),
                List.of(ann, cal),
                T0.plusSeconds(30))
            .orElseThrow();

    assertThat(match.agent().id().value()).isEqualTo("cal");
  }

  @Test
  void aScanStopsAfterTheBoundAndMovesToTheNextPriorityClass() {
    Agent ann = agent("ann", Map.of("billing", 3), T0);
    TreeSet<IndexedContact> many = new TreeSet<>(IndexedContact.SERVING_ORDER);
    for (int i = 0; i < 200; i++) {
      many.add(waiting("d" + i, "billing", 5, T0.plusSeconds(i), Set.of(ann.id())));
    }
    many.add(waiting("low", "billing", 0, T0, Set.of()));

    var match =
        Decisions.forQueue(plan("billing"), many, List.of(ann), T0.plus(Duration.ofMinutes(10)))
            .orElseThrow();

    assertThat(match.contact().id().value()).isEqualTo("low");
  }

  @Test
  void theIndexsLongestIdleOrderChoosesAsAFullLookWould() {
    java.util.Random random = new java.util.Random(42);
    List<String> skills = List.of("billing", "credit", "spanish", "specialist", "supervisor");
    for (int round = 0; round < 400; round++) {
      List<Agent> agents = new java.util.ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(40); i++) {
        Map<String, Integer> own = new java.util.HashMap<>();
        for (String skill : skills) {
          if (random.nextInt(3) == 0) {
            own.put(skill, 1 + random.nextInt(5));
          }
        }
        // a few share an idle moment, so the tie on the id is exercised too
        agents.add(agent("a" + i, own, T0.plusSeconds(random.nextInt(20))));
      }
      TreeSet<Agent> byIdle = new TreeSet<>(org.cityline.routing.LongestIdle.ORDER);
      byIdle.addAll(agents);
      java.util.Collections.shuffle(agents, random);
      List<IndexedContact> contacts = new java.util.ArrayList<>();
      for (int c = 0; c < 1 + random.nextInt(6); c++) {
        Set<AgentId> declined =
            random.nextBoolean() ? Set.of() : Set.of(new AgentId("a" + random.nextInt(40)));
        contacts.add(
            waiting(
                "c" + c,
                "billing",
                random.nextInt(2),
                T0.minusSeconds(random.nextInt(600)),
                declined));
      }
      Instant now = T0.plusSeconds(30);
      Map<QueueId, NavigableSet<IndexedContact>> lines = new java.util.HashMap<>();
      for (IndexedContact contact : contacts) {
        String queue = List.of("billing", "credit", "spanish").get(random.nextInt(3));
        lines.computeIfAbsent(new QueueId(queue), q -> line()).add(requeued(contact, queue));
      }
      Agent freed = agents.get(random.nextInt(agents.size()));
      assertThat(
              Decisions.forAgent(
                  freed, QUEUES.plans(), q -> lines.getOrDefault(q, line()), byIdle, now))
          .as("round %d, %s freed", round, freed.id())
          .isEqualTo(
              Decisions.forAgent(
                  freed, QUEUES.plans(), q -> lines.getOrDefault(q, line()), agents, now));
      for (String queue : List.of("billing", "credit", "spanish", "specialists")) {
        QueuePlan plan = plan(queue);
        var line =
            line(contacts.stream().map(c -> requeued(c, queue)).toArray(IndexedContact[]::new));
        assertThat(Decisions.forQueue(plan, line, byIdle, now))
            .as("round %d, queue %s", round, queue)
            .isEqualTo(Decisions.forQueue(plan, line, agents, now));
      }
    }
  }

  private static IndexedContact requeued(IndexedContact contact, String queue) {
    return waiting(
        contact.id().value(), queue, contact.priority(), contact.queuedAt(), contact.declinedBy());
  }
}
