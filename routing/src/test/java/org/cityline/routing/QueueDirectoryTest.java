package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueDirectoryTest {

  @Test
  void theDefaultIsOneBillingQueue() {
    QueueDirectory directory = QueueDirectory.defaults();

    assertThat(directory.all()).extracting(q -> q.id().value()).containsExactly("billing");
    QueueDefinition billing = directory.find(new QueueId("billing")).orElseThrow();
    assertThat(billing.strategy()).isEqualTo(LongestIdle.NAME);
    assertThat(billing.requiredSkills()).containsExactly("billing");
    assertThat(billing.ringTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(billing.serviceLevel()).hasToString("80% in 30 s");
    assertThat(directory.find(new QueueId("gas-leak"))).isEmpty();
  }

  @Test
  void moreQueuesCanBeDefinedAndAgentsServeThoseTheyHaveTheSkillsFor() {
    QueueDefinition spanish =
        new QueueDefinition(
            new QueueId("spanish"),
            "Spanish",
            Set.of("billing", "spanish"),
            LongestIdle.NAME,
            Duration.ofSeconds(30),
            Duration.ZERO,
            new ServiceLevelTarget(80, Duration.ofSeconds(60)));
    QueueDirectory directory = QueueDirectory.of(List.of(QueueDefinition.billing(), spanish));

    Agent englishOnly = TestAgents.available("ann", TestAgents.T0);

    assertThat(directory.servedBy(englishOnly))
        .extracting(QueueDefinition::name)
        .containsExactly("Billing");
  }

  @Test
  void badDefinitionsStopStartWithTheQueueNamed() {
    QueueDefinition billing = QueueDefinition.billing();
    assertThatThrownBy(() -> QueueDirectory.of(List.of(billing, billing)))
        .hasMessage("queue billing is defined twice");
    assertThatThrownBy(() -> QueueDirectory.of(List.of()))
        .hasMessage("routing needs at least one queue");
    assertThatThrownBy(
            () ->
                QueueDirectory.of(
                    List.of(
                        new QueueDefinition(
                            billing.id(),
                            "Billing",
                            Set.of(),
                            "round-robin",
                            billing.ringTimeout(),
                            billing.wrapUpTime(),
                            billing.serviceLevel()))))
        .hasMessageContaining("no selection strategy named 'round-robin'");
    assertThatThrownBy(() -> billing.withRingTimeout(Duration.ofSeconds(1)))
        .hasMessageContaining("ring timeout must be 5 s to 5 min");
    assertThatThrownBy(() -> billing.withRequiredSkills(Set.of("Billing Skill")))
        .hasMessageContaining("a skill is");
    assertThatThrownBy(() -> new ServiceLevelTarget(0, Duration.ofSeconds(30)))
        .hasMessageContaining("1 to 100 percent");
  }
}
