package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentTally;
import org.cityline.routing.AwayReason;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;

class StaffTimesTest {

  private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");
  private static final QueueConfig QUEUES = new QueueConfig(QueueDirectory.defaults());

  private static Agent agent(String id, Map<String, Integer> skills, boolean ready, long since) {
    Instant at = DAY.plusSeconds(since);
    return new Agent(
        new AgentId(id),
        id,
        "sim:" + id,
        skills,
        1,
        ready,
        ready ? Optional.empty() : Optional.of(AwayReason.BREAK),
        ready ? AgentState.AVAILABLE : AgentState.AWAY,
        at,
        at,
        Optional.empty(),
        List.of(),
        new AgentTally(DAY, 0, 0, 0, Map.of(AgentState.WRAP_UP, 1_000L)),
        1);
  }

  private static QueuePlan plan(String queue) {
    return QUEUES.plan(new QueueId(queue)).orElseThrow();
  }

  @Test
  void eachQueueGetsTheAgentsWhoStaffItWithTheirTimes() {
    Agent ann = agent("ann", Map.of("billing", 3), true, 100);
    Agent bob = agent("bob", Map.of("billing", 3), false, 200); // same skills: one look-up
    Agent eva = agent("eva", Map.of("billing", 2, "spanish", 4), true, 300);
    Instant now = DAY.plusSeconds(400);

    StaffTimes staff = StaffTimes.of(List.of(ann, bob, eva), QUEUES.plans(), now);

    assertThat(staff.staffing(plan("billing"))).hasSize(3);
    List<StaffTimes.Row> spanish = staff.staffing(plan("spanish"));
    assertThat(spanish).hasSize(1);
    assertThat(spanish.getFirst().availableMillis()).isEqualTo(100_000);
    assertThat(spanish.getFirst().busyMillis()).isEqualTo(1_000);
    assertThat(staff.staffing(plan("billing")))
        .extracting(StaffTimes.Row::state)
        .containsExactly(AgentState.AVAILABLE, AgentState.AWAY, AgentState.AVAILABLE);
    for (QueuePlan plan : QUEUES.plans()) {
      long expected = List.of(ann, bob, eva).stream().filter(plan::staffedBy).count();
      assertThat(staff.staffing(plan)).as(plan.definition().name()).hasSize((int) expected);
    }
  }
}
