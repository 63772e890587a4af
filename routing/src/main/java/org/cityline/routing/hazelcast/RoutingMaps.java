package org.cityline.routing.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.IndexConfig;
import com.hazelcast.config.IndexType;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hazelcast maps that hold routing's state, and their settings: one synchronous backup each (a
 * member can be lost without losing a contact or an agent), no asynchronous backups, no eviction or
 * expiry (a live contact is never dropped behind routing's back), and an index on the agents' state
 * for the matcher's query.
 */
public final class RoutingMaps {

  /** Live contacts by contact id. */
  public static final String CONTACTS = "cityline.routing.contacts";

  /** The live contact of each call: call id ({@code network/localId}) to contact id. */
  public static final String CALLS = "cityline.routing.calls";

  /** Signed-in agents by agent id. */
  public static final String AGENTS = "cityline.routing.agents";

  /** Each queue's waiting list, by queue id (absent when nobody waits). */
  public static final String QUEUES = "cityline.routing.queues";

  private static final Logger LOG = LoggerFactory.getLogger(RoutingMaps.class);

  private RoutingMaps() {}

  /** The four maps' settings. */
  public static List<MapConfig> mapConfigs() {
    return List.of(
        base(CONTACTS),
        base(CALLS),
        base(AGENTS).addIndexConfig(new IndexConfig(IndexType.HASH, "state")),
        base(QUEUES));
  }

  /** Adds the maps' settings to a member's config before it starts (the preferred way). */
  public static Config configure(Config config) {
    mapConfigs().forEach(config::addMapConfig);
    return config;
  }

  /**
   * Adds the maps' settings to a running cluster when its members were started without them
   * (Hazelcast's dynamic configuration); settings already configured are kept.
   */
  public static void ensureConfigured(HazelcastInstance hazelcast) {
    for (MapConfig config : mapConfigs()) {
      try {
        hazelcast.getConfig().addMapConfig(config);
      } catch (InvalidConfigurationException e) {
        LOG.info("Keeping the configured settings of map {}: {}", config.getName(), e.getMessage());
      }
    }
  }

  private static MapConfig base(String name) {
    return new MapConfig(name).setBackupCount(1).setAsyncBackupCount(0);
  }
}
