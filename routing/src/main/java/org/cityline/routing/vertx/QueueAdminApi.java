package org.cityline.routing.vertx;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.config.QueueAdmin;
import org.cityline.routing.config.QueueFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue administration API, for operators and scripts, on the node's Vert.x Web router:
 *
 * <ul>
 *   <li>{@code GET /api/routing/queues}: the queues in use, as a queue file ({@code text/plain});
 *   <li>{@code PUT /api/routing/queues} with a queue file as the body: every node uses it at once
 *       (400 with every problem, each naming its line, queue and field; 409 when a queue that would
 *       go still has contacts);
 *   <li>{@code POST /api/routing/queues/reload}: the same with the configured queue file read again
 *       from disk (404 when no file is configured).
 * </ul>
 *
 * <p>Every request needs {@code Authorization: Bearer <token>} with the configured admin token (401
 * otherwise, and a log line). With no token configured the API is not mounted at all (every path
 * answers 404), so it cannot be left open by mistake. Work that touches the cluster runs off the
 * event loop.
 */
public final class QueueAdminApi {

  /** The path prefix of the API. */
  public static final String PATH = "/api/routing/queues";

  private static final Logger LOG = LoggerFactory.getLogger(QueueAdminApi.class);
  private static final int MOST_BODY_BYTES = 64 * 1024;

  private final QueueAdmin admin;
  private final Optional<String> token;
  private final Optional<Path> queueFile;
  private final QueueDefinition template;

  /**
   * @param admin routing's queues
   * @param token the bearer token requests must carry; empty disables the API
   * @param queueFile the file {@code reload} reads, if the node was started with one
   * @param template the values of fields a queue file leaves out
   */
  public QueueAdminApi(
      QueueAdmin admin,
      Optional<String> token,
      Optional<Path> queueFile,
      QueueDefinition template) {
    this.admin = admin;
    this.token = token.filter(value -> !value.isBlank());
    this.queueFile = queueFile;
    this.template = template;
  }

  /** Adds the API's routes to the router (nothing when no token is configured). */
  public void mount(Router router) {
    if (token.isEmpty()) {
      LOG.info("The queue admin API is off: no routing.admin-token is configured");
      return;
    }
    router.route(PATH + "*").handler(this::authorize);
    router.get(PATH).handler(this::current);
    router
        .put(PATH)
        .handler(BodyHandler.create().setBodyLimit(MOST_BODY_BYTES))
        .handler(this::replace);
    router.post(PATH + "/reload").handler(this::reload);
  }

  private void authorize(RoutingContext context) {
    String header = context.request().getHeader("Authorization");
    String expected = "Bearer " + token.orElseThrow();
    if (header != null
        && MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      context.next();
      return;
    }
    LOG.warn(
        "Refused a queue admin request from {}: {}",
        context.request().remoteAddress(),
        header == null ? "no Authorization header" : "wrong token");
    context.response().putHeader("WWW-Authenticate", "Bearer realm=\"cityline\"");
    error(context, 401, "This API needs Authorization: Bearer <routing.admin-token>.");
  }

  private void current(RoutingContext context) {
    blocking(context, () -> QueueFile.format(admin.current()))
        .onSuccess(
            text ->
                context
                    .response()
                    .putHeader("content-type", "text/plain; charset=utf-8")
                    .end(text));
  }

  private void replace(RoutingContext context) {
    String text = context.body().asString(StandardCharsets.UTF_8.name());
    if (text == null || text.isBlank()) {
      error(context, 400, "Send a queue file as the request body (text/plain).");
      return;
    }
    apply(context, text);
  }

  private void reload(RoutingContext context) {
    if (queueFile.isEmpty()) {
      error(context, 404, "This node was started without a queue file (routing.queues-file).");
      return;
    }
    blocking(context, () -> Files.readString(queueFile.get(), StandardCharsets.UTF_8))
        .onSuccess(text -> apply(context, text));
  }

  private void apply(RoutingContext context, String text) {
    QueueDirectory queues;
    try {
      queues = QueueFile.parse(text, template);
    } catch (QueueFile.Problems problems) {
      context
          .response()
          .setStatusCode(400)
          .putHeader("content-type", "application/json")
          .end(new JsonObject().put("problems", new JsonArray(problems.problems())).encode());
      return;
    }
    blocking(context, () -> admin.replace(queues))
        .onSuccess(
            result -> {
              if (result instanceof RoutingResult.Refused refused) {
                error(context, 409, refused.reason());
                return;
              }
              List<String> ids = queues.all().stream().map(q -> q.id().value()).toList();
              LOG.info("Queues replaced through the admin API: {}", ids);
              context
                  .response()
                  .putHeader("content-type", "application/json")
                  .end(new JsonObject().put("queues", new JsonArray(ids)).encode());
            });
  }

  private static <T> io.vertx.core.Future<T> blocking(RoutingContext context, Callable<T> work) {
    Vertx vertx = context.vertx();
    return vertx
        .executeBlocking(work, false)
        .onFailure(
            failure -> {
              if (failure instanceof IOException io) {
                error(context, 500, "Could not read the queue file: " + io.getMessage());
              } else {
                LOG.error("A queue admin request failed", failure);
                error(context, 500, "The request failed; see the server log.");
              }
            });
  }

  private static void error(RoutingContext context, int status, String message) {
    if (!context.response().ended()) {
      context
          .response()
          .setStatusCode(status)
          .putHeader("content-type", "application/json")
          .end(new JsonObject().put("error", message).encode());
    }
  }
}
