package org.cityline.routing.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.InvalidConfigurationException;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Hazelcast maps that hold routing's state, and their settings: one synchronous backup each (a
 * member can be lost without losing a contact, an agent or a count), no asynchronous backups, no
 * eviction (a live contact is never dropped behind routing's back); only the interval counts
 * expire, two days after their last change (they are in the database by then).
 */
public final class RoutingMaps {

  /** Live contacts by contact id. */
  public static final String CONTACTS = "cityline.routing.contacts";

  /** The live contact of each call: call id ({@code network/localId}) to contact id. */
  public static final String CALLS = "cityline.routing.calls";

  /** Signed-in agents by agent id. */
  public static final String AGENTS = "cityline.routing.agents";

  /** Each queue's interval counts, by {@code queue@intervalStartMillis}. */
  public static final String INTERVALS = "cityline.routing.intervals";

  /** The queue configuration every node uses (one entry, the queue file's text). */
  public static final String CONFIG = "cityline.routing.config";

  /** How long interval counts stay in the cluster after their last change. */
  static final Duration INTERVALS_KEPT = Duration.ofDays(2);

  private static final Logger LOG = LoggerFactory.getLogger(RoutingMaps.class);

  private RoutingMaps() {}

  /** Every map's settings. */
  public static List<MapConfig> mapConfigs() {
    return List.of(
        base(CONTACTS),
        base(CALLS),
        base(AGENTS),
        base(INTERVALS).setTimeToLiveSeconds((int) INTERVALS_KEPT.toSeconds()),
        base(CONFIG));
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

  /** Every map's name. */
  public static List<String> names() {
    return List.of(CONTACTS, CALLS, AGENTS, INTERVALS, CONFIG);
  }

  private static MapConfig base(String name) {
    return new MapConfig(name).setBackupCount(1).setAsyncBackupCount(0);
  }
}
