package org.cityline.telephony.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.simulator.SimulatedCall;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.testing.FakeRouting;
import org.cityline.telephony.testing.LogCapture;
import org.cityline.telephony.testing.ScriptedIvr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Card digits keyed at a masked collect reach the IVR, and nothing else: not the transcript, not
 * the JSON, not a toString, not a log line (at any level, from any logger), even when the IVR fails
 * on them.
 */
class MaskedDigitsTest {

  static final String CARD = "4916338506082832";
  static final String CARD_PIECE = "3385060";
  static final String CALLS = "/api/sim/calls";

  final ManualClock clock = new ManualClock();
  final ManualScheduler scheduler = new ManualScheduler(clock);
  final FakeRouting routing = new FakeRouting(clock);
  final ScriptedIvr ivr = new ScriptedIvr(routing, clock);
  Vertx vertx;
  SimulatedNetwork network;
  ApiServer http;
  LogCapture logs;

  @BeforeEach
  void start() {
    logs = new LogCapture();
    vertx = Vertx.vertx();
    network = new SimulatedNetwork(clock, scheduler);
  }

  void serve(org.cityline.common.call.CallEventHandler handler) {
    network.attach(handler);
    http = ApiServer.start(vertx, network);
  }

  @AfterEach
  void stop() {
    http.close();
    vertx.close().await();
    network.close();
    logs.close();
  }

  @Test
  void cardDigitsReachTheIvrAndAreMaskedEverywhereElse() {
    serve(new CallDirector(ivr, routing));
    String id = placeCall();

    keys(id, "9");
    keys(id, CARD + "#");
    keys(id, "9" + CARD + "#"); // typed ahead: the menu key and the card in one go

    assertThat(ivr.events())
        .filteredOn(CallEvent.DigitsEntered.class::isInstance)
        .extracting(e -> ((CallEvent.DigitsEntered) e).digits())
        .containsExactly("9", CARD, "9", CARD);
    String json = http.get(CALLS + "/" + id).bodyAsString();
    JsonObject call = new JsonObject(json);
    assertThat(call.getJsonArray("keys").stream().map(k -> ((JsonObject) k).getString("keys")))
        .containsExactly("9", SimulatedCall.MASKED, "9", SimulatedCall.MASKED);
    assertThat(call.getJsonArray("keys").getJsonObject(1).getBoolean("masked")).isTrue();
    SimulatedCall snapshot = network.call(new CallId("sim", id)).orElseThrow();
    assertThat(snapshot.transcript())
        .extracting(SimulatedCall.Line::text)
        .contains(SimulatedCall.MASKED);
    assertNowhere(json, snapshot.toString(), http.get(CALLS).bodyAsString(), logs.text());
    assertThat(logs.lines()).as("the capture saw the simulator's own logging").isNotEmpty();
  }

  @Test
  void anIvrFailingOnCardDigitsLogsTheFailureWithoutThem() {
    serve(
        event ->
            switch (event) {
              case CallEvent.CallArrived arrived ->
                  List.of(
                      new CallCommand.Collect(
                          ScriptedIvr.CARD, 19, Duration.ofSeconds(5), '#', true));
              case CallEvent.DigitsEntered digits ->
                  throw new IllegalStateException("payment port down");
              default -> List.of();
            });
    String id = placeCall();

    keys(id, CARD + "#");

    assertThat(logs.text()).contains("Cityline failed to handle DigitsEntered").contains("16 keys");
    assertThat(new JsonObject(http.get(CALLS + "/" + id).bodyAsString()).getString("state"))
        .isEqualTo("ended");
    assertNowhere(http.get(CALLS + "/" + id).bodyAsString(), logs.text());
  }

  @Test
  void aPartCardEntryCutShortByATimeoutOrHangUpIsMaskedToo() {
    serve(new CallDirector(ivr, routing));
    String first = placeCall();
    keys(first, "9");
    keys(first, CARD.substring(0, 12));
    scheduler.advance(ScriptedIvr.TIMEOUT);
    settle();
    String second = placeCall();
    keys(second, "9");
    keys(second, CARD.substring(0, 12));
    http.delete(CALLS + "/" + second);
    settle();

    assertNowhere(
        http.get(CALLS + "/" + first).bodyAsString(),
        http.get(CALLS + "/" + second).bodyAsString(),
        logs.text());
  }

  private static void assertNowhere(String... texts) {
    for (String text : texts) {
      assertThat(text)
          .doesNotContain(CARD)
          .doesNotContain(CARD_PIECE)
          .doesNotContain(CARD.substring(0, 12));
    }
  }

  private String placeCall() {
    String id =
        http.post(CALLS, "{\"from\": \"+15055550123\", \"to\": \"+15055550100\"}")
            .bodyAsJsonObject()
            .getString("callId");
    settle();
    return id;
  }

  private void keys(String id, String keys) {
    assertThat(
            http.post(CALLS + "/" + id + "/digits", new JsonObject().put("digits", keys))
                .statusCode())
        .isEqualTo(202);
    settle();
  }

  private void settle() {
    assertThat(network.awaitIdle(Duration.ofSeconds(10))).isTrue();
  }
}
