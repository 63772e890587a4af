package org.cityline.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.config.QueueFile;

/**
 * The routing core's settings: the queues (the city's nine by default, or a queue file read and
 * checked at start-up), the ring time, and the token of the queue admin API.
 *
 * @param ringTimeout how long an offer rings before returning to the queue, for every queue that
 *     does not set its own
 * @param queues the queues this node starts with (a running cluster's queues win; see {@code
 *     RoutingModule})
 * @param queueFile the queue file they came from, if any (the admin API's reload reads it again)
 * @param adminToken the bearer token of the queue admin API; empty leaves the API off
 */
public record RoutingConfig(
    Duration ringTimeout,
    QueueDirectory queues,
    Optional<Path> queueFile,
    Optional<String> adminToken) {

  /** The shortest admin token accepted: a guessable one would open the queues to anyone. */
  static final int FEWEST_TOKEN_CHARACTERS = 24;

  /** Reads the {@code routing.*} keys, noting problems in {@code settings}. */
  static RoutingConfig from(Settings settings) {
    Duration ringTimeout =
        settings.duration("routing.ring-timeout", Duration.ofSeconds(5), Duration.ofMinutes(5));
    Optional<Path> file = queueFile(settings);
    QueueDirectory queues =
        file.flatMap(path -> read(settings, path, template(ringTimeout)))
            .orElseGet(() -> defaults(ringTimeout));
    return new RoutingConfig(ringTimeout, queues, file, adminToken(settings));
  }

  /** What a queue in a queue file gets for the fields it leaves out. */
  public static QueueDefinition template(Duration ringTimeout) {
    return QueueDefinition.billing().withRingTimeout(ringTimeout);
  }

  /** The city's nine queues, ringing for {@code ringTimeout} unless a queue rings for its own. */
  static QueueDirectory defaults(Duration ringTimeout) {
    Duration usual = QueueDefinition.billing().ringTimeout();
    return QueueDirectory.of(
        QueueDirectory.defaults().all().stream()
            .map(
                queue ->
                    queue.ringTimeout().equals(usual) ? queue.withRingTimeout(ringTimeout) : queue)
            .toList());
  }

  private static Optional<Path> queueFile(Settings settings) {
    Optional<String> text = settings.optionalText("routing.queue-file");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(text.get()));
    } catch (InvalidPathException e) {
      return settings.problem(
          "routing.queue-file", "is not a valid path: " + e.getReason(), Optional.empty());
    }
  }

  private static Optional<QueueDirectory> read(
      Settings settings, Path path, QueueDefinition template) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return settings.problem(
          "routing.queue-file", "must be a readable queue file (" + e + ")", Optional.empty());
    }
    try {
      return Optional.of(QueueFile.parse(text, template));
    } catch (QueueFile.Problems problems) {
      return settings.problem(
          "routing.queue-file",
          "has problems: " + String.join("; ", problems.problems()),
          Optional.empty());
    } catch (IllegalArgumentException e) {
      return settings.problem(
          "routing.queue-file", "has a problem: " + e.getMessage(), Optional.empty());
    }
  }

  private static Optional<String> adminToken(Settings settings) {
    Optional<String> token = settings.optionalText("routing.admin-token");
    if (token.isPresent() && token.get().strip().length() < FEWEST_TOKEN_CHARACTERS) {
      return settings.problem(
          "routing.admin-token",
          "must be at least "
              + FEWEST_TOKEN_CHARACTERS
              + " characters (or empty to turn the"
              + " queue admin API off)",
          Optional.empty());
    }
    return token.map(String::strip);
  }

  /** Never shows the admin token. */
  @Override
  public String toString() {
    return "RoutingConfig[ringTimeout="
        + ringTimeout
        + ", queues="
        + queues.all().size()
        + ", queueFile="
        + queueFile.map(Path::toString).orElse("(built-in)")
        + ", adminApi="
        + (adminToken.isPresent() ? "on" : "off")
        + "]";
  }
}
