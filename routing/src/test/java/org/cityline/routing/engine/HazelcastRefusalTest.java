package org.cityline.routing.engine;

import org.cityline.routing.hazelcast.TwoMembers;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The refusal scenarios on a real two-member Hazelcast cluster: about half of the contacts and
 * agents live on the other member, so every command and stored record crosses the wire.
 */
class HazelcastRefusalTest extends RefusalScenarios {

  @RegisterExtension static final TwoMembers CLUSTER = new TwoMembers();

  @Override
  RoutingHarness.Stores freshStores() {
    return CLUSTER.freshStores(0);
  }
}
