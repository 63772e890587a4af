package org.cityline.ivr.prompts;

import java.util.Locale;
import java.util.function.Supplier;

/** Runs code under another default locale and restores the old one. */
final class DefaultLocale {

  /** Locales that break code that formats with the default: Turkish casing, Arabic digits... */
  static final Locale[] ODD =
      new Locale[] {
        Locale.forLanguageTag("tr-TR"),
        Locale.forLanguageTag("ar-EG-u-nu-arab"),
        Locale.forLanguageTag("hi-IN-u-nu-deva"),
        Locale.forLanguageTag("de-DE"),
        Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"),
      };

  private DefaultLocale() {}

  static <T> T under(Locale locale, Supplier<T> work) {
    Locale before = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      return work.get();
    } finally {
      Locale.setDefault(before);
    }
  }
}
