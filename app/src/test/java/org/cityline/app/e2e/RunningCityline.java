package org.cityline.app.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged Cityline ({@code app/target/cityline.jar}) started as a separate process the way an
 * operator starts it, on free ports and its own data folder, with its output kept in a log file
 * next to the test reports.
 */
final class RunningCityline implements AutoCloseable {

  private final Process process;
  private final int webPort;
  private final Path dataDir;
  private final Path log;

  private RunningCityline(Process process, int webPort, Path dataDir, Path log) {
    this.process = process;
    this.webPort = webPort;
    this.dataDir = dataDir;
    this.log = log;
  }

  /** Starts the jar with these extra environment variables and waits until /health is UP. */
  static RunningCityline start(String name, Map<String, String> environment) {
    String jar = jar();
    String java = java();
    try {
      Path dataDir = Files.createTempDirectory("cityline-e2e-" + name);
      Path log = Path.of("target", "e2e-" + name + ".log").toAbsolutePath();
      Files.createDirectories(log.getParent());
      int webPort = freePort();
      int clusterPort = freePort();
      ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-jar", jar);
      builder.environment().put("CITYLINE_WEB_PORT", Integer.toString(webPort));
      builder.environment().put("CITYLINE_WEB_HOST", "127.0.0.1");
      builder.environment().put("CITYLINE_DATA_DIR", dataDir.toString());
      builder.environment().put("CITYLINE_CLUSTER_NAME", "e2e-" + name + "-" + webPort);
      builder.environment().put("CITYLINE_CLUSTER_PORT", Integer.toString(clusterPort));
      builder.environment().put("CITYLINE_CLUSTER_PORT_COUNT", "1");
      builder.environment().put("CITYLINE_CLUSTER_MEMBERS", "127.0.0.1:" + clusterPort);
      builder.environment().putAll(environment);
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      RunningCityline app = new RunningCityline(builder.start(), webPort, dataDir, log);
      app.awaitHealthy(Duration.ofSeconds(120));
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the packaged app", e);
    }
  }

  /** A run that ended by itself: its exit code and what it printed. */
  record Exited(int exitCode, String output) {}

  /**
   * Runs the jar with these environment variables and arguments and waits for it to exit on its own
   * (a start that must fail); fails the test if it is still running after {@code timeout}.
   */
  static Exited runToExit(Map<String, String> environment, Duration timeout, String... args) {
    try {
      Path log = Files.createTempFile("cityline-exit", ".log");
      List<String> command = new ArrayList<>(List.of(java(), "-jar", jar()));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder
          .environment()
          .put("CITYLINE_DATA_DIR", Files.createTempDirectory("cityline-exit").toString());
      builder.environment().putAll(environment);
      builder.redirectErrorStream(true).redirectOutput(log.toFile());
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            "Cityline was still running after " + timeout + ":\n" + Files.readString(log));
      }
      return new Exited(process.exitValue(), Files.readString(log));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String jar() {
    String jar = System.getProperty("cityline.jar");
    if (jar == null || !Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException(
          "the packaged app is missing (" + jar + "); run this test with 'mvn verify'");
    }
    return jar;
  }

  private static String java() {
    return System.getProperty("cityline.java", "java");
  }

  String baseUrl() {
    return "http://127.0.0.1:" + webPort;
  }

  Path dataDir() {
    return dataDir;
  }

  /** What the process printed so far. */
  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  /** GET a path, as text. */
  HttpResponse<String> get(String path) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(baseUrl() + path))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a request with a text body (empty for none) and headers given as name, value pairs. */
  HttpResponse<String> send(String method, String path, String body, String... headers) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(baseUrl() + path))
              .timeout(Duration.ofSeconds(10))
              .method(
                  method,
                  body.isEmpty()
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body));
      if (headers.length > 0) {
        request.headers(headers);
      }
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void awaitHealthy(Duration timeout) {
    try {
      await("Cityline to answer /health with 200")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(500))
          .until(this::healthyOrExited);
    } catch (ConditionTimeoutException e) {
      close();
      throw new IllegalStateException(
          "Cityline was not healthy within " + timeout + ":\n" + output(), e);
    }
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "Cityline exited with " + process.exitValue() + " while starting:\n" + output());
    }
  }

  private boolean healthyOrExited() {
    if (!process.isAlive()) {
      return true;
    }
    try {
      return get("/health").statusCode() == 200;
    } catch (UncheckedIOException e) {
      return false; // not listening yet
    }
  }

  /** Stops the process as an operator would (SIGTERM), waiting for its shutdown. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
