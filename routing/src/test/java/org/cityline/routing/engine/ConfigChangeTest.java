package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.Test;

/** Queues change while routing runs, on every node. */
class ConfigChangeTest extends Scenario {

  @Test
  void aChangedQueueTakesEffectAtOnceOnEveryNode() {
    RoutingHarness other = new RoutingHarness(routing.stores, routing.world);
    other
        .world
        .queueConfig()
        .onChange(
            text ->
                other.queues.replace(
                    org.cityline.routing.config.QueueFile.parse(text, QueueDefinition.billing())));
    AgentId ann = agent("ann", Map.of("credit", 1));
    enqueue("c1", "credit");
    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);

    QueueDirectory easier =
        routing
            .queues
            .directory()
            .with(
                routing.queues.find(new QueueId("credit")).orElseThrow().toBuilder()
                    .skills(Map.of("credit", 1))
                    .build());
    done(routing.router.replaceQueues(easier));

    assertThat(with("c1")).isEqualTo(ann);
    assertThat(other.router.queueDefinitions())
        .contains(easier.find(new QueueId("credit")).orElseThrow());
    other.close();
  }

  @Test
  void aQueueWithLiveContactsCannotBeRemoved() {
    enqueue("c1", "spanish");
    List<QueueDefinition> withoutSpanish =
        routing.queues.directory().all().stream()
            .filter(q -> !q.id().value().equals("spanish"))
            .toList();

    refused(
        routing.router.replaceQueues(QueueDirectory.of(withoutSpanish)),
        "Queue spanish still has 1 live contact(s); keep it until they are done, or move them first.");
    assertThat(routing.router.queueDefinitions()).hasSize(9);
  }
}
