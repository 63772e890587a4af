package org.cityline.routing.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.cityline.common.ContactId;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.routing.AgentId;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingService;
import org.cityline.routing.WrapUpPolicy;
import org.cityline.routing.hazelcast.RoutingMaps;
import org.cityline.routing.testing.FakeCallControl;
import org.cityline.routing.testing.FakeContactHistory;
import org.cityline.routing.testing.FakeStaffDirectory;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.Test;

/** Routing as the launcher starts it: a member started without routing's config, and Vert.x. */
class RoutingModuleTest {

  @Test
  void startsOnAPlainMemberRoutesACallAndLeavesNothingBehind() throws Exception {
    ManualClock clock = new ManualClock();
    FakeStaffDirectory staff = new FakeStaffDirectory();
    staff.addRepresentative("ann");
    FakeContactHistory history = new FakeContactHistory();
    Vertx vertx = Vertx.vertx();
    try (HazelcastTestCluster cluster = HazelcastTestCluster.start(1);
        RoutingModule routing =
            RoutingModule.start(
                cluster.member(0),
                vertx,
                clock,
                new ManualScheduler(clock),
                new FakeCallControl(),
                staff,
                history,
                QueueDirectory.defaults(),
                WrapUpPolicy.defaults())) {
      HazelcastInstance member = cluster.member(0);
      assertThat(member.getConfig().getMapConfig(RoutingMaps.CONTACTS).getBackupCount())
          .isEqualTo(1);
      assertThat(member.getMap(RoutingMaps.CONFIG).get("queues"))
          .asString()
          .contains("queue.billing.name");

      RoutingService service = routing.service();
      List<RoutingEvent> seen = new CopyOnWriteArrayList<>();
      service.subscribe(seen::add);
      AgentId ann = new AgentId("ann");
      service.signIn(ann);
      service.makeAvailable(ann);
      service.enqueue(Requests.billing("c1", clock.instant()));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> seen.stream().anyMatch(RoutingEvent.OfferMade.class::isInstance));

      ContactId c1 = new ContactId("c1");
      assertThat(service.accept(ann, c1).done()).isTrue();
      assertThat(service.hangUp(ann, c1).done()).isTrue();
      assertThat(service.finishWrapUp(ann, c1, "payment-taken", "Paid in full.").done()).isTrue();
      assertThat(service.signOut(ann).done()).isTrue();
      assertThat(service.dispositionCodes()).hasSize(12);

      assertThat(history.ended().get(c1).outcome()).isEqualTo("answered");
      for (String map : List.of(RoutingMaps.CONTACTS, RoutingMaps.CALLS, RoutingMaps.AGENTS)) {
        assertThat(member.getMap(map).size()).as(map).isZero();
      }
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
  }
}
