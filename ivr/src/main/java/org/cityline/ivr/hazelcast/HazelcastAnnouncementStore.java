package org.cityline.ivr.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.cityline.ivr.announcements.AnnouncementStore;
import org.cityline.ivr.announcements.EmergencyAnnouncement;

/**
 * Emergency announcements in a Hazelcast map ({@value #MAP_NAME}) shared by every node, each kept
 * until a day after it ends. There are a handful at most, so reading them all per call is cheap.
 */
public final class HazelcastAnnouncementStore implements AnnouncementStore {

  public static final String MAP_NAME = "cityline-ivr-announcements";

  private final IMap<String, EmergencyAnnouncement> map;
  private final Clock clock;

  public HazelcastAnnouncementStore(HazelcastInstance hazelcast, Clock clock) {
    this.map = hazelcast.getMap(MAP_NAME);
    this.clock = clock;
  }

  /** The map's settings: one synchronous backup. Add before starting members. */
  public static Config configure(Config config) {
    return config.addMapConfig(new MapConfig(MAP_NAME).setBackupCount(1).setAsyncBackupCount(0));
  }

  @Override
  public void put(EmergencyAnnouncement announcement) {
    long keep =
        Math.max(
            60_000,
            Duration.between(clock.instant(), announcement.end())
                .plus(Duration.ofDays(1))
                .toMillis());
    map.set(announcement.id(), announcement, keep, TimeUnit.MILLISECONDS);
  }

  @Override
  public Optional<EmergencyAnnouncement> find(String id) {
    return Optional.ofNullable(map.get(id));
  }

  @Override
  public boolean remove(String id) {
    return map.remove(id) != null;
  }

  @Override
  public List<EmergencyAnnouncement> all() {
    return new ArrayList<>(map.values());
  }
}
