package org.cityline.ivr.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.ivr.announcements.AnnouncementStore;
import org.cityline.ivr.announcements.EmergencyAnnouncement;

/** Announcements in a map in this JVM. */
public final class InMemoryAnnouncementStore implements AnnouncementStore {

  private final Map<String, EmergencyAnnouncement> announcements = new ConcurrentHashMap<>();

  @Override
  public void put(EmergencyAnnouncement announcement) {
    announcements.put(announcement.id(), announcement);
  }

  @Override
  public Optional<EmergencyAnnouncement> find(String id) {
    return Optional.ofNullable(announcements.get(id));
  }

  @Override
  public boolean remove(String id) {
    return announcements.remove(id) != null;
  }

  @Override
  public List<EmergencyAnnouncement> all() {
    return new ArrayList<>(announcements.values());
  }
}
