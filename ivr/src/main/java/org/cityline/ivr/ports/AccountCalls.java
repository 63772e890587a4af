package org.cityline.ivr.ports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.Instalment;
import org.cityline.accounts.Money;
import org.cityline.accounts.arrangements.ArrangementEligibility;
import org.cityline.accounts.arrangements.ArrangementOutcome;
import org.cityline.accounts.arrangements.ArrangementPolicy;
import org.cityline.accounts.arrangements.ArrangementRequest;
import org.cityline.accounts.arrangements.Arrangements;
import org.cityline.accounts.online.OnlineAccounts;
import org.cityline.accounts.online.PasswordResetOutcome;
import org.cityline.accounts.online.PasswordResetRequest;
import org.cityline.accounts.outages.KnownOutage;
import org.cityline.accounts.outages.OutageReportOutcome;
import org.cityline.accounts.outages.OutageReportRequest;
import org.cityline.accounts.outages.Outages;
import org.cityline.accounts.programs.EnrolmentOutcome;
import org.cityline.accounts.programs.EnrolmentRequest;
import org.cityline.accounts.programs.ProgramEligibility;
import org.cityline.accounts.programs.Programs;
import org.cityline.ivr.flow.PortCall;
import org.cityline.ivr.flow.PortResult;

/**
 * Changes callers make to their account: arrangements and extensions, password-reset links, program
 * enrolment and outage reports. Each request is keyed by the call, so a retried step makes it once;
 * the account store audits every change with the contact.
 */
public final class AccountCalls {

  private final Arrangements arrangements;
  private final OnlineAccounts online;
  private final Programs programs;
  private final Outages outages;
  private final Clock clock;

  public AccountCalls(
      Arrangements arrangements,
      OnlineAccounts online,
      Programs programs,
      Outages outages,
      Clock clock) {
    this.arrangements = arrangements;
    this.online = online;
    this.programs = programs;
    this.outages = outages;
    this.clock = clock;
  }

  public PortResult checkArrangement(PortCall.CheckArrangement check) {
    return switch (arrangements.eligibility(check.account())) {
      case ArrangementEligibility.Eligible eligible -> {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> values = new HashMap<>();
        values.put("arr-past-due-cents", Long.toString(eligible.pastDue().cents()));
        values.put("arr-extension-date", eligible.latestExtensionDate().toString());
        values.put(
            "arr-extension-days",
            Long.toString(ChronoUnit.DAYS.between(today, eligible.latestExtensionDate())));
        values.put("arr-fewest", Integer.toString(eligible.fewestInstalments()));
        values.put("arr-most", Integer.toString(eligible.mostInstalments()));
        values.put("arr-first-bill-due", eligible.firstBillDue().toString());
        yield PortResult.withValues(
            "eligible", values, "Eligible for an arrangement of $" + eligible.pastDue());
      }
      case ArrangementEligibility.NotEligible not ->
          PortResult.of("not-eligible", "Not eligible for an arrangement: " + not.reason().words());
    };
  }

  public PortResult quote(PortCall.QuoteInstalments quote) {
    Optional<Integer> count = number(quote.count());
    Optional<Integer> fewest = number(quote.fewest());
    Optional<Integer> most = number(quote.most());
    Optional<Long> pastDue = number(quote.pastDueCents()).map(Integer::longValue);
    if (count.isEmpty()
        || fewest.isEmpty()
        || most.isEmpty()
        || pastDue.isEmpty()
        || count.get() < fewest.get()
        || count.get() > most.get()
        || quote.firstBillDue().isEmpty()) {
      return PortResult.of("out-of-range", "Chose a number of instalments out of range");
    }
    ArrangementEligibility.Eligible eligible =
        new ArrangementEligibility.Eligible(
            Money.ofCents(pastDue.get()),
            LocalDate.now(clock),
            fewest.get(),
            most.get(),
            LocalDate.parse(quote.firstBillDue()));
    List<Instalment> instalments =
        ArrangementPolicy.instalments(
            eligible,
            org.cityline.accounts.ArrangementKind.INSTALMENTS,
            count.get(),
            LocalDate.now(clock));
    Map<String, String> values = new HashMap<>();
    values.put("arr-count", Integer.toString(count.get()));
    values.put("arr-instalment-cents", Long.toString(instalments.getLast().amount().cents()));
    values.put("arr-first-date", instalments.getFirst().dueOn().toString());
    return PortResult.withValues("ok", values, "Chose " + count.get() + " instalments");
  }

  public PortResult makeArrangement(PortCall.MakeArrangement make) {
    ArrangementOutcome outcome =
        arrangements.make(
            new ArrangementRequest(
                "ivr:" + make.call() + ":arrangement",
                make.account(),
                make.kind(),
                make.count(),
                Optional.of(make.contact()),
                "ivr",
                clock.instant()));
    return switch (outcome) {
      case ArrangementOutcome.Made made ->
          PortResult.withValues(
              "made",
              Map.of("arr-disconnect-cancelled", Boolean.toString(made.disconnectCancelled())),
              "Made "
                  + (made.arrangement().instalments().size() == 1
                      ? "an extension to " + made.arrangement().instalments().getFirst().dueOn()
                      : made.arrangement().instalments().size() + " instalments")
                  + " for $"
                  + made.arrangement().total()
                  + " (arrangement "
                  + made.arrangement().id()
                  + ")"
                  + (made.disconnectCancelled() ? "; pending disconnect cancelled" : ""));
      case ArrangementOutcome.NotEligible not ->
          PortResult.of("not-eligible", "Arrangement not made: " + not.reason().words());
      case ArrangementOutcome.Refused refused ->
          PortResult.of("refused", "Arrangement not made: " + refused.reason());
    };
  }

