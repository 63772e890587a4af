package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.cityline.routing.AgentId;
import org.cityline.routing.WaitEstimate;
import org.junit.jupiter.api.Test;

/** Position and estimated wait for announcements, from live data. */
class WaitEstimateTest extends Scenario {

  @Test
  void positionsFollowTheServingOrder() {
    enqueue("c1", "billing");
    enqueue("c2", "billing");
    enqueue("c3", "billing", 10);

    assertThat(routing.router.waitEstimate(id("c3")).orElseThrow().position()).isEqualTo(1);
    assertThat(routing.router.waitEstimate(id("c1")).orElseThrow().position()).isEqualTo(2);
    assertThat(routing.router.waitEstimate(id("c2")).orElseThrow().position()).isEqualTo(3);
  }

  @Test
  void theWaitIsOneHandleTimePerCallerAheadSharedByTheStaffedAgents() {
    AgentId ann = rep("ann");
    AgentId bob = rep("bob");
    enqueue("busy1", "billing");
    enqueue("busy2", "billing");
    connect(ann, "busy1");
    connect(bob, "busy2");
    enqueue("c1", "billing");
    enqueue("c2", "billing");
    enqueue("c3", "billing");

    WaitEstimate third = routing.router.waitEstimate(id("c3")).orElseThrow();

    assertThat(third.position()).isEqualTo(3);
    assertThat(third.estimatedWait()).as("3 x 5 min / 2 agents").isEqualTo(Duration.ofSeconds(450));
    assertThat(third.at()).isEqualTo(now());
  }

  @Test
  void withNobodyStaffedTheWaitUntilOverflowIsGiven() {
    enqueue("c1", "billing");
    pass(Duration.ofMinutes(5));

    assertThat(routing.router.waitEstimate(id("c1")).orElseThrow().estimatedWait())
        .as("billing overflows to supervisors after 15 minutes")
        .isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aContactNotWaitingHasNoEstimate() {
    AgentId ann = rep("ann");
    enqueue("c1", "billing");
    assertThat(routing.router.waitEstimate(id("c1"))).isEmpty();
    assertThat(routing.router.waitEstimate(id("nobody"))).isEmpty();
    connect(ann, "c1");
  }
}
