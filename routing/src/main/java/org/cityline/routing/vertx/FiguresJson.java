package org.cityline.routing.vertx;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStatistics;
import org.cityline.routing.ContactNote;
import org.cityline.routing.QueueStatistics;
import org.cityline.routing.ServiceLevelTarget;

/** The parts of snapshots added with the routing core, as JSON: figures, skills and notes. */
final class FiguresJson {

  private FiguresJson() {}

  static JsonObject queue(QueueStatistics figures) {
    return new JsonObject()
        .put("since", figures.since().toString())
        .put("targetPercent", figures.target().percent())
        .put("targetWithin", figures.target().within().toString())
        .put("offered", figures.offered())
        .put("answered", figures.answered())
        .put("answeredInTarget", figures.answeredInTarget())
        .put("abandoned", figures.abandoned())
        .put("abandonedInTarget", figures.abandonedInTarget())
        .put("overflowed", figures.overflowed())
        .put("waitMillis", figures.waitMillis())
        .put("handled", figures.handled())
        .put("handleMillis", figures.handleMillis())
        .put("busyMillis", figures.busyMillis())
        .put("staffedMillis", figures.staffedMillis())
        .put("callbacksWaiting", figures.callbacksWaiting())
        .put("forecastWait", figures.forecastWait().map(Duration::toString).orElse(null));
  }

  static QueueStatistics queue(JsonObject json) {
    return new QueueStatistics(
        Instant.parse(json.getString("since")),
        new ServiceLevelTarget(
            json.getInteger("targetPercent"), Duration.parse(json.getString("targetWithin"))),
        json.getInteger("offered"),
        json.getInteger("answered"),
        json.getInteger("answeredInTarget"),
        json.getInteger("abandoned"),
        json.getInteger("abandonedInTarget"),
        json.getInteger("overflowed"),
        json.getLong("waitMillis"),
        json.getInteger("handled"),
        json.getLong("handleMillis"),
        json.getLong("busyMillis"),
        json.getLong("staffedMillis"),
        json.getInteger("callbacksWaiting"),
        RoutingEventJson.optional(json, "forecastWait", Duration::parse));
  }

  static JsonObject agent(AgentStatistics figures) {
    JsonObject times = new JsonObject();
    figures.timeInState().forEach((state, time) -> times.put(state.name(), time.toString()));
    return new JsonObject()
        .put("since", figures.since().toString())
        .put("handled", figures.handled())
        .put("averageHandleTime", figures.averageHandleTime().toString())
        .put("missed", figures.missed())
        .put("timeInState", times);
  }

  static AgentStatistics agent(JsonObject json) {
    Map<AgentState, Duration> times = new EnumMap<>(AgentState.class);
    json.getJsonObject("timeInState")
        .forEach(
            entry ->
                times.put(
                    AgentState.valueOf(entry.getKey()), Duration.parse((String) entry.getValue())));
    return new AgentStatistics(
        Instant.parse(json.getString("since")),
        json.getInteger("handled"),
        Duration.parse(json.getString("averageHandleTime")),
        json.getInteger("missed"),
        times);
  }

  static JsonObject skills(Map<String, Integer> skills) {
    JsonObject json = new JsonObject();
    skills.forEach(json::put);
    return json;
  }

  static Map<String, Integer> skills(JsonObject json) {
    Map<String, Integer> skills = new HashMap<>();
    json.forEach(entry -> skills.put(entry.getKey(), ((Number) entry.getValue()).intValue()));
    return skills;
  }

  static JsonArray notes(List<ContactNote> notes) {
    JsonArray array = new JsonArray();
    for (ContactNote note : notes) {
      array.add(
          new JsonObject()
              .put("author", note.author().value())
              .put("text", note.text())
              .put("at", note.at().toString()));
    }
    return array;
  }

  static List<ContactNote> notes(JsonArray array) {
    return array.stream()
        .map(JsonObject.class::cast)
        .map(
            note ->
                new ContactNote(
                    new AgentId(note.getString("author")),
                    note.getString("text"),
                    Instant.parse(note.getString("at"))))
        .toList();
  }
}
