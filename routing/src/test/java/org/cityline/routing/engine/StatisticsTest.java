package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.cityline.common.call.CallEvent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStatistics;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueInterval;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.QueueStatistics;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.TransferTarget;
import org.junit.jupiter.api.Test;

/** Live figures per queue and per agent, pushed on change and coalesced, and interval rows. */
class StatisticsTest extends Scenario {

  private QueueSnapshot billing() {
    return queue("billing");
  }

  private QueueSnapshot queue(String id) {
    return routing.router.queues().stream()
        .filter(queue -> queue.id().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** One caller answered after 10 s and handled in 100 s, one after 40 s, one abandoned at 5 s. */
  private AgentId aMorning() {
    enqueue("c1", "billing");
    pass(Duration.ofSeconds(10));
    AgentId ann = rep("ann");
    connect(ann, "c1");
    pass(Duration.ofSeconds(60));
    enqueue("c2", "billing");
    enqueue("c3", "billing");
    pass(Duration.ofSeconds(5));
    callerHangsUp("c3");
    pass(Duration.ofSeconds(35));
    done(routing.router.hangUp(ann, id("c1")));
    done(routing.router.finishWrapUp(ann, id("c1"), "billing-question", "Done."));
    connect(ann, "c2");
    return ann;
  }

  @Test
  void serviceLevelSpeedOfAnswerHandleTimeAndAbandons() {
    aMorning();

    QueueStatistics figures = billing().statistics();

    assertThat(figures.offered()).isEqualTo(3);
    assertThat(figures.answered()).isEqualTo(2);
    assertThat(figures.answeredInTarget()).as("10 s yes, 40 s no (80% in 30 s)").isEqualTo(1);
    assertThat(figures.serviceLevel()).contains(0.5);
    assertThat(figures.abandoned()).isEqualTo(1);
    assertThat(figures.serviceLevelWithAbandons())
        .as("(1 + 1) of 3")
        .hasValueSatisfying(level -> assertThat(level).isCloseTo(2 / 3.0, within(1e-9)));
    assertThat(figures.averageSpeedOfAnswer()).isEqualTo(Duration.ofSeconds(25));
    assertThat(figures.averageHandleTime()).isEqualTo(Duration.ofSeconds(100));
    assertThat(figures.abandonRate()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(figures.meetsTarget()).isFalse();
  }

  @Test
  void aContactAnsweredAgainAfterItCameBackIsCountedOnce() {
    enqueue("c1", "billing");
    pass(Duration.ofSeconds(10));
    AgentId ann = rep("ann");
    connect(ann, "c1");
    routing.router.onCallEvent(
        new CallEvent.AgentLegFailed(call("c1"), "sim:ann", "no answer", now()));
    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    pass(Duration.ofSeconds(20));
    AgentId bob = rep("bob");
    routing.calls().failNext("connect");
    assertThat(routing.router.accept(bob, id("c1"))).isNotEqualTo(RoutingResult.ok());
    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    pass(Duration.ofSeconds(20));
    connect(rep("cy"), "c1");

    QueueStatistics figures = billing().statistics();
    assertThat(figures.offered()).isEqualTo(1);
    assertThat(figures.answered()).as("three accepts, one answer").isEqualTo(1);
    assertThat(figures.averageSpeedOfAnswer()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aContactTransferredToAQueueIsAnsweredOnceInEach() {
    enqueue("c1", "billing");
    AgentId ann = rep("ann");
    connect(ann, "c1");
    done(
        routing.router.transfer(
            ann,
            id("c1"),
            new TransferTarget.Queue(new QueueId("specialists")),
            TransferTarget.Mode.BLIND,
            ""));
    connect(agent("sam", Map.of("specialist", 3)), "c1");

    assertThat(billing().statistics().answered()).isEqualTo(1);
    assertThat(queue("specialists").statistics().answered()).isEqualTo(1);
  }

  @Test
  void occupancyAndTheAgentsOwnFigures() {
    AgentId ann = aMorning();
    pass(Duration.ofSeconds(60));

    AgentStatistics figures = agent(ann).statistics();

    assertThat(figures.handled()).isEqualTo(1);
    assertThat(figures.averageHandleTime()).isEqualTo(Duration.ofSeconds(100));
    assertThat(figures.time(AgentState.ON_CALL)).isEqualTo(Duration.ofSeconds(160));
    assertThat(figures.occupancy()).isEqualTo(1.0);
    assertThat(billing().statistics().occupancy()).isEqualTo(1.0);
    assertThat(billing().agentsByState()).containsEntry(AgentState.ON_CALL, 1);
  }

  @Test
  void queueFiguresArePushedOncePerWindowHoweverManyChanges() {
    pass(Duration.ofSeconds(1));
    routing.events.clear();
    for (int i = 0; i < 20; i++) {
      enqueue("c" + i, "billing");
    }
    assertThat(routing.events.published(RoutingEvent.QueueChanged.class)).isEmpty();

    pass(Duration.ofMillis(250));

    assertThat(routing.events.published(RoutingEvent.QueueChanged.class))
        .filteredOn(event -> event.queue().id().value().equals("billing"))
        .singleElement()
        .satisfies(event -> assertThat(event.queue().waiting()).isEqualTo(20));
  }

  @Test
  void intervalCountsAreWrittenForReports() {
    aMorning();

    routing.router.flushIntervals();

    assertThat(routing.world.intervals().rows())
        .filteredOn(row -> row.queue().value().equals("billing"))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.start()).isEqualTo(QueueInterval.startOf(now()));
              assertThat(row.counts().offered()).isEqualTo(3);
              assertThat(row.counts().abandoned()).isEqualTo(1);
            });
  }

  @Test
  void afterAnHourWithTheDatabaseDownTheFlusherWritesEveryIntervalItMissed() {
    enqueue("c0", "billing");
    pass(Duration.ofMinutes(1));
    callerHangsUp("c0");
    assertThat(routing.world.intervals().rows()).hasSize(1);
    pass(QueueInterval.LENGTH.minus(Duration.ofMinutes(1)));
    Instant down = now();
    routing.world.intervals().down(true);
    for (int quarter = 1; quarter <= 4; quarter++) { // one caller each quarter, who hangs up
      enqueue("c" + quarter, "billing");
      pass(Duration.ofMinutes(1));
      callerHangsUp("c" + quarter);
      pass(QueueInterval.LENGTH.minus(Duration.ofMinutes(1)));
    }
    routing.world.intervals().down(false);
    pass(Duration.ofMinutes(1));

    assertThat(routing.world.intervals().rows())
        .filteredOn(row -> row.queue().value().equals("billing"))
        .extracting(QueueInterval::start)
        .containsExactlyInAnyOrder(
            down.minus(QueueInterval.LENGTH),
            down,
            down.plus(QueueInterval.LENGTH),
            down.plus(QueueInterval.LENGTH.multipliedBy(2)),
            down.plus(QueueInterval.LENGTH.multipliedBy(3)));
    assertThat(routing.world.intervals().rows())
        .allSatisfy(row -> assertThat(row.counts().offered()).isEqualTo(1));
  }

  @Test
  void theFlusherWritesEveryMinuteOnItsOwn() {
    enqueue("c1", "billing");
    pass(Duration.ofMinutes(1));
    assertThat(routing.world.intervals().rows()).isNotEmpty();
  }

  @Test
  void aQueueSaysWhetherItIsOpenAndWhatANewCallerCanExpect() {
    rep("ann");
    rep("bob");
    QueueSnapshot queue = billing();
    assertThat(queue.open()).isTrue();
    assertThat(queue.statistics().forecastWait()).contains(Duration.ZERO);
  }

  @Test
  void aNewCallerIsToldToWaitWhenTheOnlyAgentIsBusyEvenWithFewArrivals() {
    aMorning(); // ann is on c2 and nobody waits
    pass(Duration.ofMinutes(60)); // no arrivals lately: Erlang C alone would say no wait

    assertThat(billing().waiting()).isZero();
    assertThat(billing().statistics().forecastWait())
        .as("one handle time shared by the one staffed agent, none of them free")
        .contains(QueueDefinition.billing().handleTime());
  }

  @Test
  void aNewCallerWaitsForNobodyWhenAnAgentIsFree() {
    aMorning();
    rep("bob");
    pass(Duration.ofMinutes(60));

    assertThat(billing().statistics().forecastWait()).contains(Duration.ZERO);
  }
}
