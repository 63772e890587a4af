package org.cityline.accounts.jdbc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.FieldNotifications;
import org.cityline.accounts.Instalment;
import org.cityline.accounts.PaymentArrangement;
import org.cityline.accounts.arrangements.ArrangementEligibility;
import org.cityline.accounts.arrangements.ArrangementFacts;
import org.cityline.accounts.arrangements.ArrangementOutcome;
import org.cityline.accounts.arrangements.ArrangementPolicy;
import org.cityline.accounts.arrangements.ArrangementRequest;
import org.cityline.accounts.arrangements.Arrangements;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Arrangements over {@code payment_arrangement} and {@code arrangement_instalment}. The rules are
 * evaluated again inside the transaction that makes one, on the account as it is then.
 */
final class JdbcArrangements implements Arrangements {

  private final Jdbi jdbi;
  private final Clock clock;
  private final ArrangementPolicy policy;
  private final FieldNotifications notifications;

  JdbcArrangements(
      Jdbi jdbi, Clock clock, ArrangementPolicy policy, FieldNotifications notifications) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.policy = policy;
    this.notifications = notifications;
  }

  @Override
  public ArrangementPolicy policy() {
    return policy;
  }

  @Override
  public ArrangementEligibility eligibility(AccountNumber account) {
    if (account == null) {
      throw new IllegalArgumentException("eligibility needs an account number");
    }
    LocalDate today = LocalDate.now(clock);
    return jdbi.withHandle(handle -> evaluate(handle, account, today));
  }

  @Override
  public ArrangementOutcome make(ArrangementRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("make needs a request");
    }
    Made made;
    try {
      made = jdbi.inTransaction(handle -> makeIn(handle, request));
    } catch (JdbiException e) {
      if (!SqlErrors.isUniqueViolation(e)) {
        throw e;
      }
      made = jdbi.withHandle(handle -> existing(handle, request)).orElseThrow(() -> e);
    }
    notifications.publish(made.notifications());
    return made.outcome();
  }

  private record Made(ArrangementOutcome outcome, List<FieldNotification> notifications) {}

  private Made makeIn(Handle handle, ArrangementRequest request) {
    Optional<Made> earlier = existing(handle, request);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    LocalDate today = LocalDate.ofInstant(request.at(), clock.getZone());
    ArrangementEligibility eligibility = evaluate(handle, request.account(), today);
    if (!(eligibility instanceof ArrangementEligibility.Eligible eligible)) {
      return new Made(
          new ArrangementOutcome.NotEligible(
              ((ArrangementEligibility.NotEligible) eligibility).reason()),
          List.of());
    }
    Optional<String> problem = policy.problem(eligible, request.kind(), request.count());
    if (problem.isPresent()) {
      return new Made(new ArrangementOutcome.Refused(problem.get()), List.of());
    }
    List<Instalment> instalments =
        ArrangementPolicy.instalments(eligible, request.kind(), request.count(), today);
    long id = insert(handle, request, eligible, instalments, today);
    JdbcAuditTrail.insert(
        handle,
        new AuditEntry(
            request.at(),
            request.actor(),
            request.contact(),
            Optional.of(request.account()),
            "arrangement-made",
            describe(request, eligible, instalments, id)));
    List<FieldNotification> cancelled =
        DisconnectCancellation.cancelPending(
            handle,
            request.account(),
            request.actor(),
            request.contact(),
            "payment " + kindWords(request) + " " + id + " covers the past-due amount",
            request.at(),
            today);
    handle
        .createUpdate(
            "UPDATE payment_arrangement SET disconnect_cancelled = :cancelled"
                + " WHERE arrangement_id = :id")
        .bind("cancelled", !cancelled.isEmpty())
        .bind("id", id)
        .execute();
    return new Made(
        new ArrangementOutcome.Made(read(handle, request.account(), id), !cancelled.isEmpty()),
        cancelled);
  }

  private Optional<Made> existing(Handle handle, ArrangementRequest request) {
    return handle
        .createQuery(
            "SELECT arrangement_id, account_number, disconnect_cancelled FROM payment_arrangement"
                + " WHERE request_key = :key")
        .bind("key", request.requestKey())
        .map(
            (rs, ctx) ->
                new Made(
                    new ArrangementOutcome.Made(
                        read(
                            handle,
                            Rows.account(rs, "account_number"),
                            rs.getLong("arrangement_id")),
                        rs.getBoolean("disconnect_cancelled")),
                    List.of()))
        .findOne();
  }

  private ArrangementEligibility evaluate(Handle handle, AccountNumber account, LocalDate today) {
    Optional<AccountSummary> summary =
        SummaryQueries.byNumber(handle, account, today).map(SummaryQueries.SummaryRow::summary);
    if (summary.isEmpty()) {
      return new ArrangementEligibility.NotEligible(ArrangementEligibility.Reason.UNKNOWN_ACCOUNT);
    }
    Optional<LocalDate> lastBroken =
        handle
            .createQuery(
                "SELECT MAX(created_on) FROM payment_arrangement"
                    + " WHERE account_number = :account AND status = 'BROKEN'")
            .bind("account", account.value())
            .mapTo(LocalDate.class)
            .findOne();
    AccountSummary found = summary.get();
    return policy.evaluate(
        new ArrangementFacts(
            found.status(),
            found.pastDue(),
            found.inArrangement(),
            lastBroken,
            found.dueDate(),
            today));
  }

  private static long insert(
      Handle handle,
      ArrangementRequest request,
      ArrangementEligibility.Eligible eligible,
      List<Instalment> instalments,
      LocalDate today) {
    long id =
        handle
            .createUpdate(
                "INSERT INTO payment_arrangement (account_number, kind, status, created_on,"
                    + " total_cents, created_by, contact_id, request_key) VALUES (:account,"
                    + " :kind, 'ACTIVE', :today, :total, :actor, :contact, :key)")
            .bind("account", request.account().value())
            .bind("kind", request.kind().name())
            .bind("today", today)
            .bind("total", eligible.pastDue().cents())
            .bind("actor", request.actor())
            .bindByType(
                "contact", request.contact().map(Object::toString).orElse(null), String.class)
            .bind("key", request.requestKey())
            .executeAndReturnGeneratedKeys("arrangement_id")
            .mapTo(Long.class)
            .one();
    for (Instalment instalment : instalments) {
      handle
          .createUpdate(
              "INSERT INTO arrangement_instalment (arrangement_id, instalment_no, due_on,"
                  + " amount_cents) VALUES (:id, :number, :due, :amount)")
          .bind("id", id)
          .bind("number", instalment.number())
          .bind("due", instalment.dueOn())
          .bind("amount", instalment.amount().cents())
          .execute();
    }
    return id;
  }

  private static PaymentArrangement read(Handle handle, AccountNumber account, long id) {
    return DetailQueries.arrangements(handle, account).stream()
        .filter(arrangement -> arrangement.id() == id)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("arrangement " + id + " vanished"));
  }

  private static String kindWords(ArrangementRequest request) {
    return switch (request.kind()) {
      case EXTENSION -> "extension";
      case INSTALMENTS -> "arrangement";
    };
  }

  private static String describe(
      ArrangementRequest request,
      ArrangementEligibility.Eligible eligible,
      List<Instalment> instalments,
      long id) {
    return switch (request.kind()) {
      case EXTENSION ->
          "extension "
              + id
              + ": past-due $"
              + eligible.pastDue()
              + " due "
              + instalments.getFirst().dueOn();
      case INSTALMENTS ->
          "arrangement "
              + id
              + ": past-due $"
              + eligible.pastDue()
              + " in "
              + instalments.size()
              + " instalments from "
              + instalments.getFirst().dueOn();
    };
  }
}
