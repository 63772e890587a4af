package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cityline.routing.TestAgents.T0;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentLine.Kind;
import org.junit.jupiter.api.Test;

class SelectionStrategiesTest {

  private final Agent longIdleJunior =
      TestAgents.available("ann", T0, Map.of("credit", 1, "billing", 2));
  private final Agent shortIdleExpert =
      TestAgents.available("bea", T0.plusSeconds(60), Map.of("credit", 5, "billing", 5));
  private final Agent midIdleMid =
      TestAgents.available("cal", T0.plusSeconds(30), Map.of("credit", 3, "billing", 3));

  private static AgentId first(Comparator<Agent> order, List<Agent> agents) {
    return agents.stream().min(order).orElseThrow().id();
  }

  @Test
  void longestIdleTakesTheAgentFreeTheLongest() {
    assertThat(
            first(
                new LongestIdle().preference(Requirement.NONE),
                List.of(shortIdleExpert, midIdleMid, longIdleJunior)))
        .isEqualTo(new AgentId("ann"));
  }

  @Test
  void mostSkilledTakesTheHighestLevelsThenTheLongestIdle() {
    Comparator<Agent> order = new MostSkilled().preference(Requirement.of(Map.of("credit", 1)));
    assertThat(first(order, List.of(longIdleJunior, midIdleMid, shortIdleExpert)))
        .isEqualTo(new AgentId("bea"));

    Agent anotherExpert = TestAgents.available("dee", T0.plusSeconds(10), Map.of("credit", 5));
    assertThat(first(order, List.of(shortIdleExpert, anotherExpert))).isEqualTo(new AgentId("dee"));
  }

  @Test
  void roundRobinTakesTheAgentOfferedLeastRecently() {
    Comparator<Agent> order = new RoundRobin().preference(Requirement.NONE);
    Agent offeredLately =
        ((Change.Applied<Agent>)
                new AgentCommand.Release(
                        new ContactId("c"), AgentCommand.Release.Why.REJECTED, T0.plusSeconds(5))
                    .applyTo(
                        ((Change.Applied<Agent>)
                                new AgentCommand.Reserve(
                                        new ContactId("c"),
                                        Kind.OFFER,
                                        T0.plusSeconds(5),
                                        T0.plusSeconds(25))
                                    .applyTo(longIdleJunior))
                            .after()))
            .after();

    assertThat(first(order, List.of(offeredLately, shortIdleExpert, midIdleMid)))
        .isEqualTo(new AgentId("bea"));
  }

  @Test
  void strategiesAreFoundByName() {
    assertThat(SelectionStrategies.names())
        .containsExactly("longest-idle", "most-skilled", "round-robin");
    assertThat(SelectionStrategies.named("round-robin")).containsInstanceOf(RoundRobin.class);
  }
}
