package org.cityline.telephony.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.cityline.common.Language;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.testing.FakeRouting;
import org.cityline.telephony.testing.ScriptedIvr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The simulator's HTTP API on a real Vert.x HTTP server, driven by Vert.x's WebClient. */
class SimulatorApiTest {

  static final String CALLS = "/api/sim/calls";

  static Vertx vertx;

  final ManualClock clock = new ManualClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final FakeRouting routing = new FakeRouting(clock);
  final ScriptedIvr ivr = new ScriptedIvr(routing, clock);
  SimulatedNetwork network;
  ApiServer http;

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stopVertx() {
    vertx.close().await();
  }

  void serve(CallEventHandler handler) {
    network = new SimulatedNetwork(clock, scheduler);
    if (handler != null) {
      network.attach(handler);
    }
    http = ApiServer.start(vertx, network);
  }

  void serve() {
    serve(new CallDirector(ivr, routing));
  }

  @AfterEach
  void stop() {
    if (http != null) {
      http.close();
      network.close();
    }
  }

  @Test
  void aCallIsPlacedKeyedReadAndHungUp() {
    serve();

    HttpResponse<Buffer> placed =
        http.post(CALLS, "{\"from\": \"+15055550123\", \"to\": \"+15055550100\"}");
    assertThat(placed.statusCode()).isEqualTo(201);
    String id = placed.bodyAsJsonObject().getString("callId");
    assertThat(placed.getHeader("Location")).isEqualTo(CALLS + "/" + id);
    settle();

    JsonObject call = json(http.get(CALLS + "/" + id), 200);
    assertThat(call.getString("callId")).isEqualTo(id);
    assertThat(call.getString("from")).isEqualTo("+15055550123");
    assertThat(call.getString("to")).isEqualTo("+15055550100");
    assertThat(call.getString("state")).isEqualTo("in-ivr");
    assertThat(call.getString("language")).isEqualTo("en-US");
    assertThat(call.getJsonArray("prompts").stream().toList())
        .containsExactly(ScriptedIvr.GREETING.text(), ScriptedIvr.MENU.text());
    assertThat(call.getString("placedAt")).isEqualTo(clock.instant().toString());
    assertThat(call.getJsonObject("collecting").getInteger("maxDigits")).isEqualTo(1);
    clock.advance(Duration.ofSeconds(42));
    assertThat(json(http.get(CALLS + "/" + id), 200).getLong("durationSeconds")).isEqualTo(42);

    assertThat(http.post(CALLS + "/" + id + "/digits", "{\"digits\": \"2\"}").statusCode())
        .isEqualTo(202);
    assertThat(http.post(CALLS + "/" + id + "/digits", "{\"digits\": \"12345678#\"}").statusCode())
        .isEqualTo(202);
    settle();
    call = json(http.get(CALLS + "/" + id), 200);
    assertThat(call.getJsonArray("prompts").stream().toList())
        .endsWith(ScriptedIvr.balance("12345678").text(), ScriptedIvr.MENU.text());
    assertThat(call.getJsonArray("keys").stream().map(k -> ((JsonObject) k).getString("keys")))
        .containsExactly("2", "12345678#");
    assertThat(call.getJsonArray("transcript").getJsonObject(0).getString("speaker"))
        .isEqualTo("network");

    HttpResponse<Buffer> hungUp = http.delete(CALLS + "/" + id);
    assertThat(hungUp.statusCode()).isEqualTo(204);
    assertThat(http.delete(CALLS + "/" + id).statusCode())
        .as("hanging up twice changes nothing")
        .isEqualTo(204);
    settle();
    call = json(http.get(CALLS + "/" + id), 200);
    assertThat(call.getString("state")).isEqualTo("ended");
    assertThat(call.getString("endReason")).isEqualTo("caller-hung-up");
    assertThat(call.getString("endedAt")).isNotNull();
    assertThat(ivr.hasSession(network.recentCalls(1).getFirst().id())).isFalse();

    HttpResponse<Buffer> late = http.post(CALLS + "/" + id + "/digits", "{\"digits\": \"1\"}");
    assertThat(error(late, 409)).contains("has ended");
  }

