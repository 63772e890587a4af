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
 * <p>A prompt may hold a few words in the other language ({@link Part.ForeignPhrase}: "Para
 * español, oprima 1" in an English greeting) and unrecorded words ({@link Part.Text}: a
 * supervisor's announcement); {@link #languageOf(Part)} says which voice reads each part.
 *
 * @param language the language the prompt is worded in (every part but foreign phrases and texts in
 *     another language)
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

  /** The language a part is read in: its own for a foreign phrase or a text, else the prompt's. */
  public Language languageOf(Part part) {
    return switch (part) {
      case Part.ForeignPhrase foreign -> foreign.language();
      case Part.Text text -> text.language();
      default -> language;
    };
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

    /**
     * A recorded phrase in another language than the prompt's ("Para español, oprima 1" in an
     * English greeting). A text-to-speech system reads it with that language's voice (Twilio: its
     * own {@code <Say language="es-US">}); a PBX plays {@code cityline/<its language>/<id>}.
     *
     * @param language the language the phrase is in
     * @param id letters, digits and dashes, as for {@link Phrase}
     * @param text the phrase's words, in {@code language}
     */
    record ForeignPhrase(Language language, String id, String text) implements Part {
      public ForeignPhrase {
        if (language == null) {
          throw new IllegalArgumentException("a foreign phrase needs its language");
        }
        new Phrase(id, text); // the same rules for id and text
      }
    }

    /**
     * Words with no recording behind them, such as a supervisor's emergency announcement: a
     * text-to-speech voice for {@code language} reads them (Twilio's {@code <Say>}; on a PBX its
     * text-to-speech engine, as no sound file exists).
     *
     * @param language the language the words are in (may differ from the prompt's)
     * @param text the words; 1 to 1,000 characters
     */
    record Text(Language language, String text) implements Part {
      public Text {
        if (language == null) {
          throw new IllegalArgumentException("a text part needs its language");
        }
        if (text == null || text.isBlank() || text.length() > 1000) {
          throw new IllegalArgumentException("a text part is 1 to 1,000 characters");
        }
      }
    }
  }
}
