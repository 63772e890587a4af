package org.cityline.accounts.outages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.UtilityService;

/**
 * Outages: those the utility knows of by area, and customers' reports with reference numbers.
 *
 * <p>Methods block on the database: call them from virtual threads or workers.
 */
public interface Outages {

  /** Outages not yet resolved in a ZIP code, newest first. */
  List<KnownOutage> known(String zip);

  /** Stores a report (audited); the same request key again answers the first reference. */
  OutageReportOutcome report(OutageReportRequest request);

  /** Records an outage the utility knows of (field staff, a supervisor, the demo). */
  KnownOutage declare(
      UtilityService service,
      String zip,
      Instant startedAt,
      Optional<Instant> estimatedRestoration,
      String cause);

  /** Marks an outage resolved; false if there is no such unresolved outage. */
  boolean resolve(long outageId, Instant at);
}
