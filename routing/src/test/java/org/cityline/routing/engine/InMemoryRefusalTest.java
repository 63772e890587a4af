package org.cityline.routing.engine;

import org.cityline.routing.testing.RoutingHarness;

class InMemoryRefusalTest extends RefusalScenarios {
  @Override
  RoutingHarness.Stores freshStores() {
    return RoutingHarness.Stores.inMemory();
  }
}
