package org.cityline.accounts.outages;

import java.util.List;

/** What became of an {@link OutageReportRequest}. */
public sealed interface OutageReportOutcome {

  /**
   * Stored.
   *
   * @param reference the number read back to the customer (digits)
   * @param known outages the utility already knows of in the area, for that service
   */
  record Reported(String reference, List<KnownOutage> known) implements OutageReportOutcome {
    public Reported {
      known = List.copyOf(known);
    }
  }

  /** There is no such account; nothing was stored. */
  record UnknownAccount() implements OutageReportOutcome {}
}
