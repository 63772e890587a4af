package org.cityline.common.call;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.cityline.common.Language;

/**
 * Something the caller hears, in one language, as a list of parts. Every part carries the text it
 * stands for (already worded in the prompt's language), so a phone system that speaks text (the
 * simulator, Twilio's Say) reads {@link #text()}, while one that plays recordings (Asterisk) plays
 * each {@link Part.Phrase} from its sound file and speaks amounts, dates and digits with its own
 * say commands.
 *
 * @param language the language every part is worded in
 * @param parts what is said, in order; at least one
 */
public record Prompt(Language language, List<Part> parts) {

  public Prompt {
    if (language == null) {
      throw new IllegalArgumentException("a prompt needs a language");
    }
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a prompt says at least one thing");
    }
  }

  /** A prompt of recorded phrases only. */
  public static Prompt of(Language language, Part... parts) {
    return new Prompt(language, List.of(parts));
  }

  /** The whole prompt as text, parts separated by a space. */
  public String text() {
    return parts.stream().map(Part::text).collect(Collectors.joining(" "));
  }

  /** The ids of the recorded phrases, in order; amounts, dates and digits are left out. */
  public List<String> phraseIds() {
    return parts.stream()
        .filter(Part.Phrase.class::isInstance)
        .map(part -> ((Part.Phrase) part).id())
        .toList();
  }

  /** One piece of a prompt. */
  public sealed interface Part {
    /** The words this part stands for, in the prompt's language. */
    String text();

    /**
     * A recorded phrase with a stable id ({@code main-menu}); {@code text} is its wording.
     *
     * @param id letters, digits and dashes; the sound file is {@code cityline/<lang>/<id>}
     * @param text the phrase's words
     */
    record Phrase(String id, String text) implements Part {
      public Phrase {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
          throw new IllegalArgumentException("a phrase id is lower-case words and dashes: " + id);
        }
        if (text == null || text.isBlank()) {
          throw new IllegalArgumentException("phrase '" + id + "' has no text");
        }
      }
    }

    /**
     * An amount of money in US dollars.
     *
     * @param cents the amount in cents; may be negative (a credit)
     * @param text how it is said, e.g. "123 dollars and 45 cents"
     */
    record Amount(long cents, String text) implements Part {}

    /**
     * A calendar date.
     *
     * @param date the date
     * @param text how it is said, e.g. "Monday, December 1"
     */
    record Date(LocalDate date, String text) implements Part {}

    /**
     * Digits read one by one, e.g. the last four of an account number.
     *
     * @param digits only the characters 0-9
     * @param text how they are said
     */
    record Digits(String digits, String text) implements Part {
      public Digits {
        if (digits == null || !digits.matches("[0-9]{1,32}")) {
          throw new IllegalArgumentException("digits to say must be 1 to 32 of 0-9");
        }
      }
    }

    /**
     * A whole number, e.g. a position in queue.
     *
     * @param value the number
     * @param text how it is said
     */
    record Number(long value, String text) implements Part {}
  }
}
