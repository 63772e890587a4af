package org.cityline.accounts.jdbc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.accounts.ProgramEnrolment;
import org.cityline.accounts.programs.EnrolmentOutcome;
import org.cityline.accounts.programs.EnrolmentRequest;
import org.cityline.accounts.programs.ProgramEligibility;
import org.cityline.accounts.programs.ProgramFacts;
import org.cityline.accounts.programs.ProgramRules;
import org.cityline.accounts.programs.Programs;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Program enrolments in {@code program_enrolment}, by {@link ProgramRules}. */
final class JdbcPrograms implements Programs {

  private final Jdbi jdbi;
  private final Clock clock;

  JdbcPrograms(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public ProgramEligibility eligibility(AccountNumber account, Program program) {
    if (account == null || program == null) {
      throw new IllegalArgumentException("eligibility needs an account and a program");
    }
    LocalDate today = LocalDate.now(clock);
    return jdbi.withHandle(handle -> evaluate(handle, account, program, today));
  }

  @Override
  public EnrolmentOutcome enrol(EnrolmentRequest request) {
    if (request == null) {
      throw new IllegalArgumentException("enrol needs a request");
    }
    LocalDate today = LocalDate.ofInstant(request.at(), clock.getZone());
    try {
      return jdbi.inTransaction(handle -> enrolIn(handle, request, today));
    } catch (JdbiException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        return new EnrolmentOutcome.AlreadyEnrolled();
      }
      throw e;
    }
  }

  private EnrolmentOutcome enrolIn(Handle handle, EnrolmentRequest request, LocalDate today) {
    return switch (evaluate(handle, request.account(), request.program(), today)) {
      case ProgramEligibility.AlreadyEnrolled already -> new EnrolmentOutcome.AlreadyEnrolled();
      case ProgramEligibility.NeedsRepresentative needs ->
          new EnrolmentOutcome.NotEligible("only a representative can enrol in this program");
      case ProgramEligibility.NotEligible not -> new EnrolmentOutcome.NotEligible(not.reason());
      case ProgramEligibility.Eligible eligible -> {
        handle
            .createUpdate(
                "INSERT INTO program_enrolment (account_number, program, enrolled_on,"
                    + " budget_amount_cents) VALUES (:account, :program, :today, :budget)")
            .bind("account", request.account().value())
            .bind("program", request.program().name())
            .bind("today", today)
            .bindByType(
                "budget", eligible.budgetAmount().map(Money::cents).orElse(null), Long.class)
            .execute();
        JdbcAuditTrail.insert(
            handle,
            new AuditEntry(
                request.at(),
                request.actor(),
                request.contact(),
                Optional.of(request.account()),
                "program-enrolled",
                "enrolled in "
                    + request.program()
                    + eligible
                        .budgetAmount()
                        .map(amount -> " at $" + amount + " a month")
                        .orElse("")));
        yield new EnrolmentOutcome.Enrolled(
            new ProgramEnrolment(
                request.program(), today, eligible.budgetAmount(), Optional.empty()));
      }
    };
  }

  private ProgramEligibility evaluate(
      Handle handle, AccountNumber account, Program program, LocalDate today) {
    Optional<SummaryQueries.SummaryRow> row = SummaryQueries.byNumber(handle, account, today);
    if (row.isEmpty()) {
      return new ProgramEligibility.NotEligible("there is no such account");
    }
    List<Money> bills =
        handle
            .createQuery(
                "SELECT new_charges_cents FROM bill WHERE account_number = :account"
                    + " ORDER BY issued_on DESC, bill_id DESC FETCH FIRST 12 ROWS ONLY")
            .bind("account", account.value())
            .mapTo(Long.class)
            .map(Money::ofCents)
            .list();
    return ProgramRules.evaluate(
        program,
        new ProgramFacts(
            row.get().summary().status(),
            row.get().summary().pastDue(),
            row.get().summary().programs(),
            row.get().email().isPresent(),
            bills));
  }
}
