package org.cityline.telephony.simulator.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.telephony.simulator.SimulatedCall;

/** Simulated calls as the HTTP API writes them. Masked keys are already masked in the call. */
final class SimulatorJson {

  private SimulatorJson() {}

  static JsonObject call(SimulatedCall call) {
    JsonArray transcript = new JsonArray();
    call.transcript()
        .forEach(
            line ->
                transcript.add(
                    new JsonObject()
                        .put("at", line.at().toString())
                        .put("speaker", line.speaker().name().toLowerCase(Locale.ROOT))
                        .put("text", line.text())));
    JsonArray keys = new JsonArray();
    call.keys()
        .forEach(
            entry ->
                keys.add(
                    new JsonObject()
                        .put("at", entry.at().toString())
                        .put("keys", entry.keys())
                        .put("masked", entry.masked())
                        .put("ignored", entry.ignored())));
    return summary(call)
        .put("language", call.language().tag())
        .put("prompts", new JsonArray(call.prompts()))
        .put("transcript", transcript)
        .put("keys", keys)
        .put("collecting", call.collecting().map(SimulatorJson::collecting).orElse(null))
        .put("agent", call.agent().orElse(null))
        .put("droppedLines", call.droppedLines());
  }

  static JsonObject calls(List<SimulatedCall> calls) {
    JsonArray list = new JsonArray();
    calls.forEach(call -> list.add(summary(call)));
    return new JsonObject().put("calls", list);
  }

  private static JsonObject summary(SimulatedCall call) {
    return new JsonObject()
        .put("callId", call.id().localId())
        .put("from", call.from().map(Object::toString).orElse(null))
        .put("to", call.to().toString())
        .put("state", call.state().label())
        .put("placedAt", call.placedAt().toString())
        .put("answeredAt", text(call.answeredAt()))
        .put("endedAt", text(call.endedAt()))
        .put("endReason", call.endReason().map(SimulatorJson::reason).orElse(null))
        .put("durationSeconds", call.duration().toSeconds())
        .put("asOf", call.asOf().toString());
  }

  private static JsonObject collecting(SimulatedCall.Collecting collecting) {
    return new JsonObject()
        .put("maxDigits", collecting.maxDigits())
        .put("finishOnKey", collecting.finishOnKey().map(String::valueOf).orElse(null))
        .put("masked", collecting.masked());
  }

  private static String reason(EndReason reason) {
    return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String text(Optional<Instant> instant) {
    return instant.map(Instant::toString).orElse(null);
  }
}
