package org.cityline.telephony.simulator.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A blocking HTTP client for tests, over Vert.x's WebClient against a local server. */
final class ApiClient implements AutoCloseable {

  private final WebClient client;
  private final int port;

  ApiClient(Vertx vertx, int port) {
    this.client = WebClient.create(vertx);
    this.port = port;
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
  }
}
