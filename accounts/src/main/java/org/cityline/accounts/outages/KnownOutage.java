package org.cityline.accounts.outages;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.UtilityService;

/**
 * An outage the utility knows of, in one area (a ZIP code).
 *
 * @param id its number
 * @param service what is out
 * @param zip the area
 * @param startedAt since when
 * @param estimatedRestoration when crews expect service back, if they said
 * @param cause what happened, in words ("storm damage to a feeder line")
 */
public record KnownOutage(
    long id,
    UtilityService service,
    String zip,
    Instant startedAt,
    Optional<Instant> estimatedRestoration,
    String cause) {

  public KnownOutage {
    if (service == null || zip == null || !zip.matches("[0-9]{5}") || startedAt == null) {
      throw new IllegalArgumentException("a known outage has a service, a ZIP code and a start");
    }
    if (estimatedRestoration == null || cause == null || cause.isBlank() || cause.length() > 200) {
      throw new IllegalArgumentException("a known outage has a cause of 1 to 200 characters");
    }
  }
}
