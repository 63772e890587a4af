package org.cityline.routing.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.routing.testing.RoutingHarness;

/** A real two-member cluster configured for routing, shared by a test class. */
public final class TwoMembers {

  private TwoMembers() {}

  public static HazelcastTestCluster start() {
    return HazelcastTestCluster.start(2, 2, RoutingMaps::configure);
  }

  /** Routing's stores on one member, emptied first. */
  public static RoutingHarness.Stores freshStores(HazelcastTestCluster cluster, int member) {
    HazelcastInstance hazelcast = cluster.member(member);
    for (String map :
        new String[] {
          RoutingMaps.CONTACTS, RoutingMaps.CALLS, RoutingMaps.AGENTS, RoutingMaps.QUEUES
        }) {
      hazelcast.getMap(map).clear();
    }
    return stores(hazelcast);
  }

  public static RoutingHarness.Stores stores(HazelcastInstance hazelcast) {
    return new RoutingHarness.Stores(
        new HazelcastContactStore(hazelcast),
        new HazelcastAgentStore(hazelcast),
        new HazelcastQueueStore(hazelcast));
  }
}
