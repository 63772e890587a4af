package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactState;
import org.cityline.routing.EscalationRule;
import org.cityline.routing.Overflow;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;

/** Timed rules: a lower level, another skill, overflow to a queue or out of the center. */
class EscalationTest extends Scenario {

  @Test
  void afterTwoMinutesACreditCallerMayGoToALearner() {
    AgentId learner = agent("lee", Map.of("credit", 1));
    enqueue("c1", "credit");

    pass(Duration.ofSeconds(119));
    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);

    pass(Duration.ofSeconds(2));
    assertThat(with("c1")).isEqualTo(learner);
  }

  @Test
  void afterFiveMinutesABillingExpertMayTakeACreditCaller() {
    AgentId billingExpert = agent("bea", Map.of("billing", 4));
    enqueue("c1", "credit");

    pass(Duration.ofMinutes(4));
    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    pass(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(with("c1")).isEqualTo(billingExpert);
  }

  @Test
  void aWaitingContactOverflowsToSupervisorsKeepingItsPlaceAndArrival() {
    enqueue("c1", "billing");

    pass(Duration.ofMinutes(15).plusSeconds(1));

    assertThat(contact("c1").queue()).isEqualTo(new QueueId("supervisors"));
    assertThat(contact("c1").arrivedAt())
        .isEqualTo(now().minus(Duration.ofMinutes(15).plusSeconds(1)));
    AgentId supervisor = agent("dana", Map.of("supervisor", 5));
    assertThat(with("c1")).isEqualTo(supervisor);
    assertThat(routing.stores.statistics().since(now().minus(Duration.ofDays(1))))
        .anySatisfy(
            i -> {
              assertThat(i.queue().value()).isEqualTo("billing");
              assertThat(i.counts().overflowed()).isEqualTo(1);
            });
  }

  @Test
  void aCallbackNeverOverflowsOutOfTheCenter() {
    QueueDefinition outside =
        QueueDefinition.billing().toBuilder()
            .maxWait(Duration.ofMinutes(1))
            .overflow(Optional.of(new Overflow.OutOfCenter("tel:+15055550199")))
            .build();
    Scenario scenario = new Scenario(QueueDirectory.of(List.of(outside))) {};
    scenario.enqueue("c1", "billing");
    scenario.enqueue("c2", "billing");
    done(
        scenario.routing.router.requestCallback(
            id("c2"), org.cityline.common.PhoneNumber.of("+15055550177")));

    scenario.pass(Duration.ofSeconds(61));

    assertThat(scenario.outcome("c1")).isEqualTo("overflowed-out");
    assertThat(scenario.routing.calls().requests())
        .contains("connect sim/call-c1 tel:+15055550199");
    assertThat(scenario.state("c2")).isEqualTo(ContactState.QUEUED);
    scenario.routing.close();
  }

  @Test
  void anOverflowRuleBeforeMaxWaitMovesTheContactEarlier() {
    QueueDefinition billing =
        QueueDefinition.billing().toBuilder()
            .escalations(
                List.of(
                    new EscalationRule(
                        Duration.ofSeconds(30),
                        new EscalationRule.OverflowTo(
                            new Overflow.ToQueue(new QueueId("overflow"))))))
            .build();
    QueueDefinition overflow =
        QueueDefinition.billing().toBuilder().id(new QueueId("overflow")).name("Overflow").build();
    Scenario scenario = new Scenario(QueueDirectory.of(List.of(billing, overflow))) {};
    scenario.enqueue("c1", "billing");

    scenario.pass(Duration.ofSeconds(31));

    assertThat(scenario.contact("c1").queue()).isEqualTo(new QueueId("overflow"));
    scenario.routing.close();
  }
}
