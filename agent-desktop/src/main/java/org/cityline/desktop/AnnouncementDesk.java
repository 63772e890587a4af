package org.cityline.desktop;

import java.time.Instant;
import java.util.Map;
import org.cityline.common.Language;

/**
 * Where the supervisor's emergency announcement for the IVR goes (the composition root adapts the
 * IVR's announcements, which every node reads). The desktop checks the form; the IVR checks again.
 */
public interface AnnouncementDesk {

  /** What became of a publication. */
  sealed interface Outcome {
    /** Published under this id. */
    record Published(String id) implements Outcome {}

    /** Refused, nothing published, with the reason to show. */
    record Refused(String reason) implements Outcome {}
  }

  /**
   * Publishes an announcement every caller hears first from {@code start} until {@code end}.
   *
   * @param text the words per language (every language Cityline speaks)
   * @param setBy the supervisor's user name
   */
  Outcome publish(Map<Language, String> text, Instant start, Instant end, String setBy);

  /** A desk for a desktop without an IVR: refuses every announcement. */
  static AnnouncementDesk none() {
    return (text, start, end, setBy) ->
        new Outcome.Refused("Announcements are not connected to the IVR on this node.");
  }
}
