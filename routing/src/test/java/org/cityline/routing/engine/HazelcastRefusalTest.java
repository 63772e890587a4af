package org.cityline.routing.engine;

import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.routing.hazelcast.TwoMembers;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The refusal scenarios on a real two-member Hazelcast cluster: about half of the contacts and
 * agents live on the other member, so every command and stored record crosses the wire.
 */
class HazelcastRefusalTest extends RefusalScenarios {

  private static HazelcastTestCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = TwoMembers.start();
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Override
  RoutingHarness.Stores freshStores() {
    return TwoMembers.freshStores(cluster, 0);
  }
}
