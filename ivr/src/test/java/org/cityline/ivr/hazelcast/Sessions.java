package org.cityline.ivr.hazelcast;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.ivr.flow.Session;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.routing.TrailStep;

/** Sessions as big as the main flow makes them, for size and round-trip tests. */
final class Sessions {

  private Sessions() {}

  /** A session at the balance menu after a verified caller heard everything. */
  static Session typical(String callId) {
    Instant at = Instant.parse("2026-03-02T16:00:00Z");
    Session session =
        Session.start(
                MainFlow.NAME,
                new CallId("twilio", callId),
                ContactId.random(),
                Optional.of(new PhoneNumber("+15055550102")),
                Language.SPANISH,
                at,
                "welcome")
            .atStep("after-balance", "say-balance")
            .toBuilder()
            .identified(new AccountNumber("2345678901"), true)
            .served()
            .lastEvent("keys@2026-03-02T16:01:10.123456789Z/1")
            .build()
            .withValues(
                Map.of(
                    "entered-account", "2345678901",
                    "entered-zip", "87102",
                    "account-last4", "8901",
                    "balance-cents", "41207",
                    "past-due-cents", "25000",
                    "due-date", "2026-03-16",
                    "last-payment-cents", "100",
                    "last-payment-date", "2026-01-01",
                    "disconnect-date", "2026-03-09"));
    String[] summaries = {
      "Pressed 1 at the welcome (language choice)",
      "Switched to Spanish",
      "Caller number +15055550102 matched no account",
      "Keyed account number ending 9999: no such account (failed attempt 1)",
      "Verified by account number and service ZIP (account 2345678901)",
      "Pressed 1 at the main menu",
      "Heard the balance",
      "Heard the past-due amount",
      "Heard the pending disconnect date",
    };
    for (String summary : summaries) {
      at = at.plusSeconds(7);
      session = session.noting(new TrailStep("step-" + summary.length(), summary, at));
    }
    return session;
  }

  /** The largest session the main flow can make: a full trail of long notes. */
  static Session largest(String callId) {
    Session session = typical(callId);
    Instant at = Instant.parse("2026-03-02T16:10:00Z");
    for (int i = 0; i < Session.MAX_TRAIL; i++) {
      session =
          session.noting(
              new TrailStep(
                  "verify-account",
                  "Keyed account 2345678901 but the service ZIP did not match (failed attempt 2)",
                  at.plusSeconds(i)));
    }
    return session.toBuilder()
        .reason("No valid entry after 3 tries at the service ZIP prompt")
        .build();
  }
}
