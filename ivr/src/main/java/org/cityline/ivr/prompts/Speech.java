package org.cityline.ivr.prompts;

import java.time.LocalDate;
import org.cityline.common.Language;

/**
 * How values are worded in one language, for a text-to-speech voice to read well: amounts and
 * numbers in words ("one hundred twenty-three dollars and forty-five cents"), dates with the
 * weekday ("Monday, March 2"), digits one by one. Nothing here reads the machine's default locale.
 */
public sealed interface Speech permits EnglishSpeech, SpanishSpeech {

  /** An amount of US dollars; a negative amount is a credit. */
  String amount(long cents);

  /** A calendar date, with its weekday, without the year. */
  String date(LocalDate date);

  /** Digits said one by one ("one two three four"). */
  String digits(String digits);

  /** A whole number in words. */
  String number(long value);

  /** The wording for a language. */
  static Speech of(Language language) {
    return switch (language) {
      case ENGLISH -> EnglishSpeech.INSTANCE;
      case SPANISH -> SpanishSpeech.INSTANCE;
    };
  }
}
