package org.cityline.app.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Vert.x HTTP server behind the public port: {@code /health}, the simulator's API and test
 * phone, and (in later adapters) webhooks. It listens on loopback only; Jetty forwards to it.
 */
public final class ApiServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final HttpServer server;

  private ApiServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts the server on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @param routes adds the node's routes to the router
   */
  public static ApiServer start(
      Vertx vertx, int port, HealthRoute health, Consumer<Router> routes) {
    Router router = Router.router(vertx);
    router.get("/health").handler(health::handle);
    routes.accept(router);
    router
        .route()
        .last()
        .handler(
            context ->
                context
                    .response()
                    .setStatusCode(404)
                    .putHeader("content-type", "application/json")
                    .end(new JsonObject().put("error", "no such resource").encode()));
    router.errorHandler(
        500,
        context -> {
          LOG.error(
              "request {} {} failed",
              context.request().method(),
              context.request().path(),
              context.failure());
          context
              .response()
              .setStatusCode(500)
              .putHeader("content-type", "application/json")
              .end(new JsonObject().put("error", "internal error; see the server log").encode());
        });
    Future<HttpServer> listen =
        vertx
            .createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(port))
            .requestHandler(router)
            .listen();
    HttpServer listening =
        Await.result(listen, Duration.ofSeconds(10), "the API server to listen on port " + port);
    return new ApiServer(listening);
  }

  /** The port it listens on. */
  public int port() {
    return server.actualPort();
  }

  @Override
  public void close() {
    Await.result(server.close(), Duration.ofSeconds(5), "the API server to close");
  }
}
