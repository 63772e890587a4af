package org.cityline.accounts.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What {@link DemoCity#seedIfEmpty} did.
 *
 * @param seeded true if it seeded the city now, false if it left the database as it was
 * @param seed the seed of the city in the database (now or before); 0 when it is not a demo city
 * @param accounts how many accounts the city has
 * @param rows how many rows were written now
 * @param asOf the date the city's bills are relative to
 * @param took how long it took
 */
public record SeedReport(
    boolean seeded, long seed, int accounts, long rows, LocalDate asOf, Duration took) {

  /** One line for the log. */
  public String describe() {
    if (!seeded) {
      return seed == 0
          ? "The database holds accounts that are not a demo city's; left as it is"
          : String.format(
              Locale.ROOT,
              "Demo city already there (seed %d, %d accounts, as of %s)",
              seed,
              accounts,
              asOf);
    }
    return String.format(
        Locale.ROOT,
        "Seeded the demo city (seed %d): %d accounts, %d rows, as of %s, in %d ms",
        seed,
        accounts,
        rows,
        asOf,
        took.toMillis());
  }
}
