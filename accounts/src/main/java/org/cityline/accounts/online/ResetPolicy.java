package org.cityline.accounts.online;

import java.time.Duration;

/**
 * Limits on password-reset links.
 *
 * @param perDay the most links one account may be sent in 24 hours
 * @param minimumGap the least time between two links for one account
 * @param linkLifetime how long a link works
 * @param linkBase the page the link opens; the token is added as {@code ?token=...}
 */
public record ResetPolicy(int perDay, Duration minimumGap, Duration linkLifetime, String linkBase) {

  public ResetPolicy {
    if (perDay < 1 || minimumGap == null || minimumGap.isNegative() || linkLifetime == null) {
      throw new IllegalArgumentException(
          "a reset policy needs a daily limit, a gap and a lifetime");
    }
    if (linkLifetime.compareTo(Duration.ofMinutes(5)) < 0
        || linkLifetime.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException("a reset link lives 5 minutes to a day");
    }
    if (linkBase == null || !linkBase.matches("https?://[^\\s?#]{3,200}")) {
      throw new IllegalArgumentException(
          "a reset link base is an http(s) URL without a query, e.g. https://city.example/reset");
    }
  }

  /** Three a day, five minutes apart, valid 30 minutes, on {@code linkBase}. */
  public static ResetPolicy defaults(String linkBase) {
    return new ResetPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(30), linkBase);
  }
}
