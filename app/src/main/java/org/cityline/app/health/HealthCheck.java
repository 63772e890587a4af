package org.cityline.app.health;

/** One component's view of its own health. Must answer quickly and never throw. */
public interface HealthCheck {

  /** The component's name in the report ("database"). */
  String name();

  /** Checks now. */
  ComponentHealth check();
}
