package org.cityline.app.e2e;

import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The simulator's HTTP API as a caller's phone uses it (README: "The simulator's API"). */
final class SimulatorClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  SimulatorClient(String baseUrl) {
    this.base = baseUrl + "/api/sim/calls";
  }

  /** Places a call and answers its id. */
  String placeCall(String from, String to) {
    HttpResponse<String> response =
        send("POST", "", new JsonObject().put("from", from).put("to", to).encode());
    if (response.statusCode() != 201) {
      throw new AssertionError(
          "placing a call answered " + response.statusCode() + ": " + response.body());
    }
    return new JsonObject(response.body()).getString("callId");
  }

  /** Presses keys on a call; answers the raw response (tests check refusals). */
  HttpResponse<String> press(String callId, String digits) {
    return send("POST", "/" + callId + "/digits", new JsonObject().put("digits", digits).encode());
  }

  HttpResponse<String> hangUp(String callId) {
    return send("DELETE", "/" + callId, null);
  }

  JsonObject call(String callId) {
    HttpResponse<String> response = send("GET", "/" + callId, null);
    if (response.statusCode() != 200) {
      throw new AssertionError("reading call " + callId + " answered " + response.statusCode());
    }
    return new JsonObject(response.body());
  }

  /** The most recent calls, newest first (those Cityline placed too). */
  List<JsonObject> calls() {
    HttpResponse<String> response = send("GET", "", null);
    if (response.statusCode() != 200) {
      throw new AssertionError("listing calls answered " + response.statusCode());
    }
    return new JsonObject(response.body())
        .getJsonArray("calls").stream().map(JsonObject.class::cast).toList();
  }

  /** What the caller has heard so far, in order. */
  List<String> prompts(String callId) {
    JsonArray prompts = call(callId).getJsonArray("prompts");
    return prompts.stream().map(Object::toString).toList();
  }

  /** Waits until the caller has heard a prompt containing {@code words}. */
  void awaitHeard(String callId, String words) {
    await("the caller to hear '" + words + "'")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> prompts(callId).stream().anyMatch(prompt -> prompt.contains(words)));
  }

  /** Waits until the caller has heard prompts containing {@code words} {@code times} times. */
  void awaitHeardTimes(String callId, String words, int times) {
    await("the caller to hear '" + words + "' " + times + " times")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                prompts(callId).stream().filter(prompt -> prompt.contains(words)).count() >= times);
  }

  /** Waits until the call is in a state ("waiting", "connected", "ended"). */
  void awaitState(String callId, String state) {
    await("call " + callId + " to be " + state)
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> state.equals(call(callId).getString("state")));
  }

  HttpResponse<String> send(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
    if (body != null) {
      request.header("content-type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
