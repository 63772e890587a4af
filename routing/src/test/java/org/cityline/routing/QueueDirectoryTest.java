package org.cityline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueDirectoryTest {

  private static final QueueDefinition BILLING = QueueDefinition.billing();

  @Test
  void theDefaultsAreTheUtilitysNineQueues() {
    assertThat(QueueDirectory.defaults().all())
        .extracting(queue -> queue.id().value())
        .containsExactly(
            "billing",
            "payments",
            "credit",
            "start-stop",
            "outages",
            "specialists",
            "supervisors",
            "spanish",
            "emergency");
    QueueDefinition emergency =
        QueueDirectory.defaults().find(new QueueId("emergency")).orElseThrow();
    assertThat(emergency.priority()).isEqualTo(100);
    assertThat(emergency.skills()).isEmpty();
  }

  @Test
  void everyDefaultQueueIsServedByADemoStaffSkill() {
    Map<String, Integer> demoSkills =
        Map.of("billing", 5, "credit", 4, "specialist", 4, "supervisor", 5, "spanish", 4);
    for (QueueDefinition queue : QueueDirectory.defaults().all()) {
      assertThat(Requirement.of(queue.skills()).metBy(demoSkills)).as(queue.id().value()).isTrue();
    }
  }

  @Test
  void aQueueNamedTwiceIsRefused() {
    assertThatThrownBy(() -> QueueDirectory.of(List.of(BILLING, BILLING)))
        .hasMessage("queue billing is defined twice");
  }

  @Test
  void anUnknownStrategyIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(
            () -> QueueDirectory.of(List.of(BILLING.toBuilder().strategy("random").build())))
        .hasMessage(
            "queue billing, strategy: no selection strategy named 'random'; known: longest-idle,"
                + " most-skilled, round-robin");
  }

  @Test
  void anOverflowToAnUnknownQueueIsRefused() {
    QueueDefinition overflowing =
        BILLING.toBuilder()
            .overflow(Optional.of(new Overflow.ToQueue(new QueueId("nowhere"))))
            .build();

    assertThatThrownBy(() -> QueueDirectory.of(List.of(overflowing)))
        .hasMessage("queue billing, overflow: there is no queue called 'nowhere' to overflow to");
  }

  @Test
  void overflowsInACircleAreRefused() {
    QueueDefinition a =
        BILLING.toBuilder()
            .id(new QueueId("a"))
            .overflow(Optional.of(new Overflow.ToQueue(new QueueId("b"))))
            .build();
    QueueDefinition b =
        BILLING.toBuilder()
            .id(new QueueId("b"))
            .overflow(Optional.of(new Overflow.ToQueue(new QueueId("a"))))
            .build();

    assertThatThrownBy(() -> QueueDirectory.of(List.of(a, b)))
        .hasMessage("queue a, overflow: contacts would overflow in a circle (a -> b -> a)");
  }

  @Test
  void badFieldsAreRefusedNamingQueueAndField() {
    assertThatThrownBy(() -> BILLING.toBuilder().ringTimeout(Duration.ofSeconds(2)).build())
        .hasMessage("queue billing, ring-timeout: must be 5s to 5m");
    assertThatThrownBy(() -> BILLING.toBuilder().priority(101).build())
        .hasMessage("queue billing, priority: must be 0 to 100, was 101");
    assertThatThrownBy(() -> BILLING.toBuilder().skills(Map.of("billing", 7)).build())
        .hasMessage("queue billing, skills: the level of billing must be 1 to 5, was 7");
    assertThatThrownBy(
            () ->
                BILLING.toBuilder()
                    .escalations(
                        List.of(
                            new EscalationRule(
                                Duration.ofSeconds(60),
                                new EscalationRule.LowerLevel("spanish", 1))))
                    .build())
        .hasMessage("queue billing, escalate: must be lower a skill the queue needs, not spanish");
    assertThatThrownBy(
            () ->
                BILLING.toBuilder()
                    .escalations(
                        List.of(
                            new EscalationRule(
                                Duration.ofHours(1), new EscalationRule.LowerLevel("billing", 1))))
                    .build())
        .hasMessage("queue billing, escalate: must be rules before max-wait");
  }

  @Test
  void escalationsWidenWhoMayTakeAContactAsItWaits() {
    QueueDefinition credit = QueueDirectory.defaults().find(new QueueId("credit")).orElseThrow();
    Map<String, Integer> learner = Map.of("credit", 1);
    Map<String, Integer> billingExpert = Map.of("billing", 4);

    assertThat(credit.requirementAfter(Duration.ZERO, Map.of()).metBy(learner)).isFalse();
    assertThat(credit.requirementAfter(Duration.ofSeconds(120), Map.of()).metBy(learner)).isTrue();
    assertThat(credit.requirementAfter(Duration.ofSeconds(120), Map.of()).metBy(billingExpert))
        .isFalse();
    assertThat(credit.requirementAfter(Duration.ofSeconds(300), Map.of()).metBy(billingExpert))
        .isTrue();
    assertThat(credit.stageAfter(Duration.ofSeconds(299))).isEqualTo(1);
  }

  @Test
  void aContactsOwnSkillsAddToItsQueues() {
    Requirement requirement =
        BILLING.requirementAfter(Duration.ZERO, Map.of("spanish", 3, "billing", 2));

    assertThat(requirement.metBy(Map.of("billing", 2, "spanish", 3))).isTrue();
    assertThat(requirement.metBy(Map.of("billing", 1, "spanish", 3))).isFalse();
    assertThat(requirement.metBy(Map.of("billing", 5))).isFalse();
  }

  @Test
  void overflowHappensAtTheFirstRuleOrAtMaxWait() {
    QueueDefinition billing = QueueDirectory.defaults().find(new QueueId("billing")).orElseThrow();
    assertThat(billing.overflowAfter(Duration.ofSeconds(899))).isEmpty();
    assertThat(billing.overflowAfter(Duration.ofSeconds(900)))
        .contains(new Overflow.ToQueue(new QueueId("supervisors")));
    QueueDefinition spanish = QueueDirectory.defaults().find(new QueueId("spanish")).orElseThrow();
    assertThat(spanish.overflowAfter(Duration.ofHours(2))).isEmpty();
  }
}
