package org.cityline.common;

import java.util.Locale;
import java.util.Optional;

/** A language a caller can be served in. Cityline speaks US English and US Spanish. */
public enum Language {
  ENGLISH("en-US"),
  SPANISH("es-US");

  private final String tag;
  private final Locale locale;

  Language(String tag) {
    this.tag = tag;
    this.locale = Locale.forLanguageTag(tag);
  }

  /** The IETF language tag, e.g. {@code es-US}. */
  public String tag() {
    return tag;
  }

  /** The locale to format amounts and dates with; never the machine's default. */
  public Locale locale() {
    return locale;
  }

  /**
   * The language for a tag or a bare language code ({@code es}, {@code es-MX}, {@code en_US}),
   * ignoring case; empty when Cityline does not speak it.
   */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    for (Language candidate : values()) {
      if (candidate.locale.getLanguage().equals(language)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
