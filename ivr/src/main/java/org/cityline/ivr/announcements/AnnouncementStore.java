package org.cityline.ivr.announcements;

import java.util.List;
import java.util.Optional;

/** Where announcements are kept, shared by every node (a Hazelcast map). */
public interface AnnouncementStore {

  void put(EmergencyAnnouncement announcement);

  Optional<EmergencyAnnouncement> find(String id);

  /** Removes it; false if there was none. */
  boolean remove(String id);

  /** Every announcement kept (current, scheduled, recently ended). */
  List<EmergencyAnnouncement> all();
}
