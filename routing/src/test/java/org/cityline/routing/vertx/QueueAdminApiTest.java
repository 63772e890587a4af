package org.cityline.routing.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cityline.routing.AgentId;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.config.QueueFile;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue admin API on a real Vert.x server, over a working router. */
class QueueAdminApiTest {

  private static final String TOKEN = "s3cret-admin-token";

  @TempDir Path folder;
  private final Vertx vertx = Vertx.vertx();
  private final HttpClient http = HttpClient.newHttpClient();
  private final RoutingHarness routing = RoutingHarness.inMemory();
  private Path queueFile;
  private int port;

  private int serve(Optional<String> token) throws Exception {
    Router router = Router.router(vertx);
    new QueueAdminApi(
            routing.router.queueAdmin(), token, Optional.of(queueFile), QueueDefinition.billing())
        .mount(router);
    router.route().last().handler(context -> context.response().setStatusCode(404).end());
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(router)
            .listen(0, "127.0.0.1")
            .toCompletionStage()
            .toCompletableFuture()
            .get(10, TimeUnit.SECONDS);
    return server.actualPort();
  }

  @BeforeEach
  void start() throws Exception {
    queueFile = folder.resolve("queues.properties");
    Files.writeString(queueFile, QueueFile.format(routing.queues.directory()));
    port = serve(Optional.of(TOKEN));
  }

  @AfterEach
  void stop() throws Exception {
    routing.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private HttpResponse<String> send(String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theQueuesInUseReadAsAQueueFile() throws Exception {
    HttpResponse<String> response = send("GET", "/api/routing/queues", null, TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(QueueFile.parse(response.body(), QueueDefinition.billing()))
        .isEqualTo(routing.queues.directory());
  }

  @Test
  void aNewQueueFileTakesEffectAtOnce() throws Exception {
    AgentId lee = routing.availableAgent("lee", Map.of("credit", 1), 1);
    routing.router.enqueue(Requests.to("c1", "credit", 0, routing.clock.instant()));
    String easier =
        QueueFile.format(routing.queues.directory())
            .replaceAll("(?m)^queue\\.credit\\.skills\\s*=.*$", "queue.credit.skills = credit:1");

    HttpResponse<String> response = send("PUT", "/api/routing/queues", easier, TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"credit\"");
    assertThat(routing.contact("c1").orElseThrow().agent()).contains(lee);
  }

  @Test
  void aBadFileIsRefusedWithEveryProblemAndChangesNothing() throws Exception {
    var before = routing.queues.directory();

    HttpResponse<String> response =
        send(
            "PUT",
            "/api/routing/queues",
            "queue.billing.ring-timeout = soon\nqueue.billing.colour = red\n",
            TOKEN);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("line 1: queue billing, ring-timeout: must be a duration")
        .contains("line 2: queue billing, colour: no such field");
    assertThat(routing.queues.directory()).isEqualTo(before);
    assertThat(send("PUT", "/api/routing/queues", "", TOKEN).statusCode()).isEqualTo(400);
  }

  @Test
  void anOversizedOrBinaryBodyIsRefusedAndChangesNothing() throws Exception {
    var before = routing.queues.directory();

    HttpResponse<String> huge =
        send("PUT", "/api/routing/queues", "# padding\n".repeat(10_000), TOKEN);
    HttpResponse<String> binary =
        send("PUT", "/api/routing/queues", "\u0000\u0001queue.\uFFFF=\u0007\n", TOKEN);

    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(binary.statusCode()).isEqualTo(400);
    assertThat(routing.queues.directory()).isEqualTo(before);
  }

  @Test
  void removingAQueueWithContactsIsAConflict() throws Exception {
    routing.router.enqueue(Requests.to("c1", "spanish", 0, routing.clock.instant()));
    String withoutSpanish =
        QueueFile.format(routing.queues.directory()).replaceAll("(?m)^queue\\.spanish\\..*$", "");

    HttpResponse<String> response = send("PUT", "/api/routing/queues", withoutSpanish, TOKEN);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("Queue spanish still has 1 live contact(s)");
    assertThat(routing.queues.find(new QueueId("spanish"))).isPresent();
  }

  @Test
  void reloadReadsTheQueueFileAgain() throws Exception {
    Files.writeString(
        queueFile, "queue.billing.name = Billing office\nqueue.billing.skills = billing:1\n");

    HttpResponse<String> response = send("POST", "/api/routing/queues/reload", null, TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(routing.queues.find(new QueueId("billing")).orElseThrow().name())
        .isEqualTo("Billing office");
    assertThat(routing.queues.directory().all()).hasSize(1);
  }

  @Test
  void withoutTheRightTokenNothingIsReadOrChanged() throws Exception {
    assertThat(send("GET", "/api/routing/queues", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = send("PUT", "/api/routing/queues", "queue.x.name = X\n", "guess");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).doesNotContain(TOKEN);
    assertThat(routing.queues.directory().all()).hasSize(9);
  }

  @Test
  void withoutAConfiguredTokenTheApiIsNotThere() throws Exception {
    port = serve(Optional.empty());
    assertThat(send("GET", "/api/routing/queues", null, TOKEN).statusCode()).isEqualTo(404);
  }
}
