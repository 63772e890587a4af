package org.cityline.app.node;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MultiMapConfig;
import org.cityline.app.config.CitylineConfig;

/**
 * This node's Hazelcast member: TCP/IP join with the configured member list, multicast and
 * auto-detection off, every map keeping {@code cluster.backup-count} synchronous backups so losing
 * a node loses no call.
 */
final class ClusterMember {

  private ClusterMember() {}

  static Config config(CitylineConfig config) {
    CitylineConfig.Cluster cluster = config.cluster();
    Config hazelcast = new Config();
    hazelcast.setClusterName(cluster.name());
    hazelcast.setInstanceName("cityline-" + config.nodeName() + "-" + cluster.port());
    hazelcast.setProperty("hazelcast.phone.home.enabled", "false");
    hazelcast.setProperty("hazelcast.logging.type", "slf4j");
    // Listen on cluster.host only, not on every interface of the machine.
    hazelcast.setProperty("hazelcast.socket.bind.any", "false");
    // The launcher stops the member itself, after the web servers, so calls drain in order.
    hazelcast.setProperty("hazelcast.shutdownhook.enabled", "false");
    hazelcast
        .getNetworkConfig()
        .setPort(cluster.port())
        .setPortCount(cluster.portCount())
        .setPortAutoIncrement(true);
    hazelcast.getNetworkConfig().setPublicAddress(null);
    hazelcast.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(cluster.host());
    JoinConfig join = hazelcast.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    cluster.members().forEach(join.getTcpIpConfig()::addMember);

    MapConfig everyMap = new MapConfig("*").setBackupCount(cluster.backupCount());
    hazelcast.addMapConfig(everyMap);
    // What Vert.x's clustered event bus expects (its default-cluster.xml).
    hazelcast.addMultiMapConfig(
        new MultiMapConfig("__vertx.subs")
            .setBackupCount(cluster.backupCount())
            .setValueCollectionType(MultiMapConfig.ValueCollectionType.SET));
    return hazelcast;
  }
}
