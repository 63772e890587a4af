package org.cityline.routing.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.cityline.routing.EscalationRule;
import org.cityline.routing.Overflow;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;

class QueueFileTest {

  private static final QueueDefinition TEMPLATE = QueueDefinition.billing();

  @Test
  void everyFieldIsRead() {
    QueueDirectory directory =
        QueueFile.parse(
            """
            # the credit desk
            queue.credit.name          = Credit and collections
            queue.credit.skills        = credit:3, billing
            queue.credit.strategy      = most-skilled
            queue.credit.priority      = 5
            queue.credit.ring-timeout  = 15s
            queue.credit.wrap-up       = 2m
            queue.credit.service-level = 90% in 45s
            queue.credit.hours         = mon-fri 07:00-19:00, sat 08:00-13:00
            queue.credit.max-wait      = 20m
            queue.credit.overflow      = supervisors
            queue.credit.max-waiting   = 50
            queue.credit.escalate      = 120s lower credit 1; 300s widen credit billing:4; 600s overflow supervisors
            queue.credit.handle-time   = 8m
            queue.supervisors.name     = Supervisors
            """,
            TEMPLATE);

    QueueDefinition credit = directory.find(new QueueId("credit")).orElseThrow();
    assertThat(credit.name()).isEqualTo("Credit and collections");
    assertThat(credit.skills()).isEqualTo(Map.of("credit", 3, "billing", 1));
    assertThat(credit.strategy()).isEqualTo("most-skilled");
    assertThat(credit.priority()).isEqualTo(5);
    assertThat(credit.ringTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(credit.wrapUpTime()).isEqualTo(Duration.ofMinutes(2));
    assertThat(credit.serviceLevel().percent()).isEqualTo(90);
    assertThat(credit.serviceLevel().within()).isEqualTo(Duration.ofSeconds(45));
    assertThat(credit.hours().periods()).containsKeys(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
    ZoneId denver = ZoneId.of("America/Denver");
    assertThat(credit.hours().isOpen(Instant.parse("2026-03-02T16:00:00Z"), denver)).isTrue();
    assertThat(credit.hours().isOpen(Instant.parse("2026-03-08T16:00:00Z"), denver))
        .as("a Sunday")
        .isFalse();
    assertThat(credit.overflow()).contains(new Overflow.ToQueue(new QueueId("supervisors")));
    assertThat(credit.maxWaiting()).isEqualTo(50);
    assertThat(credit.escalations())
        .extracting(EscalationRule::action)
        .containsExactly(
            new EscalationRule.LowerLevel("credit", 1),
            new EscalationRule.AddSkill("credit", "billing", 4),
            new EscalationRule.OverflowTo(new Overflow.ToQueue(new QueueId("supervisors"))));
    assertThat(credit.handleTime()).isEqualTo(Duration.ofMinutes(8));
    QueueDefinition supervisors = directory.find(new QueueId("supervisors")).orElseThrow();
    assertThat(supervisors.ringTimeout()).as("from the template").isEqualTo(TEMPLATE.ringTimeout());
    assertThat(supervisors.skills()).isEmpty();
  }

  @Test
  void theDefaultsWriteAndReadBackTheSame() {
    QueueDirectory defaults = QueueDirectory.defaults();

    String text = QueueFile.format(defaults);

    assertThat(QueueFile.parse(text, TEMPLATE)).isEqualTo(defaults);
    assertThat(text).contains("queue.emergency.priority         = 100");
  }

  @Test
  void everyProblemIsReportedWithItsLineQueueAndField() {
    assertThatThrownBy(
            () ->
                QueueFile.parse(
                    """
                    queue.billing.name = Billing
                    queue.billing.ring-timeout = 20x
                    queue.billing.colour = blue
                    queue.billing.skills = billing:9
                    queue.billing.service-level = most of them
                    this is not a line
                    queue.payments.name = Payments
                    queue.payments.wrap-up = 2s
                    queue.payments.overflow = Bad Queue
                    queue.payments.escalate = 60s shout loudly
                    queue.payments.name = Again
                    """,
                    TEMPLATE))
        .isInstanceOfSatisfying(
            QueueFile.Problems.class,
            problems ->
                assertThat(problems.problems())
                    .containsExactly(
                        "line 3: queue billing, colour: no such field; fields are name, skills,"
                            + " strategy, priority, ring-timeout, wrap-up, service-level, hours,"
                            + " max-wait, overflow, max-waiting, escalate, handle-time",
                        "line 6: expected queue.<id>.<field> = <value>, got 'this is not a line'",
                        "line 11: queue payments, name: set twice (also on line 7)",
                        "line 4: queue billing, skills: the level of billing must be 1 to 5, was 9"
                            + " (got 'billing:9')",
                        "line 2: queue billing, ring-timeout: must be a duration such as 90s, 20m"
                            + " or 2h (got '20x')",
                        "line 5: queue billing, service-level: must read like 80% in 30s (got"
                            + " 'most of them')",
                        "line 9: queue payments, overflow: an overflow target is a queue id,"
                            + " outside:<endpoint> or none (got 'Bad Queue')",
                        "line 10: queue payments, escalate: each rule reads '<wait> lower <skill>"
                            + " <level>', '<wait> widen <skill> <other>:<level>' or '<wait>"
                            + " overflow <queue>'; got '60s shout loudly' (got '60s shout"
                            + " loudly')"));
  }

  @Test
  void aValueTheQueueRefusesIsReportedOnItsLine() {
    assertThatThrownBy(
            () ->
                QueueFile.parse(
                    "queue.billing.name = Billing\nqueue.billing.wrap-up = 2s\n", TEMPLATE))
        .hasMessageContaining("line 2: queue billing, wrap-up: must be 10s to 30m");
    assertThatThrownBy(() -> QueueFile.parse("# nothing\n", TEMPLATE))
        .hasMessageContaining("no queue is defined");
    assertThatThrownBy(
            () -> QueueFile.parse("queue.a.overflow = b\nqueue.b.overflow = a\n", TEMPLATE))
        .hasMessageContaining(
            "queue a, overflow: contacts would overflow in a circle (a -> b -> a)");
  }

  @Test
  void hoursAndDurationsReadAsWritten() {
    assertThat(HoursText.parse("always").alwaysOpen()).isTrue();
    assertThat(HoursText.parse("mon-sun 00:00-24:00").toString())
        .isEqualTo(
            "mon 00:00-24:00, tue 00:00-24:00, wed 00:00-24:00, thu 00:00-24:00, fri 00:00-24:00,"
                + " sat 00:00-24:00, sun 00:00-24:00");
    assertThatThrownBy(() -> HoursText.parse("fri-mon 07:00-19:00"))
        .hasMessageContaining("mon towards sun");
    assertThat(Durations.parse("1500ms")).contains(Duration.ofMillis(1500));
    assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(Durations.parse("ten minutes")).isEmpty();
  }
}
