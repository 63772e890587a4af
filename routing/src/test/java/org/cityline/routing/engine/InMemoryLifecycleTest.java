package org.cityline.routing.engine;

import org.cityline.routing.testing.RoutingHarness;

class InMemoryLifecycleTest extends LifecycleScenarios {
  @Override
  RoutingHarness.Stores freshStores() {
    return RoutingHarness.Stores.inMemory();
  }
}
