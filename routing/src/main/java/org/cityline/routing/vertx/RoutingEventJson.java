package org.cityline.routing.vertx;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.TrailStep;

/**
 * {@link RoutingEvent}s as JSON, written out field by field (no reflection, no Jackson databind):
 * {@code {"type": "OfferMade", ...}}. Instants and durations are ISO-8601 strings, absent values
 * are null, enums are their names, a call is {@code network/localId}.
 */
public final class RoutingEventJson {

  private RoutingEventJson() {}

  public static JsonObject encode(RoutingEvent event) {
    return switch (event) {
      case RoutingEvent.OfferMade offer ->
          typed("OfferMade")
              .put("agent", offer.agent().value())
              .put("contact", contact(offer.contact()))
              .put("expiresAt", offer.expiresAt().toString());
      case RoutingEvent.OfferWithdrawn withdrawn ->
          typed("OfferWithdrawn")
              .put("agent", withdrawn.agent().value())
              .put("contact", withdrawn.contact().value())
              .put("reason", withdrawn.reason());
      case RoutingEvent.ContactChanged changed ->
          typed("ContactChanged").put("contact", contact(changed.contact()));
      case RoutingEvent.AgentChanged changed ->
          typed("AgentChanged").put("agent", agent(changed.agent()));
      case RoutingEvent.QueueChanged changed ->
          typed("QueueChanged").put("queue", queue(changed.queue()));
    };
  }

  public static RoutingEvent decode(JsonObject json) {
    String type = json.getString("type");
    return switch (type == null ? "" : type) {
      case "OfferMade" ->
          new RoutingEvent.OfferMade(
              new AgentId(json.getString("agent")),
              contact(json.getJsonObject("contact")),
              Instant.parse(json.getString("expiresAt")));
      case "OfferWithdrawn" ->
          new RoutingEvent.OfferWithdrawn(
              new AgentId(json.getString("agent")),
              new ContactId(json.getString("contact")),
              json.getString("reason"));
      case "ContactChanged" ->
          new RoutingEvent.ContactChanged(contact(json.getJsonObject("contact")));
      case "AgentChanged" -> new RoutingEvent.AgentChanged(agent(json.getJsonObject("agent")));
      case "QueueChanged" -> new RoutingEvent.QueueChanged(queue(json.getJsonObject("queue")));
      default ->
          throw new IllegalArgumentException(
              "not a routing event: type '" + type + "'; is every node on the same version?");
    };
  }

  private static JsonObject typed(String type) {
    return new JsonObject().put("type", type);
  }

  static JsonObject contact(ContactSnapshot contact) {
    JsonArray trail = new JsonArray();
    for (TrailStep step : contact.trail()) {
      trail.add(
          new JsonObject()
              .put("step", step.step())
              .put("summary", step.summary())
              .put("at", step.at().toString()));
    }
    return new JsonObject()
        .put("id", contact.id().value())
        .put("call", contact.call().toString())
        .put("caller", contact.caller().map(PhoneNumber::e164).orElse(null))
        .put("language", contact.language().name())
        .put("account", contact.account().map(AccountNumber::value).orElse(null))
        .put("verified", contact.verified())
        .put("trail", trail)
        .put("reason", contact.reason())
        .put("queue", contact.queue().value())
        .put("priority", contact.priority())
        .put("arrivedAt", contact.arrivedAt().toString())
        .put("enqueuedAt", contact.enqueuedAt().toString())
        .put("state", contact.state().name())
        .put("agent", contact.agent().map(AgentId::value).orElse(null))
        .put("notes", FiguresJson.notes(contact.notes()))
        .put("callbackNumber", contact.callbackNumber().map(PhoneNumber::e164).orElse(null))
        .put("consultedAgent", contact.consultedAgent().map(AgentId::value).orElse(null))
        .put("offerExpiresAt", contact.offerExpiresAt().map(Instant::toString).orElse(null));
  }

  static ContactSnapshot contact(JsonObject json) {
    List<TrailStep> trail =
        json.getJsonArray("trail").stream()
            .map(JsonObject.class::cast)
            .map(
                step ->
                    new TrailStep(
                        step.getString("step"),
                        step.getString("summary"),
                        Instant.parse(step.getString("at"))))
            .toList();
    return new ContactSnapshot(
        new ContactId(json.getString("id")),
        CallId.parse(json.getString("call")),
        optional(json, "caller", PhoneNumber::new),
        Language.valueOf(json.getString("language")),
        optional(json, "account", AccountNumber::new),
        json.getBoolean("verified"),
        trail,
        json.getString("reason"),
        new QueueId(json.getString("queue")),
        json.getInteger("priority"),
        Instant.parse(json.getString("arrivedAt")),
        Instant.parse(json.getString("enqueuedAt")),
        ContactState.valueOf(json.getString("state")),
        optional(json, "agent", AgentId::new),
        FiguresJson.notes(json.getJsonArray("notes")),
        optional(json, "callbackNumber", PhoneNumber::new),
        optional(json, "consultedAgent", AgentId::new),
        optional(json, "offerExpiresAt", Instant::parse));
  }

  static JsonObject agent(AgentSnapshot agent) {
    JsonArray contacts = new JsonArray();
    agent.contacts().forEach(contact -> contacts.add(contact(contact)));
    return new JsonObject()
        .put("id", agent.id().value())
        .put("displayName", agent.displayName())
        .put("state", agent.state().name())
        .put("awayReason", agent.awayReason().map(Enum::name).orElse(null))
        .put("since", agent.since().toString())
        .put("contacts", contacts)
        .put("voiceCapacity", agent.voiceCapacity())
        .put("skills", FiguresJson.skills(agent.skills()))
        .put("statistics", FiguresJson.agent(agent.statistics()));
  }

  static AgentSnapshot agent(JsonObject json) {
    return new AgentSnapshot(
        new AgentId(json.getString("id")),
        json.getString("displayName"),
        AgentState.valueOf(json.getString("state")),
        optional(json, "awayReason", AwayReason::valueOf),
        Instant.parse(json.getString("since")),
        json.getJsonArray("contacts").stream()
            .map(JsonObject.class::cast)
            .map(RoutingEventJson::contact)
            .toList(),
        json.getInteger("voiceCapacity"),
        FiguresJson.skills(json.getJsonObject("skills")),
        FiguresJson.agent(json.getJsonObject("statistics")));
  }

  static JsonObject queue(QueueSnapshot queue) {
    JsonObject byState = new JsonObject();
    queue.agentsByState().forEach((state, count) -> byState.put(state.name(), count));
    return new JsonObject()
        .put("id", queue.id().value())
        .put("name", queue.name())
        .put("waiting", queue.waiting())
        .put("longestWait", queue.longestWait().toString())
        .put("agentsByState", byState)
        .put("open", queue.open())
        .put("statistics", FiguresJson.queue(queue.statistics()));
  }

  static QueueSnapshot queue(JsonObject json) {
    Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
    json.getJsonObject("agentsByState")
        .forEach(
            entry -> byState.put(AgentState.valueOf(entry.getKey()), (Integer) entry.getValue()));
    return new QueueSnapshot(
        new QueueId(json.getString("id")),
        json.getString("name"),
        json.getInteger("waiting"),
        Duration.parse(json.getString("longestWait")),
        byState,
        json.getBoolean("open"),
        FiguresJson.queue(json.getJsonObject("statistics")));
  }

  static <T> Optional<T> optional(JsonObject json, String key, Function<String, T> parse) {
    String value = json.getString(key);
    return value == null ? Optional.empty() : Optional.of(parse.apply(value));
  }
}
