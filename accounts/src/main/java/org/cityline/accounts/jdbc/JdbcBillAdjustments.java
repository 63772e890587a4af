package org.cityline.accounts.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.desk.ApprovalRequest;
import org.cityline.accounts.desk.BillAdjustmentRequest;
import org.cityline.accounts.desk.DeskChange;
import org.cityline.accounts.staff.Role;
import org.cityline.common.ContactId;
import org.jdbi.v3.core.Jdbi;

/**
 * Bill adjustments (credits) in {@code bill_adjustment}: applied at once up to the approval
 * threshold (inclusive), above it waiting for a supervisor's decision; each step audited with the
 * contact it came from. Part of {@link JdbcAgentAccountWork}.
 */
final class JdbcBillAdjustments {

  private final Jdbi jdbi;
  private final Money threshold;

  JdbcBillAdjustments(Jdbi jdbi, Money threshold) {
    this.jdbi = jdbi;
    this.threshold = threshold;
  }

  /** A credit: applied at once up to the threshold, above it waiting for a supervisor. */
  DeskChange adjust(BillAdjustmentRequest request) {
    boolean needsApproval = request.amount().compareTo(threshold) > 0;
    return jdbi.inTransaction(
        handle -> {
          if (!JdbcAgentAccountWork.exists(handle, request.account())) {
            return new DeskChange.Refused("There is no account " + request.account() + ".");
          }
          long id =
              handle
                  .createUpdate(
                      "INSERT INTO bill_adjustment (account_number, amount_cents, reason, status,"
                          + " requested_by, contact_id, requested_at) VALUES (:account, :cents,"
                          + " :reason, :status, :actor, :contact, :at)")
                  .bind("account", request.account().value())
                  .bind("cents", request.amount().cents())
                  .bind("reason", request.reason())
                  .bind("status", needsApproval ? "PENDING" : "APPLIED")
                  .bind("actor", request.actor())
                  .bindByType(
                      "contact", JdbcAgentAccountWork.contactText(request.contact()), String.class)
                  .bind("at", request.at())
                  .executeAndReturnGeneratedKeys("adjustment_id")
                  .mapTo(Long.class)
                  .one();
          String amount = "$" + request.amount();
          JdbcAgentAccountWork.audit(
              handle,
              request.at(),
              request.actor(),
              request.contact(),
              request.account(),
              needsApproval ? "adjustment-requested" : "adjustment-applied",
              (needsApproval ? "asked approval for a credit of " : "credited ")
                  + amount
                  + " (adjustment "
                  + id
                  + ")");
          return needsApproval
              ? new DeskChange.AwaitingApproval(
                  id,
                  "A credit of "
                      + amount
                      + " is above $"
                      + threshold
                      + ": sent to a supervisor for approval (request "
                      + id
                      + ").")
              : new DeskChange.Done("Credited " + amount + ".");
        });
  }

  /** The credits waiting for a supervisor, oldest first (at most {@code limit}, 1 to 500). */
  List<ApprovalRequest> pending(int limit) {
    int most = Math.max(1, Math.min(limit, 500));
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT adjustment_id, account_number, amount_cents, reason, requested_by,"
                        + " contact_id, requested_at FROM bill_adjustment WHERE status ="
                        + " 'PENDING' ORDER BY requested_at, adjustment_id FETCH FIRST "
                        + most
                        + " ROWS ONLY")
                .map(
                    (rs, ctx) ->
                        new ApprovalRequest(
                            rs.getLong("adjustment_id"),
                            new AccountNumber(rs.getString("account_number")),
                            Money.ofCents(rs.getLong("amount_cents")),
                            rs.getString("reason"),
                            rs.getString("requested_by"),
                            Optional.ofNullable(rs.getString("contact_id")).map(ContactId::new),
                            rs.getObject("requested_at", java.time.OffsetDateTime.class)
                                .toInstant()))
                .list());
  }

  /** A supervisor approves or denies a waiting credit; anyone else is refused. */
  DeskChange decide(long request, boolean approve, Role role, String supervisor, Instant at) {
    if (!role.includes(Role.SUPERVISOR)) {
      return new DeskChange.Refused("Only a supervisor can approve or deny an adjustment.");
    }
    return jdbi.inTransaction(
        handle -> {
          Optional<String> account =
              handle
                  .createQuery(
                      "SELECT account_number FROM bill_adjustment WHERE adjustment_id = :id"
                          + " AND status = 'PENDING'")
                  .bind("id", request)
                  .mapTo(String.class)
                  .findOne();
          if (account.isEmpty()) {
            return new DeskChange.Refused(
                "Request " + request + " is not waiting for approval (already decided?).");
          }
          handle
              .createUpdate(
                  "UPDATE bill_adjustment SET status = :status, decided_by = :by, decided_at ="
                      + " :at WHERE adjustment_id = :id AND status = 'PENDING'")
              .bind("status", approve ? "APPLIED" : "DENIED")
              .bind("by", supervisor)
              .bind("at", at)
              .bind("id", request)
              .execute();
          JdbcAgentAccountWork.audit(
              handle,
              at,
              supervisor,
              Optional.empty(),
              new AccountNumber(account.get()),
              approve ? "adjustment-approved" : "adjustment-denied",
              (approve ? "approved" : "denied") + " adjustment " + request);
          return new DeskChange.Done(
              "Request " + request + (approve ? " approved: credit applied." : " denied."));
        });
  }

  /** The credits applied to an account, newest first. */
  List<Money> applied(AccountNumber account) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT amount_cents FROM bill_adjustment WHERE account_number = :account"
                        + " AND status = 'APPLIED' ORDER BY requested_at DESC, adjustment_id DESC")
                .bind("account", account.value())
                .mapTo(Long.class)
                .map(Money::ofCents)
                .list());
  }
}