  @Test
  void aWithheldCallerIsPlacedAsUnknownAndASpanishLineSaysSo() {
    serve();

    String id =
        json(
                http.post(
                    CALLS,
                    "{\"from\": \"anonymous\", \"to\": \"(505) 555-0100\", \"language\": \"es\"}"),
                201)
            .getString("callId");
    settle();

    JsonObject call = json(http.get(CALLS + "/" + id), 200);
    assertThat(call.containsKey("from")).isTrue();
    assertThat(call.getValue("from")).isNull();
    assertThat(call.getString("to")).isEqualTo("+15055550100");
    CallEvent.CallArrived arrived = (CallEvent.CallArrived) ivr.events().getFirst();
    assertThat(arrived.caller()).isEmpty();
    assertThat(arrived.language()).isEqualTo(Language.SPANISH);
  }

  @Test
  void recentCallsAreListedNewestFirst() {
    serve();
    String first =
        json(http.post(CALLS, "{\"from\": \"+15055550123\", \"to\": \"+15055550100\"}"), 201)
            .getString("callId");
    String second =
        json(http.post(CALLS, "{\"from\": \"+15055550124\", \"to\": \"+15055550100\"}"), 201)
            .getString("callId");
    settle();

    JsonArray calls = json(http.get(CALLS), 200).getJsonArray("calls");

    assertThat(calls.stream().map(c -> ((JsonObject) c).getString("callId")))
        .containsExactly(second, first);
    assertThat(calls.getJsonObject(0).getString("state")).isEqualTo("in-ivr");
    assertThat(calls.getJsonObject(0).containsKey("transcript")).as("a list stays short").isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1, 2]",
        "\"+15055550123\"",
        "{\"to\": \"+15055550100\"}",
        "{\"from\": \"+15055550123\"}",
        "{\"from\": 15055550123, \"to\": \"+15055550100\"}",
        "{\"from\": \"+15055550123\", \"to\": null}",
        "{\"from\": \"call me maybe\", \"to\": \"+15055550100\"}",
        "{\"from\": \"555-0123\", \"to\": \"+15055550100\"}",
        "{\"from\": \"+15055550123\", \"to\": \"911\"}",
        "{\"from\": \"+15055550123\", \"to\": \"+15055550100\", \"language\": \"fr\"}",
        "{\"from\": \"+15055550123\", \"to\": \"+15055550100\", \"language\": 7}"
      })
  void aBadCallRequestIs400WithAClearMessageAndPlacesNothing(String body) {
    serve();

    String message = error(http.post(CALLS, body), 400);

    assertThat(message).isNotBlank().doesNotContain("Exception");
    assertThat(network.recentCalls(10)).isEmpty();
    assertThat(ivr.events()).isEmpty();
  }

  @Test
  void badCallRequestsSayWhatIsWrong() {
    serve();

    assertThat(error(http.post(CALLS, "nope"), 400))
        .isEqualTo("the request body is not a JSON object");
    assertThat(error(http.post(CALLS, "{\"to\": \"+15055550100\"}"), 400))
        .contains("\"from\" is missing");
    assertThat(error(http.post(CALLS, "{\"from\": \"x\", \"to\": \"+15055550100\"}"), 400))
        .contains("\"from\" is not a phone number")
        .contains("anonymous");
    assertThat(error(http.post(CALLS, "{\"from\": \"anonymous\", \"to\": \"x\"}"), 400))
        .contains("\"to\" is not a phone number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "{}",
        "{\"digits\": \"\"}",
        "{\"digits\": \"12a\"}",
        "{\"digits\": \"1 2\"}",
        "{\"digits\": \"123456789012345678901234567890123\"}",
        "{\"digits\": 123}",
        "{\"digits\": [\"1\"]}",
        "{\"keys\": \"1\"}"
      })
  void badDigitsAre400WithAClearMessageAndReachNoOne(String body) {
    serve();
    String id =
        json(http.post(CALLS, "{\"from\": \"+15055550123\", \"to\": \"+15055550100\"}"), 201)
            .getString("callId");
    settle();
    int eventsBefore = ivr.events().size();

    String message = error(http.post(CALLS + "/" + id + "/digits", body), 400);
    settle();

    assertThat(message).isNotBlank();
    assertThat(ivr.events()).hasSize(eventsBefore);
    assertThat(json(http.get(CALLS + "/" + id), 200).getJsonArray("keys")).isEmpty();
  }

  @Test
  void overLongDigitsSayTheLimitWithoutRepeatingThem() {
    serve();
    String id =
        json(http.post(CALLS, "{\"from\": \"+15055550123\", \"to\": \"+15055550100\"}"), 201)
            .getString("callId");
    String tooMany = "4111111111111111" + "4111111111111111" + "4";

    String message =
        error(
            http.post(CALLS + "/" + id + "/digits", new JsonObject().put("digits", tooMany)), 400);

    assertThat(message).isEqualTo("at most 32 keys at a time; got 33 characters");
    assertThat(error(http.post(CALLS + "/" + id + "/digits", "{\"digits\": \"12x\"}"), 400))
        .isEqualTo("keys are the digits 0-9, * and # only");
  }

  @Test
  void anOverLargeBodyIsRefusedWithJson() {
    serve();
    String huge =
        "{\"from\": \"+15055550123\", \"to\": \"+15055550100\", \"pad\": \""
            + "x".repeat(5000)
            + "\"}";

    HttpResponse<Buffer> response = http.post(CALLS, huge);

    assertThat(error(response, 413)).contains("larger than 4096 bytes");
    assertThat(network.recentCalls(10)).isEmpty();
  }

  @Test
  void unknownCallsAre404() {
    serve();

    assertThat(error(http.get(CALLS + "/nope-1"), 404)).contains("no simulated call 'nope-1'");
    assertThat(error(http.delete(CALLS + "/nope-1"), 404)).contains("nope-1");
    assertThat(error(http.post(CALLS + "/nope-1/digits", "{\"digits\": \"1\"}"), 404))
        .contains("nope-1");
    assertThat(error(http.get(CALLS + "/bad%20id%21"), 404)).contains("no simulated call");
  }

  @Test
  void aSimulatorNotYetConnectedToCitylineAnswers503() {
    serve(null);

    assertThat(
            error(http.post(CALLS, "{\"from\": \"+15055550123\", \"to\": \"+15055550100\"}"), 503))
        .contains("not connected to Cityline");
  }

  @Test
  void aBlockingCallHandlerNeverHoldsUpTheApi() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    serve(
        event -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return List.of();
        });
    try {
      String id =
          json(http.post(CALLS, "{\"from\": \"+15055550123\", \"to\": \"+15055550100\"}"), 201)
              .getString("callId");
      assertThat(http.post(CALLS + "/" + id + "/digits", "{\"digits\": \"1\"}").statusCode())
          .isEqualTo(202);
      assertThat(json(http.get(CALLS + "/" + id), 200).getString("state")).isEqualTo("ringing");
      assertThat(http.delete(CALLS + "/" + id).statusCode()).isEqualTo(204);
      assertThat(json(http.get(CALLS + "/" + id), 200).getString("state")).isEqualTo("ended");
    } finally {
      release.countDown();
    }
    settle();
  }

  @Test
  void theTestPhoneIsServedWithTheUtilityNumberFilledIn() {
    serve();

    HttpResponse<Buffer> page = http.get("/phone");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.getHeader("Content-Type")).startsWith("text/html");
    assertThat(page.bodyAsString())
        .contains("value=\"+15055550100\"")
        .contains("/phone/phone.js")
        .doesNotContain("{{");
    HttpResponse<Buffer> script = http.get("/phone/phone.js");
    assertThat(script.getHeader("Content-Type")).startsWith("text/javascript");
    assertThat(script.bodyAsString()).contains("/api/sim/calls");
    assertThat(http.get("/phone/phone.css").getHeader("Content-Type")).startsWith("text/css");
  }

  // ---- helpers ----

  void settle() {
    assertThat(network.awaitIdle(Duration.ofSeconds(10))).isTrue();
  }

  static JsonObject json(HttpResponse<Buffer> response, int status) {
    assertThat(response.statusCode()).as(response.bodyAsString()).isEqualTo(status);
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    return response.bodyAsJsonObject();
  }

  static String error(HttpResponse<Buffer> response, int status) {
    return json(response, status).getString("error");
  }
}
