package org.cityline.routing.engine;

import org.cityline.routing.testing.RoutingHarness;

/** The conference scenarios over the in-memory stores. */
class InMemoryConferenceTest extends ConferenceScenarios {

  InMemoryConferenceTest() {
    super(RoutingHarness.Stores.inMemory());
  }
}
