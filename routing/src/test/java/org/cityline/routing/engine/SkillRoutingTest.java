package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactState;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.Test;

/** Skills with levels, the three strategies, priorities and the emergency queue. */
class SkillRoutingTest extends Scenario {

  @Test
  void aContactGoesOnlyToAnAgentWithTheQueuesSkillsAtTheirLevels() {
    AgentId learner = agent("lee", Map.of("credit", 2));
    enqueue("c1", "credit");

    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    AgentId expert = agent("eve", Map.of("credit", 4));
    assertThat(with("c1")).isEqualTo(expert);
    assertThat(state(learner)).isEqualTo(AgentState.AVAILABLE);
  }

  @Test
  void mostSkilledOffersTheBestLevelThenTheLongestIdle() {
    agent("ann", Map.of("credit", 3));
    pass(Duration.ofSeconds(10));
    AgentId best = agent("bob", Map.of("credit", 5));
    pass(Duration.ofSeconds(10));
    agent("cat", Map.of("credit", 5));

    enqueue("c1", "credit");

    assertThat(with("c1")).isEqualTo(best);
  }

  @Test
  void roundRobinTakesTurnsWhateverTheIdleTime() {
    AgentId ann = rep("ann");
    AgentId bob = rep("bob");
    enqueue("o1", "outages");
    assertThat(with("o1")).isEqualTo(ann);
    connect(ann, "o1");
    finish(ann, "o1");

    enqueue("o2", "outages");
    assertThat(with("o2")).as("bob has not had a turn").isEqualTo(bob);
    connect(bob, "o2");
    finish(bob, "o2");

    enqueue("o3", "outages");
    assertThat(with("o3")).isEqualTo(ann);
  }

  @Test
  void longestIdleOffersTheAgentFreeTheLongest() {
    AgentId ann = rep("ann");
    pass(Duration.ofSeconds(5));
    rep("bob");
    enqueue("c1", "billing");
    assertThat(with("c1")).isEqualTo(ann);
  }

  @Test
  void aContactsOwnSkillsNarrowWhoMayTakeIt() {
    rep("ann");
    AgentId sofia = agent("sofia", Map.of("billing", 2, "spanish", 4));
    ContactRequest spanishSpeaker =
        withSkills(Requests.to("c1", "billing", 0, now()), Map.of("spanish", 3));

    done(routing.router.enqueue(spanishSpeaker));

    assertThat(with("c1")).isEqualTo(sofia);
  }

  @Test
  void aContactNeedingASkillNoQueueKnowsIsRefused() {
    refused(
        routing.router.enqueue(
            withSkills(Requests.to("c1", "billing", 0, now()), Map.of("klingon", 1))),
        "There is no skill called 'klingon' in any queue.");
    assertThat(routing.contact("c1")).isEmpty();
  }

  @Test
  void higherPriorityGoesFirstAndTiesGoToTheLongestWaiting() {
    enqueue("c1", "billing");
    pass(Duration.ofSeconds(10));
    enqueue("c2", "billing", 5);
    pass(Duration.ofSeconds(10));
    enqueue("c3", "billing", 5);

    AgentId ann = rep("ann");

    assertThat(with("c2")).isEqualTo(ann);
  }

  @Test
  void anEmergencyGoesToTheFrontOfEveryQueueItsAgentsServe() {
    enqueue("bill", "billing");
    pass(Duration.ofMinutes(3));
    enqueue("gas", "emergency");

    AgentId ann = rep("ann");

    assertThat(with("gas")).isEqualTo(ann);
    assertThat(state("bill")).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void whenAnAgentFreesUpTheLongestWaitingOverTheirQueuesIsNext() {
    enqueue("pay", "payments");
    pass(Duration.ofSeconds(30));
    enqueue("bill", "billing");

    AgentId ann = rep("ann");

    assertThat(with("pay")).isEqualTo(ann);
  }

  @Test
  void aContactRejectedByEveryAgentIsOfferedAgainOnceAnotherComes() {
    AgentId ann = rep("ann");
    enqueue("c1", "billing");
    done(routing.router.reject(ann, id("c1")));
    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);

    AgentId bob = rep("bob");
    assertThat(with("c1")).isEqualTo(bob);
    assertThat(
            routing.router.queues().stream()
                .filter(q -> q.id().value().equals("billing"))
                .findFirst()
                .orElseThrow()
                .waiting())
        .isZero();
    assertThat(List.of(state(ann))).containsExactly(AgentState.AVAILABLE);
  }

  private static ContactRequest withSkills(ContactRequest request, Map<String, Integer> skills) {
    return new ContactRequest(
        request.id(),
        request.call(),
        request.caller(),
        request.language(),
        request.account(),
        request.verified(),
        request.trail(),
        request.reason(),
        request.queue(),
        request.priority(),
        request.arrivedAt(),
        skills);
  }
}
