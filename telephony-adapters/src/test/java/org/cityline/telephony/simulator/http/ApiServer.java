package org.cityline.telephony.simulator.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.cityline.common.PhoneNumber;
import org.cityline.telephony.simulator.SimulatedNetwork;

/**
 * The simulator's API on a real Vert.x HTTP server on a free local port, with a blocking client
 * (Vert.x's WebClient) for tests. The test phone dials {@link #UTILITY} by default.
 */
final class ApiServer implements AutoCloseable {

  static final PhoneNumber UTILITY = PhoneNumber.of("+15055550100");

  private final HttpServer server;
  private final WebClient client;
  private final int port;

  private ApiServer(Vertx vertx, HttpServer server) {
    this.server = server;
    this.client = WebClient.create(vertx);
    this.port = server.actualPort();
  }

  static ApiServer start(Vertx vertx, SimulatedNetwork network) {
    HttpServer server =
        vertx
            .createHttpServer()
            .requestHandler(new SimulatorApi(network, UTILITY).router(vertx))
            .listen(0, "localhost")
            .await();
    return new ApiServer(vertx, server);
  }

  int port() {
    return port;
  }

  HttpResponse<Buffer> get(String path) {
    return await(client.request(HttpMethod.GET, port, "localhost", path).send());
  }

  HttpResponse<Buffer> delete(String path) {
    return await(client.request(HttpMethod.DELETE, port, "localhost", path).send());
  }

  HttpResponse<Buffer> post(String path, String body) {
    return await(
        client
            .request(HttpMethod.POST, port, "localhost", path)
            .putHeader("Content-Type", "application/json")
            .sendBuffer(Buffer.buffer(body)));
  }

  HttpResponse<Buffer> post(String path, JsonObject body) {
    return post(path, body.encode());
  }

  private static HttpResponse<Buffer> await(io.vertx.core.Future<HttpResponse<Buffer>> future) {
    try {
      return future.await(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the server did not answer within 10 s", e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.close().await();
  }
}
