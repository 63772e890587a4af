package org.cityline.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing's keys: the city's nine queues by default, a queue file checked at start, the token. */
class RoutingConfigTest {

  private static final String TOKEN = "s3cret-admin-token-0123456789";

  @TempDir Path folder;

  private static RoutingConfig load(Map<String, String> environment) {
    return CitylineConfig.from(ConfigLoader.load(null, environment)).routing();
  }

  @Test
  void byDefaultTheNineQueuesRingForTheConfiguredTimeAndTheAdminApiIsOff() {
    RoutingConfig routing = load(Map.of("CITYLINE_ROUTING_RING_TIMEOUT", "30s"));

    assertThat(routing.queues().all())
        .extracting(QueueDefinition::id)
        .as("the city's nine, as routing defines them")
        .containsExactlyElementsOf(
            QueueDirectory.defaults().all().stream().map(QueueDefinition::id).toList())
        .hasSize(9);
    assertThat(ring(routing, "billing")).isEqualTo(Duration.ofSeconds(30));
    assertThat(ring(routing, "spanish")).isEqualTo(Duration.ofSeconds(30));
    assertThat(ring(routing, "emergency"))
        .as("the emergency queue keeps its own, shorter ring")
        .isEqualTo(Duration.ofSeconds(15));
    assertThat(routing.queueFile()).isEmpty();
    assertThat(routing.adminToken()).isEmpty();
  }

  @Test
  void aCitysQueueFileReplacesTheBuiltInQueues() throws IOException {
    Path file = folder.resolve("queues.properties");
    Files.writeString(
        file,
        """
        # two queues are enough for a small town
        queue.water.name = Water and sewer
        queue.water.skills = billing:2
        queue.water.service-level = 90% in 20s
        queue.nights.name = After hours
        queue.nights.hours = always
        """);

    RoutingConfig routing =
        load(
            Map.of(
                "CITYLINE_ROUTING_QUEUE_FILE",
                file.toString(),
                "CITYLINE_ROUTING_RING_TIMEOUT",
                "25s"));

    assertThat(routing.queues().all())
        .extracting(QueueDefinition::name)
        .containsExactly("Water and sewer", "After hours");
    QueueDefinition water = routing.queues().find(new QueueId("water")).orElseThrow();
    assertThat(water.serviceLevel().percent()).isEqualTo(90);
    assertThat(water.ringTimeout())
        .as("left out: the configured ring time")
        .isEqualTo(Duration.ofSeconds(25));
    assertThat(routing.queueFile()).contains(file);
  }

  @Test
  void aQueueFileWithMistakesStopsTheNodeNamingEveryLine() throws IOException {
    Path file = folder.resolve("queues.properties");
    Files.writeString(
        file,
        """
        queue.water.name = Water and sewer
        queue.water.priority = urgent
        queue.water.colour = blue
        """);

    assertThatThrownBy(() -> load(Map.of("CITYLINE_ROUTING_QUEUE_FILE", file.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("routing.queue-file")
        .hasMessageContaining("line 2")
        .hasMessageContaining("line 3")
        .hasMessageContaining("priority")
        .hasMessageContaining("colour");
  }

  @Test
  void aMissingQueueFileOrAShortTokenIsRefused() {
    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "CITYLINE_ROUTING_QUEUE_FILE",
                        folder.resolve("none.properties").toString(),
                        "CITYLINE_ROUTING_ADMIN_TOKEN",
                        "letmein")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("routing.queue-file")
        .hasMessageContaining("routing.admin-token")
        .hasMessageNotContaining("letmein");
  }

  @Test
  void theAdminTokenIsKeptButNeverShown() {
    RoutingConfig routing = load(Map.of("CITYLINE_ROUTING_ADMIN_TOKEN", TOKEN));

    assertThat(routing.adminToken()).contains(TOKEN);
    assertThat(routing.toString()).doesNotContain(TOKEN).contains("adminApi=on");
    assertThat(
            CitylineConfig.from(
                    ConfigLoader.load(null, Map.of("CITYLINE_ROUTING_ADMIN_TOKEN", TOKEN)))
                .toString())
        .doesNotContain(TOKEN);
  }

  private static Duration ring(RoutingConfig routing, String queue) {
    return routing.queues().find(new QueueId(queue)).orElseThrow().ringTimeout();
  }
}
