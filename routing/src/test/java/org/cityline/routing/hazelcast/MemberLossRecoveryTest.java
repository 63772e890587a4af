package org.cityline.routing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactState;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.Test;

/**
 * The node that made an offer is lost before the offer rings out: the surviving node learns of it
 * from Hazelcast, re-arms the ring timer from the deadline kept in the shared contact, and the
 * offer rings out there as it would have on the lost node.
 */
class MemberLossRecoveryTest {

  @Test
  void aLostNodesRingTimerIsTakenOverBySurvivors() {
    try (HazelcastTestCluster cluster = TwoMembers.start()) {
      RoutingHarness.World world = RoutingHarness.World.fresh();
      RoutingHarness lost = new RoutingHarness(TwoMembers.stores(cluster.member(0)), world);
      RoutingHarness survivor = new RoutingHarness(TwoMembers.stores(cluster.member(1)), world);
      try (MemberLossRecovery recovery =
          new MemberLossRecovery(cluster.member(1), survivor.scheduler, survivor.router::recover)) {
        AgentId ann = lost.availableAgent("ann");
        lost.router.enqueue(Requests.billing("c1", world.clock().instant()));
        assertThat(lost.scheduler.pendingCount()).isEqualTo(1); // the ring timer, on the lost node
        assertThat(survivor.scheduler.pendingCount()).isZero();

        cluster.kill(0);
        lost.close();

        await().atMost(Duration.ofSeconds(30)).until(() -> survivor.scheduler.pendingCount() > 0);
        survivor.scheduler.runDue(); // recovery: re-arms the timer here
        assertThat(survivor.contact("c1").orElseThrow().state()).isEqualTo(ContactState.OFFERED);

        survivor.scheduler.advance(Duration.ofSeconds(20));

        assertThat(survivor.contact("c1").orElseThrow().state()).isEqualTo(ContactState.QUEUED);
        assertThat(survivor.agent(ann).orElseThrow().state()).isEqualTo(AgentState.AWAY);
        assertThat(survivor.agent(ann).orElseThrow().awayReason())
            .hasValue(AwayReason.MISSED_OFFER);
        assertThat(survivor.router.queues().get(0).waiting()).isEqualTo(1);
      }
      survivor.close();
    }
  }
}
