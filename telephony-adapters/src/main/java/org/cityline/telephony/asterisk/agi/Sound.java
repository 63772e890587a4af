package org.cityline.telephony.asterisk.agi;

import java.time.LocalDate;

/**
 * One thing a PBX plays for a prompt part: a sound file or one of Asterisk's say commands. {@link
 * #toString()} is a short, stable description (used in logs and by tests comparing what a caller
 * heard); it never holds more than the prompt held.
 */
public sealed interface Sound {

  /** A sound file, without extension: {@code cityline/en/main-menu}. */
  record File(String path) implements Sound {
    @Override
    public String toString() {
      return path;
    }
  }

  /** SAY NUMBER in the channel's language. */
  record Number(long value) implements Sound {
    @Override
    public String toString() {
      return "number:" + value;
    }
  }

  /** SAY DIGITS, one by one. */
  record Digits(String digits) implements Sound {
    @Override
    public String toString() {
      return "digits:" + digits;
    }
  }

  /** SAY DATETIME of a date (weekday, month, day), in UTC so the day never shifts. */
  record Date(LocalDate date) implements Sound {
    @Override
    public String toString() {
      return "date:" + date;
    }
  }
}
