package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.routing.TestAgents.T0;
import static org.cityline.routing.TestAgents.available;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.ContactId;
import org.cityline.routing.RoutingDecision.Match;
import org.junit.jupiter.api.Test;

class RoutingDecisionTest {

  private final QueueDefinition billing = QueueDefinition.billing();
  private final SelectionStrategy longestIdle = new LongestIdle();

  private static Waiting waiting(String id, int priority, Duration after, Set<AgentId> declined) {
    return new Waiting(new ContactId(id), 1, priority, T0.plus(after), declined);
  }

  @Test
  void theLongestIdleAgentGetsTheFirstContact() {
    Agent idleSinceNine = available("bea", T0.plusSeconds(60));
    Agent idleLongest = available("cal", T0);
    Agent idleShortest = available("ann", T0.plusSeconds(120));

    Optional<Match> match =
        RoutingDecision.next(
            billing,
            List.of(waiting("c1", 0, Duration.ZERO, Set.of())),
            List.of(idleSinceNine, idleLongest, idleShortest),
            longestIdle);

    assertThat(match).map(m -> m.agent().id().value()).hasValue("cal");
    assertThat(match).map(m -> m.contact().contact().value()).hasValue("c1");
  }

  @Test
  void equallyIdleAgentsAreOrderedByIdSoEveryNodeDecidesAlike() {
    Optional<Agent> chosen =
        longestIdle.select(
            waiting("c1", 0, Duration.ZERO, Set.of()),
            List.of(available("zed", T0), available("amy", T0)));

    assertThat(chosen).map(a -> a.id().value()).hasValue("amy");
  }

  @Test
  void agentsWithoutTheQueuesSkillsAreNeverChosen() {
    Agent gasOnly = available("gus", T0, Map.of("gas", 5));

    assertThat(
            RoutingDecision.next(
                billing,
                List.of(waiting("c1", 0, Duration.ZERO, Set.of())),
                List.of(gasOnly),
                longestIdle))
        .isEmpty();
    assertThat(
            RoutingDecision.next(
                billing.withRequiredSkills(Set.of()),
                List.of(waiting("c1", 0, Duration.ZERO, Set.of())),
                List.of(gasOnly),
                longestIdle))
        .isPresent();
  }

  @Test
  void anAgentWhoRejectedAContactGetsTheNextOneInstead() {
    Agent ann = available("ann", T0);
    Waiting rejectedByAnn = waiting("c1", 0, Duration.ZERO, Set.of(ann.id()));
    Waiting next = waiting("c2", 0, Duration.ofSeconds(5), Set.of());

    Optional<Match> match =
        RoutingDecision.next(billing, List.of(rejectedByAnn, next), List.of(ann), longestIdle);

    assertThat(match).map(m -> m.contact().contact().value()).hasValue("c2");
  }

  @Test
  void agentsNotAvailableOrWithoutAFreeLineAreSkipped() {
    Agent away = TestAgents.in(AgentState.AWAY, List.of());
    Agent reserved =
        TestAgents.in(
            AgentState.RESERVED,
            List.of(new AgentLine(new ContactId("other"), T0, Optional.of(T0.plusSeconds(20)))));

    assertThat(
            RoutingDecision.next(
                billing,
                List.of(waiting("c1", 0, Duration.ZERO, Set.of())),
                List.of(away, reserved),
                longestIdle))
        .isEmpty();
  }

  @Test
  void noWaitingContactsOrNoAgentsMeansNoMatch() {
    assertThat(RoutingDecision.next(billing, List.of(), List.of(available("a", T0)), longestIdle))
        .isEmpty();
    assertThat(
            RoutingDecision.next(
                billing,
                List.of(waiting("c1", 0, Duration.ZERO, Set.of())),
                List.of(),
                longestIdle))
        .isEmpty();
  }

  @Test
  void strategiesAreFoundByName() {
    assertThat(SelectionStrategies.named("longest-idle")).containsInstanceOf(LongestIdle.class);
    assertThat(SelectionStrategies.named("most-skilled")).isEmpty();
    assertThat(SelectionStrategies.names()).containsExactly("longest-idle");
  }
}
