package org.cityline.ivr.announcements;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.cityline.common.Language;

/**
 * What a supervisor tells every caller first during an outage or a storm, in each language, from
 * {@code start} until {@code end}.
 *
 * @param id its id
 * @param text the words per language (every language Cityline speaks)
 * @param start when callers start hearing it
 * @param end when they stop
 * @param setBy the supervisor who set it
 * @param setAt when
 */
public record EmergencyAnnouncement(
    String id, Map<Language, String> text, Instant start, Instant end, String setBy, Instant setAt)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public EmergencyAnnouncement {
    if (id == null
        || text == null
        || start == null
        || end == null
        || setBy == null
        || setAt == null) {
      throw new IllegalArgumentException("an announcement needs every field");
    }
    text = Map.copyOf(new EnumMap<>(text));
  }

  /** Whether callers hear it at this moment. */
  public boolean activeAt(Instant at) {
    return !at.isBefore(start) && at.isBefore(end);
  }

  /** The words in a language. */
  public String text(Language language) {
    return text.get(language);
  }
}
