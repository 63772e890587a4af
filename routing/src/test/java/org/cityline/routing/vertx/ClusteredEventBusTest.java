package org.cityline.routing.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.cityline.common.ContactId;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.routing.AgentId;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingService;
import org.junit.jupiter.api.Test;

/**
 * Two Vert.x nodes clustered over a real two-member Hazelcast cluster: events published on one node
 * reach subscribers on both, intact and in the order that node published them.
 */
class ClusteredEventBusTest {

  private static Vertx clustered(HazelcastInstance member) throws Exception {
    VertxOptions options =
        new VertxOptions()
            .setEventBusOptions(new EventBusOptions().setHost("127.0.0.1").setPort(0));
    return done(
        Vertx.builder()
            .with(options)
            .withClusterManager(new HazelcastClusterManager(member))
            .buildClustered());
  }

  private static <T> T done(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  @Test
  void eventsFromOneNodeReachSubscribersOnEveryNodeInOrder() throws Exception {
    try (HazelcastTestCluster cluster =
        HazelcastTestCluster.start(
            2,
            2,
            config ->
                // Vert.x over a member it did not start needs its node id as a member attribute.
                config
                    .getMemberAttributeConfig()
                    .setAttribute("__vertx.nodeId", UUID.randomUUID().toString()))) {
      Vertx nodeA = clustered(cluster.member(0));
      Vertx nodeB = clustered(cluster.member(1));
      try {
        EventBusRoutingEvents eventsA = new EventBusRoutingEvents(nodeA);
        EventBusRoutingEvents eventsB = new EventBusRoutingEvents(nodeB);
        List<RoutingEvent> onA = new CopyOnWriteArrayList<>();
        List<RoutingEvent> onB = new CopyOnWriteArrayList<>();
        RoutingService.Subscription subscriptionA = eventsA.subscribe(onA::add);
        RoutingService.Subscription subscriptionB = eventsB.subscribe(onB::add);

        List<RoutingEvent> sent = new ArrayList<>(SampleEvents.all());
        for (int i = 0; i < 50; i++) {
          sent.add(
              new RoutingEvent.OfferWithdrawn(
                  new AgentId("ann"), new ContactId("c" + i), "number " + i));
        }
        sent.forEach(eventsA::publish);

        await().atMost(Duration.ofSeconds(20)).until(() -> onB.size() == sent.size());
        await().atMost(Duration.ofSeconds(20)).until(() -> onA.size() == sent.size());
        assertThat(onB).containsExactlyElementsOf(sent);
        assertThat(onA).containsExactlyElementsOf(sent);

        subscriptionB.close();
        eventsA.publish(sent.get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> onA.size() == sent.size() + 1);
        assertThat(onB).hasSize(sent.size());
        subscriptionA.close();
      } finally {
        done(nodeA.close());
        done(nodeB.close());
      }
    }
  }
}
