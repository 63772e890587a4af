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
  private final java.util.List<RoutingHarness.Stores> handedOut = new java.util.ArrayList<>();

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
    closeHandedOut();
    cluster.close();
  }

  public HazelcastInstance member(int index) {
    return cluster.member(index);
  }

  /**
   * Routing's stores on one member, emptied first. The stores handed out before are closed first:
   * their listeners would otherwise feed the previous test's router (its index and matcher) with
   * this test's changes, and that router could act on them.
   */
  public RoutingHarness.Stores freshStores(int member) {
    closeHandedOut();
    HazelcastInstance hazelcast = cluster.member(member);
    for (String map : RoutingMaps.names()) {
      hazelcast.getMap(map).clear();
    }
    RoutingHarness.Stores stores = stores(hazelcast);
    handedOut.add(stores);
    return stores;
  }

  /**
   * Routing's stores on another member, as they are (for a second router in the same test); closed
   * with the others at the next {@link #freshStores}.
   */
  public RoutingHarness.Stores moreStores(int member) {
    RoutingHarness.Stores stores = stores(cluster.member(member));
    handedOut.add(stores);
    return stores;
  }

  private void closeHandedOut() {
    for (RoutingHarness.Stores stores : handedOut) {
      for (Object store :
          java.util.List.of(stores.contacts(), stores.agents(), stores.statistics())) {
        if (store instanceof AutoCloseable closeable) {
          try {
            closeable.close();
          } catch (Exception e) {
            throw new IllegalStateException("could not close " + store, e);
          }
        }
      }
    }
    handedOut.clear();
  }

  /** Routing's stores on this member, as they are. */
  public static RoutingHarness.Stores stores(HazelcastInstance hazelcast) {
    return new RoutingHarness.Stores(
        new HazelcastContactStore(hazelcast),
        new HazelcastAgentStore(hazelcast),
        new HazelcastStatisticsStore(hazelcast));
  }
}
