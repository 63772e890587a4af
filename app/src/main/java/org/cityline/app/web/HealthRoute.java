package org.cityline.app.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.cityline.app.health.ComponentHealth;
import org.cityline.app.health.HealthCheck;
import org.cityline.app.health.HealthReport;

/**
 * {@code GET /health}: 200 and {@code "status": "UP"} when every component is up, else 503 with the
 * failing ones marked DOWN. The checks run on a worker, never on the event loop.
 */
public final class HealthRoute {

  private final String node;
  private final Clock clock;
  private final List<HealthCheck> checks;

  public HealthRoute(String node, Clock clock, List<HealthCheck> checks) {
    this.node = node;
    this.clock = clock;
    this.checks = List.copyOf(checks);
  }

  public void handle(RoutingContext context) {
    context
        .vertx()
        .executeBlocking(() -> HealthReport.of(node, clock.instant(), checks), false)
        .onSuccess(
            report ->
                context
                    .response()
                    .setStatusCode(report.up() ? 200 : 503)
                    .putHeader("content-type", "application/json")
                    .putHeader("cache-control", "no-store")
                    .end(toJson(report).encodePrettily()))
        .onFailure(context::fail);
  }

  static JsonObject toJson(HealthReport report) {
    JsonObject components = new JsonObject();
    for (Map.Entry<String, ComponentHealth> entry : report.components().entrySet()) {
      JsonObject component = new JsonObject().put("status", entry.getValue().up() ? "UP" : "DOWN");
      entry.getValue().detail().forEach((key, value) -> component.put(key, value));
      components.put(entry.getKey(), component);
    }
    return new JsonObject()
        .put("status", report.up() ? "UP" : "DOWN")
        .put("node", report.node())
        .put("checkedAt", report.at().toString())
        .put("components", components);
  }
}
