package org.cityline.desktop.supervisor;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.desktop.PlainText;

/**
 * Checks the supervisor's emergency announcement before it goes to the IVR: words in every
 * language, plain and at most {@link #MAX_TEXT} characters; a start and an end, the end after the
 * start and after now, at most {@link #LONGEST} after the start.
 */
public final class AnnouncementForm {

  /** Longest text per language (the IVR's limit). */
  public static final int MAX_TEXT = 400;

  /** Longest announcement (the IVR's limit). */
  public static final Duration LONGEST = Duration.ofDays(7);

  private AnnouncementForm() {}

  /** What is wrong, if anything. */
  public static Optional<String> problem(
      Map<Language, String> text, Instant start, Instant end, Instant now) {
    for (Language language : Language.values()) {
      String name = language == Language.ENGLISH ? "The English text" : "The Spanish text";
      Optional<String> problem = PlainText.check(name, text.get(language), MAX_TEXT);
      if (problem.isPresent()) {
        return problem;
      }
    }
    if (start == null || end == null) {
      return Optional.of("Enter when the announcement starts and ends.");
    }
    if (!end.isAfter(start)) {
      return Optional.of("The end must be after the start.");
    }
    if (!end.isAfter(now)) {
      return Optional.of("The end must be in the future.");
    }
    if (Duration.between(start, end).compareTo(LONGEST) > 0) {
      return Optional.of("An announcement lasts at most 7 days.");
    }
    return Optional.empty();
  }

  /** The texts stripped, by language. */
  public static Map<Language, String> texts(String english, String spanish) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    if (english != null) {
      texts.put(Language.ENGLISH, english.strip());
    }
    if (spanish != null) {
      texts.put(Language.SPANISH, spanish.strip());
    }
    return texts;
  }
}
