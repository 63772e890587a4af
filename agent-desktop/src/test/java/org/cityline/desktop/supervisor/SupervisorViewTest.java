package org.cityline.desktop.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cityline.desktop.testing.SampleCalls;
import org.cityline.desktop.ui.DesktopViewTest;
import org.cityline.desktop.ui.ElapsedClock;
import org.cityline.desktop.ui.RoutingFeed;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.QueueStatistics;
import org.cityline.routing.ServiceLevelTarget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupervisorViewTest extends DesktopViewTest {

  private static final AgentId REP = new AgentId("rep");
  private static final AgentId SPEC = new AgentId("spec");

  @BeforeEach
  void twoAgentsAndASupervisor() {
    fixture.routing.withQueue("payments", "Payments");
    fixture.routing.signIn(REP);
    fixture.routing.makeAvailable(REP);
    fixture.routing.signIn(SPEC);
    signedInAs("sup");
    navigate(SupervisorView.class);
  }

  private java.util.Set<String> classesOf(String id) {
    return find(Component.class).id(id).getElement().getClassList();
  }

  private AgentBoard grid() {
    return find(AgentBoard.class).single();
  }

  @Test
  void showsEveryQueueAndEverySignedInAgentWhenOpened() {
    assertThat(textOf("queue-billing-waiting")).isEqualTo("0");
    assertThat(textOf("queue-payments-waiting")).isEqualTo("0");
    assertThat(grid().shown())
        .extracting(AgentSnapshot::displayName, AgentSnapshot::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Dev Patel", AgentState.AWAY),
            org.assertj.core.groups.Tuple.tuple("Maria Lopez", AgentState.AVAILABLE));
    assertThat(test(grid()).getCellText(1, 0)).isEqualTo("Maria Lopez");
  }

  @Test
  void waitingCallersAppearByPushInTheNextBatch() {
    assertThat(find(ElapsedClock.class).withId("queue-billing-longest").exists()).isFalse();
    fixture.routing.goAway(REP, AwayReason.BREAK);
    Instant firstArrived = fixture.clock.instant();
    fixture.routing.enqueue(SampleCalls.unverifiedCaller("w-1", firstArrived));
    fixture.clock.advance(Duration.ofSeconds(30));
    fixture.routing.enqueue(SampleCalls.verifiedCaller("w-2", fixture.clock.instant()));
    push();
    assertThat(textOf("queue-billing-waiting")).as("not before the batch window").isEqualTo("0");

    afterBatchWindow();

    assertThat(textOf("queue-billing-waiting")).isEqualTo("2");
    assertThat(find(ElapsedClock.class).id("queue-billing-longest").since())
        .as("the oldest caller's arrival, to within one batching window")
        .hasValueSatisfying(
            since ->
                assertThat(since).isBetween(firstArrived, firstArrived.plus(RoutingFeed.WINDOW)));
    assertThat(grid().row(REP).orElseThrow().awayReason()).contains(AwayReason.BREAK);
    assertThat(textOf("last-update")).startsWith("Updated ");
  }

  @Test
  void anOfferShowsOnTheAgentsRowAndTheQueueEmpties() {
    fixture.routing.enqueue(SampleCalls.verifiedCaller("w-1", fixture.clock.instant()));
    afterBatchWindow();

    assertThat(grid().row(REP).orElseThrow().state()).isEqualTo(AgentState.RESERVED);
    assertThat(AgentBoard.lines(grid().row(REP).orElseThrow()))
        .isEqualTo("+15055550142 (billing, Offered)");
    assertThat(textOf("queue-billing-waiting")).isEqualTo("0");
  }

  @Test
  void anAgentWhoSignsOutLeavesTheGrid() {
    fixture.routing.signOut(SPEC);
    afterBatchWindow();

    assertThat(grid().shown()).extracting(AgentSnapshot::id).containsExactly(REP);
  }

  @Test
  void aBurstOfChangesIsOnePushPerWindow() {
    int before = fixture.routing.published().size();
    for (int i = 0; i < 10; i++) {
      fixture.routing.goAway(REP, AwayReason.BREAK);
      fixture.routing.makeAvailable(REP);
    }
    assertThat(fixture.routing.published().size() - before).isEqualTo(20);
    assertThat(fixture.scheduler.pendingCount()).as("one flush scheduled").isEqualTo(1);

    afterBatchWindow();

    assertThat(grid().row(REP).orElseThrow().state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(fixture.scheduler.pendingCount()).isZero();
  }

  @Test
  void theQueueTileShowsAgentsByState() {
    Component agents = find(Component.class).id("queue-billing-agents");
    assertThat(agents.getElement().getText()).isEqualTo("Available 1 · Away 1");
  }

  @Test
  void theDaysFiguresShowAgainstTheQueuesGoalAndChangeByPush() {
    assertThat(textOf("queue-billing-service-level")).isEqualTo("—");
    assertThat(textOf("queue-billing-asa")).isEqualTo("—");
    assertThat(classesOf("queue-billing-service-level"))
        .as("no colour before the first answer")
        .doesNotContain("figure-good", "figure-bad");
    assertThat(textOf("queue-billing-forecast")).isEqualTo("—");

    fixture.routing.reportFigures(
        "billing",
        new QueueStatistics(
            fixture.clock.instant(),
            new ServiceLevelTarget(80, Duration.ofSeconds(30)),
            12,
            10,
            7,
            2,
            1,
            0,
            Duration.ofSeconds(10 * 25).toMillis(),
            8,
            Duration.ofMinutes(8 * 4).plusSeconds(8 * 5).toMillis(),
            3_000,
            4_000,
            1,
            Optional.of(Duration.ofSeconds(95))),
        false);
    afterBatchWindow();

    assertThat(textOf("queue-billing-service-level")).isEqualTo("70%");
    assertThat(classesOf("queue-billing-service-level")).contains("figure-bad");
    assertThat(classesOf("queue-billing"))
        .as("a queue behind its goal is marked")
        .contains("queue-behind");
    assertThat(textOf("queue-billing-service-level-abandons")).isEqualTo("67%");
    assertThat(textOf("queue-billing-asa")).isEqualTo("0:25");
    assertThat(textOf("queue-billing-aht")).isEqualTo("4:05");
    assertThat(textOf("queue-billing-abandoned")).isEqualTo("2 (17%)");
    assertThat(textOf("queue-billing-occupancy")).isEqualTo("75%");
    assertThat(textOf("queue-billing-answered")).isEqualTo("10 / 12");
    assertThat(textOf("queue-billing-forecast")).isEqualTo("1:35 · 1 callback(s) waiting");
    assertThat(find(Component.class).withId("queue-billing-closed").exists()).isTrue();
    assertThat(find(Component.class).withId("queue-payments-closed").exists())
        .as("an open queue shows no Closed badge")
        .isFalse();
  }

  @Test
  void aQueueMeetingItsGoalIsNotMarked() {
    fixture.routing.reportFigures(
        "billing",
        new QueueStatistics(
            fixture.clock.instant(),
            new ServiceLevelTarget(80, Duration.ofSeconds(30)),
            5,
            5,
            5,
            0,
            0,
            0,
            5_000,
            0,
            0,
            0,
            0,
            0,
            Optional.empty()),
        true);
    afterBatchWindow();

    assertThat(textOf("queue-billing-service-level")).isEqualTo("100%");
    assertThat(classesOf("queue-billing-service-level")).contains("figure-good");
    assertThat(classesOf("queue-billing")).doesNotContain("queue-behind");
    assertThat(textOf("queue-billing-aht")).as("nothing handled yet").isEqualTo("—");
  }

  @Test
  void theAgentsRowShowsHandledContactsAndSkills() {
    assertThat(AgentBoard.averageHandleTime(grid().row(REP).orElseThrow())).isEqualTo("—");
    assertThat(test(grid()).getCellText(0, 4)).isEqualTo("0");
  }
}
