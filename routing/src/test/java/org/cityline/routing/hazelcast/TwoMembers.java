package org.cityline.routing.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real two-member cluster configured for routing, started once per test class:
 * {@code @RegisterExtension static final TwoMembers cluster = new TwoMembers();}.
 */
public final class TwoMembers implements BeforeAllCallback, AfterAllCallback {

  private HazelcastTestCluster cluster;

  /** Starts a cluster outside JUnit's lifecycle; the caller closes it. */
  public static HazelcastTestCluster start() {
    return HazelcastTestCluster.start(2, 2, RoutingMaps::configure);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    cluster = start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    cluster.close();
  }

  public HazelcastInstance member(int index) {
    return cluster.member(index);
  }

  /** Routing's stores on one member, emptied first. */
  public RoutingHarness.Stores freshStores(int member) {
    HazelcastInstance hazelcast = cluster.member(member);
    for (String map : RoutingMaps.names()) {
      hazelcast.getMap(map).clear();
    }
    return stores(hazelcast);
  }

  /** Routing's stores on this member, as they are. */
  public static RoutingHarness.Stores stores(HazelcastInstance hazelcast) {
    return new RoutingHarness.Stores(
        new HazelcastContactStore(hazelcast),
        new HazelcastAgentStore(hazelcast),
        new HazelcastStatisticsStore(hazelcast));
  }
}