  public PortResult sendReset(PortCall.SendPasswordReset send) {
    PasswordResetOutcome outcome =
        online.sendPasswordReset(
            new PasswordResetRequest(
                "ivr:"
                    + send.call()
                    + ":reset:"
                    + send.channel().name().toLowerCase(java.util.Locale.ROOT),
                send.account(),
                send.channel(),
                send.language(),
                Optional.of(send.contact()),
                "ivr",
                clock.instant()));
    String how =
        send.channel() == org.cityline.accounts.online.ResetChannel.EMAIL
            ? "e-mail"
            : "text message";
    return switch (outcome) {
      case PasswordResetOutcome.Sent sent ->
          PortResult.withValues(
              "sent",
              sent.phoneLastFour().map(last -> Map.of("reset-phone-last4", last)).orElse(Map.of()),
              "Password-reset link sent by " + how);
      case PasswordResetOutcome.NoDestination none ->
          PortResult.of("no-destination", "No " + how + " destination on file for a reset link");
      case PasswordResetOutcome.RateLimited limited ->
          PortResult.of("limited", "Reset link not sent: one was sent recently");
      case PasswordResetOutcome.Failed failed ->
          PortResult.of("failed", "Reset link not sent: " + failed.reason());
      case PasswordResetOutcome.UnknownAccount unknown ->
          PortResult.of("unavailable", "Reset link not sent: unknown account");
    };
  }

  public PortResult checkProgram(PortCall.CheckProgram check) {
    String program = words(check.program());
    return switch (programs.eligibility(check.account(), check.program())) {
      case ProgramEligibility.Eligible eligible ->
          PortResult.withValues(
              "eligible",
              eligible
                  .budgetAmount()
                  .map(amount -> Map.of("budget-cents", Long.toString(amount.cents())))
                  .orElse(Map.of()),
              "Heard about " + program + "; eligible");
      case ProgramEligibility.AlreadyEnrolled already ->
          PortResult.of("enrolled", "Heard about " + program + "; already enrolled");
      case ProgramEligibility.NeedsRepresentative needs ->
          PortResult.of("needs-agent", "Heard about " + program + "; needs a representative");
      case ProgramEligibility.NotEligible not ->
          PortResult.of(
              "not-eligible", "Heard about " + program + "; not eligible: " + not.reason());
    };
  }

  public PortResult enrol(PortCall.EnrolProgram enrol) {
    String program = words(enrol.program());
    return switch (programs.enrol(
        new EnrolmentRequest(
            enrol.account(),
            enrol.program(),
            Optional.of(enrol.contact()),
            "ivr",
            clock.instant()))) {
      case EnrolmentOutcome.Enrolled enrolled ->
          PortResult.of("enrolled", "Enrolled in " + program);
      case EnrolmentOutcome.AlreadyEnrolled already ->
          PortResult.of("already", "Already enrolled in " + program);
      case EnrolmentOutcome.NotEligible not ->
          PortResult.of("not-eligible", "Not enrolled in " + program + ": " + not.reason());
    };
  }

  public PortResult reportOutage(PortCall.ReportOutage report) {
    OutageReportOutcome outcome =
        outages.report(
            new OutageReportRequest(
                "ivr:"
                    + report.call()
                    + ":outage:"
                    + report.service().name().toLowerCase(java.util.Locale.ROOT),
                report.account(),
                report.service(),
                Optional.of(report.contact()),
                "ivr",
                clock.instant()));
    return switch (outcome) {
      case OutageReportOutcome.Reported reported -> {
        Map<String, String> values = new HashMap<>();
        values.put("outage-reference", reported.reference());
        values.put("outage-known", Boolean.toString(!reported.known().isEmpty()));
        reported.known().stream()
            .findFirst()
            .flatMap(KnownOutage::estimatedRestoration)
            .map(this::hoursUntil)
            .ifPresent(hours -> values.put("outage-hours", Long.toString(hours)));
        yield PortResult.withValues(
            "reported",
            values,
            "Reported a "
                + report.service().name().toLowerCase(java.util.Locale.ROOT)
                + " outage, reference "
                + reported.reference()
                + (reported.known().isEmpty() ? "" : "; a known outage in the area was announced"));
      }
      case OutageReportOutcome.UnknownAccount unknown ->
          PortResult.of("unavailable", "Outage not reported: unknown account");
    };
  }

  /** Whole hours until a time, rounded up, at least one. */
  private long hoursUntil(Instant when) {
    long minutes = Duration.between(clock.instant(), when).toMinutes();
    return Math.max(1, (minutes + 59) / 60);
  }

  private static String words(org.cityline.accounts.Program program) {
    return switch (program) {
      case BUDGET_BILLING -> "Budget Billing";
      case SUREPAY -> "SurePay";
      case SELECT_DUE_DATE -> "Select-Due-Date";
      case EBILL -> "e-bill";
    };
  }

  private static Optional<Integer> number(String text) {
    return text != null && text.matches("[0-9]{1,9}")
        ? Optional.of(Integer.parseInt(text))
        : Optional.empty();
  }
}
