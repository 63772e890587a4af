package org.cityline.ivr.announcements;

/** What became of an {@link AnnouncementRequest}. */
public sealed interface AnnouncementResult {

  /** Published; callers hear it from its start. */
  record Published(EmergencyAnnouncement announcement) implements AnnouncementResult {}

  /**
   * Not published; nothing changed.
   *
   * @param reason in words fit to show the supervisor
   */
  record Refused(String reason) implements AnnouncementResult {}
}
