package org.cityline.routing.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.junit.jupiter.api.Test;

/**
 * The example queue file in {@code docs/} still reads, and still describes the built-in queues: the
 * nine of {@link QueueDirectory#defaults()}, field for field, except for the office hours it adds
 * as an example. So the example cannot drift from the code.
 */
class ExampleQueueFileTest {

  /** Relative to the module's folder, which is Surefire's working directory. */
  private static final Path EXAMPLE = Path.of("..", "docs", "queues.example.properties");

  private static String example() throws IOException {
    assertThat(Files.isRegularFile(EXAMPLE))
        .as(
            "the example queue file %s (from %s) is missing; it documents the queue file format",
            EXAMPLE.normalize(), Path.of("").toAbsolutePath())
        .isTrue();
    return Files.readString(EXAMPLE, StandardCharsets.UTF_8);
  }

  @Test
  void theExampleReadsAsTheNineDefaultQueues() throws IOException {
    QueueDirectory example = QueueFile.parse(example(), QueueDefinition.billing());

    // QueueDirectoryTest pins the built-in ids (billing, payments, ... emergency) themselves.
    assertThat(example.size()).isEqualTo(9);
    assertThat(example.all())
        .extracting(QueueDefinition::id)
        .containsExactlyElementsOf(
            QueueDirectory.defaults().all().stream().map(QueueDefinition::id).toList());
  }

  @Test
  void everyQueueIsTheBuiltInOneApartFromItsHours() throws IOException {
    QueueDirectory example = QueueFile.parse(example(), QueueDefinition.billing());

    for (QueueDefinition builtIn : QueueDirectory.defaults().all()) {
      QueueDefinition written = example.find(builtIn.id()).orElseThrow();
      assertThat(written.toBuilder().hours(builtIn.hours()).build())
          .as("queue %s as the example writes it", builtIn.id())
          .isEqualTo(builtIn);
    }
  }

  @Test
  void itShowsOfficeHoursButKeepsTheEmergencyQueueOpen() throws IOException {
    QueueDirectory example = QueueFile.parse(example(), QueueDefinition.billing());

    assertThat(example.find(new QueueId("billing")).orElseThrow().hours())
        .isEqualTo(QueueDefinition.officeHours());
    assertThat(example.find(new QueueId("emergency")).orElseThrow().hours().alwaysOpen())
        .as("a gas smell is taken at any hour")
        .isTrue();
  }
}
