package org.cityline.app.health;

import java.util.Map;

/**
 * One component's state.
 *
 * @param up whether it works
 * @param detail facts an operator wants (cluster size, adapter name); never secrets
 */
public record ComponentHealth(boolean up, Map<String, Object> detail) {

  public ComponentHealth {
    detail = Map.copyOf(detail);
  }

  public static ComponentHealth up(Map<String, Object> detail) {
    return new ComponentHealth(true, detail);
  }

  public static ComponentHealth down(String reason) {
    return new ComponentHealth(false, Map.of("reason", reason));
  }
}
