package org.cityline.common.testing;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Real Hazelcast members on loopback for tests: TCP/IP join on 127.0.0.1 with explicit free ports
 * (so concurrent builds on one machine never join each other's clusters), multicast and
 * auto-detection off, a unique cluster name, no phone-home.
 *
 * <pre>{@code
 * try (var cluster = HazelcastTestCluster.start(3)) {
 *   var a = cluster.member(0);
 *   cluster.kill(2); // abrupt, like a lost node
 * }
 * }</pre>
 */
public final class HazelcastTestCluster implements AutoCloseable {

  private final String clusterName = "cityline-test-" + UUID.randomUUID();
  private final List<Integer> ports;
  private final Consumer<Config> customizer;
  private final List<HazelcastInstance> members = new CopyOnWriteArrayList<>();

  private HazelcastTestCluster(int capacity, Consumer<Config> customizer) {
    this.ports = freePorts(capacity);
    this.customizer = customizer;
  }

  /** Starts {@code size} members that form one cluster. */
  public static HazelcastTestCluster start(int size) {
    return start(size, size, config -> {});
  }

  /**
   * Starts {@code size} members, leaving room for {@code capacity - size} more to join later with
   * {@link #addMember()}; {@code customizer} adjusts each member's config (map settings).
   */
  public static HazelcastTestCluster start(int size, int capacity, Consumer<Config> customizer) {
    HazelcastTestCluster cluster = new HazelcastTestCluster(capacity, customizer);
    for (int i = 0; i < size; i++) {
      cluster.addMember();
    }
    return cluster;
  }

  /** The config a member of this cluster starts with, before the customizer. */
  public Config config(int port) {
    Config config = new Config();
    config.setClusterName(clusterName);
    config.setInstanceName(clusterName + "-" + port);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    // Quick failure detection so tests that kill a member do not wait a minute.
    config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    config.setProperty("hazelcast.max.no.heartbeat.seconds", "6");
    config.setProperty("hazelcast.merge.first.run.delay.seconds", "5");
    config.setProperty("hazelcast.merge.next.run.delay.seconds", "5");
    config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    for (int other : ports) {
      join.getTcpIpConfig().addMember("127.0.0.1:" + other);
    }
    customizer.accept(config);
    return config;
  }

  /** Starts one more member on the next free port of this cluster. */
  public HazelcastInstance addMember() {
    if (members.size() >= ports.size()) {
      throw new IllegalStateException("cluster capacity " + ports.size() + " reached");
    }
    int port = ports.get(members.size());
    HazelcastInstance member = Hazelcast.newHazelcastInstance(config(port));
    members.add(member);
    return member;
  }

  /** The i-th member started (0 is the first). */
  public HazelcastInstance member(int index) {
    return members.get(index);
  }

  /** The members started and not killed, in start order. */
  public List<HazelcastInstance> runningMembers() {
    return members.stream().filter(member -> member.getLifecycleService().isRunning()).toList();
  }

  /** Terminates a member abruptly (no graceful migration), as when a node is lost. */
  public void kill(int index) {
    members.get(index).getLifecycleService().terminate();
  }

  public String clusterName() {
    return clusterName;
  }

  @Override
  public void close() {
    for (HazelcastInstance member : new ArrayList<>(members)) {
      if (member.getLifecycleService().isRunning()) {
        member.getLifecycleService().terminate();
      }
    }
  }

  private static List<Integer> freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback ports for a test cluster", e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // the port is free again either way
        }
      }
    }
  }
}
