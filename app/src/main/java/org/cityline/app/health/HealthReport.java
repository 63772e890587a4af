package org.cityline.app.health;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node's health: UP when every component is up.
 *
 * @param node the node's name
 * @param at when it was checked
 * @param components each component's state, in a stable order
 */
public record HealthReport(String node, Instant at, Map<String, ComponentHealth> components) {

  public boolean up() {
    return components.values().stream().allMatch(ComponentHealth::up);
  }

  /** Runs every check; a check that throws counts as down with the exception's message. */
  public static HealthReport of(String node, Instant at, List<HealthCheck> checks) {
    Map<String, ComponentHealth> components = new LinkedHashMap<>();
    for (HealthCheck check : checks) {
      ComponentHealth health;
      try {
        health = check.check();
      } catch (RuntimeException e) {
        health = ComponentHealth.down(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      components.put(check.name(), health);
    }
    return new HealthReport(node, at, components);
  }
}
