package org.cityline.telephony.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.time.Duration;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.testing.RecordingHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A test answers (or declines) a callback ringing at the customer's through the HTTP API. */
class CallbackAnswerApiTest {

  private final Vertx vertx = Vertx.vertx();
  private final ManualClock clock = new ManualClock();
  private final RecordingHandler handler = new RecordingHandler();
  private SimulatedNetwork network;
  private ApiServer http;

  @BeforeEach
  void start() {
    network = new SimulatedNetwork(clock, new ManualScheduler(clock));
    network.attach(handler);
    network.answerOutboundCallsAutomatically(false);
    http = ApiServer.start(vertx, network);
  }

  @AfterEach
  void stop() {
    http.close();
    network.close();
    vertx.close().await();
  }

  private CallId callback() {
    return network.originate(PhoneNumber.of("+15055550177"), ApiServer.UTILITY, Language.ENGLISH);
  }

  @Test
  void aRingingCallbackIsAnsweredOnce() {
    CallId call = callback();

    assertThat(http.post("/api/sim/calls/" + call.localId() + "/answer", "").statusCode())
        .isEqualTo(202);
    assertThat(http.post("/api/sim/calls/" + call.localId() + "/answer", "").statusCode())
        .isEqualTo(400);
    assertThat(network.awaitIdle(Duration.ofSeconds(5))).isTrue();
    assertThat(handler.events(call, CallEvent.CallAnswered.class)).hasSize(1);
  }

  @Test
  void hangingUpARingingCallbackDeclinesIt() {
    CallId call = callback();

    assertThat(http.delete("/api/sim/calls/" + call.localId()).statusCode()).isEqualTo(204);
    assertThat(network.awaitIdle(Duration.ofSeconds(5))).isTrue();
    assertThat(handler.events(call, CallEvent.CallEnded.class))
        .singleElement()
        .extracting(CallEvent.CallEnded::reason)
        .isEqualTo(EndReason.NOT_ANSWERED);
    assertThat(http.post("/api/sim/calls/" + call.localId() + "/answer", "").statusCode())
        .isEqualTo(409);
    assertThat(http.post("/api/sim/calls/nope/answer", "").statusCode()).isEqualTo(404);
  }
}
