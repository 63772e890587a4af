package org.cityline.accounts.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentAttempt;
import org.cityline.accounts.payments.PaymentAttempt.Status;
import org.cityline.accounts.payments.PaymentLedger;
import org.cityline.accounts.payments.PaymentToken;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Payment attempts in {@code payment_attempt} and their postings in {@code payment}. Posting is one
 * transaction that moves the attempt from pending to approved (a conditional update, so two nodes
 * posting the same attempt post it once), inserts the payment under the same idempotency key, and
 * cancels a pending disconnect when the payment covers the past-due amount.
 */
final class JdbcPaymentLedger implements PaymentLedger {

  private final Jdbi jdbi;
  private final Clock clock;

  JdbcPaymentLedger(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  @Override
  public Optional<PaymentAttempt> find(IdempotencyKey key) {
    return jdbi.withHandle(handle -> find(handle, key));
  }

  @Override
  public Begun begin(PaymentAttempt attempt) {
    try {
      return jdbi.inTransaction(
          handle -> {
            if (!accountExists(handle, attempt.account())) {
              return Begun.UNKNOWN_ACCOUNT;
            }
            insert(handle, attempt);
            JdbcAuditTrail.insert(
                handle,
                audit(attempt, attempt.requestedAt(), "payment-requested", describe(attempt)));
            return Begun.STARTED;
          });
    } catch (JdbiException e) {
      if (!SqlErrors.isUniqueViolation(e)) {
        throw e;
      }
      return find(attempt.key()).isPresent() ? Begun.KEY_TAKEN : Begun.CONFIRMATION_TAKEN;
    }
  }

  @Override
  public Posting post(IdempotencyKey key, String gatewayReference, Instant at) {
    try {
      return jdbi.inTransaction(handle -> postIn(handle, key, gatewayReference, at));
    } catch (JdbiException e) {
      if (!SqlErrors.isUniqueViolation(e)) {
        throw e;
      }
      // Another node posted it between our read and our insert: read its posting.
      PaymentAttempt posted = find(key).orElseThrow();
      return new Posting(posted, List.of());
    }
  }

  private Posting postIn(Handle handle, IdempotencyKey key, String reference, Instant at) {
    PaymentAttempt attempt =
        find(handle, key)
            .orElseThrow(() -> new IllegalStateException("no payment attempt " + key + " to post"));
    switch (attempt.status()) {
      case APPROVED -> {
        return new Posting(attempt, List.of());
      }
      case DECLINED, FAILED ->
          throw new IllegalStateException(
              "payment attempt " + key + " was " + attempt.status() + "; it cannot be posted");
      case PENDING -> {}
    }
    LocalDate today = LocalDate.ofInstant(at, clock.getZone());
    Money pastDueBefore = pastDue(handle, attempt.account(), today);
    boolean covers = attempt.amount().compareTo(pastDueBefore) >= 0;
    int moved =
        handle
            .createUpdate(
                "UPDATE payment_attempt SET status = 'APPROVED', gateway_reference = :reference,"
                    + " resolved_at = :at WHERE idempotency_key = :key AND status = 'PENDING'")
            .bind("reference", reference)
            .bind("at", at)
            .bind("key", key.value())
            .execute();
    if (moved == 0) {
      return new Posting(find(handle, key).orElseThrow(), List.of());
    }
    insertPayment(handle, attempt, today);
    JdbcAuditTrail.insert(
        handle,
        audit(
            attempt,
            at,
            "payment-posted",
            describe(attempt)
                + " posted, confirmation "
                + attempt.confirmation()
                + ", gateway reference "
                + reference));
    List<FieldNotification> notifications = List.of();
    if (covers) {
      notifications =
          DisconnectCancellation.cancelPending(
              handle,
              attempt.account(),
              attempt.actor(),
              attempt.contact(),
              "past-due amount paid ("
                  + describe(attempt)
                  + ", confirmation "
                  + attempt.confirmation()
                  + ")",
              at,
              today);
    }
    if (!notifications.isEmpty()) {
      handle
          .createUpdate(
              "UPDATE payment_attempt SET disconnect_cancelled = TRUE WHERE idempotency_key = :key")
          .bind("key", key.value())
          .execute();
    }
    return new Posting(find(handle, key).orElseThrow(), notifications);
  }

  @Override
  public PaymentAttempt close(IdempotencyKey key, Status status, String detail, Instant at) {
    if (status != Status.DECLINED && status != Status.FAILED) {
      throw new IllegalArgumentException(
          "an attempt is closed as declined or failed, not " + status);
    }
    String words =
        detail == null || detail.isBlank()
            ? status.name().toLowerCase(java.util.Locale.ROOT)
            : detail;
    String kept = words.length() > 200 ? words.substring(0, 200) : words;
    return jdbi.inTransaction(
        handle -> {
          PaymentAttempt attempt =
              find(handle, key)
                  .orElseThrow(() -> new IllegalStateException("no payment attempt " + key));
          int moved =
              handle
                  .createUpdate(
                      "UPDATE payment_attempt SET status = :status, outcome_detail = :detail,"
                          + " resolved_at = :at WHERE idempotency_key = :key"
                          + " AND status = 'PENDING'")
                  .bind("status", status.name())
                  .bind("detail", kept)
                  .bind("at", at)
                  .bind("key", key.value())
                  .execute();
          if (moved == 1) {
            JdbcAuditTrail.insert(
                handle,
                audit(
                    attempt,
                    at,
                    status == Status.DECLINED ? "payment-declined" : "payment-failed",
                    describe(attempt) + ": " + kept + "; nothing charged"));
          }
          return find(handle, key).orElseThrow();
        });
  }

  @Override
  public List<PaymentAttempt> pending(Instant before, int limit) {
    Limits.check(limit, 1000);
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM payment_attempt WHERE status = 'PENDING'"
                        + " AND requested_at < :before ORDER BY requested_at"
                        + " FETCH FIRST :limit ROWS ONLY")
                .bind("before", before)
                .bind("limit", limit)
                .map((rs, ctx) -> attempt(rs))
                .list());
  }

  private static Optional<PaymentAttempt> find(Handle handle, IdempotencyKey key) {
    return handle
        .createQuery("SELECT * FROM payment_attempt WHERE idempotency_key = :key")
        .bind("key", key.value())
        .map((rs, ctx) -> attempt(rs))
        .findOne();
  }

  private static boolean accountExists(Handle handle, AccountNumber account) {
    return handle
            .createQuery("SELECT COUNT(*) FROM account WHERE account_number = :account")
            .bind("account", account.value())
            .mapTo(Long.class)
            .one()
        > 0;
  }

  private static Money pastDue(Handle handle, AccountNumber account, LocalDate today) {
    return SummaryQueries.byNumber(handle, account, today)
        .map(row -> row.summary().pastDue())
        .orElse(Money.ZERO);
  }

  private static void insert(Handle handle, PaymentAttempt a) {
    handle
        .createUpdate(
            "INSERT INTO payment_attempt (idempotency_key, account_number, amount_cents, method,"
                + " channel, last_four, payment_token, confirmation, status, disconnect_cancelled,"
                + " contact_id, actor, requested_at) VALUES (:key, :account, :amount, :method,"
                + " :channel, :lastFour, :token, :confirmation, 'PENDING', FALSE, :contact,"
                + " :actor, :at)")
        .bind("key", a.key().value())
        .bind("account", a.account().value())
        .bind("amount", a.amount().cents())
        .bind("method", a.method().name())
        .bind("channel", a.channel().name())
        .bind("lastFour", a.lastFour())
        .bind("token", a.token().value())
        .bind("confirmation", a.confirmation())
        .bindByType("contact", a.contact().map(Object::toString).orElse(null), String.class)
        .bind("actor", a.actor())
        .bind("at", a.requestedAt())
        .execute();
  }

  private static void insertPayment(Handle handle, PaymentAttempt a, LocalDate today) {
    handle
        .createUpdate(
            "INSERT INTO payment (account_number, received_on, amount_cents, method, channel,"
                + " last_four, confirmation, status, idempotency_key, contact_id, posted_by)"
                + " VALUES (:account, :today, :amount, :method, :channel, :lastFour,"
                + " :confirmation, 'POSTED', :key, :contact, :actor)")
        .bind("account", a.account().value())
        .bind("today", today)
        .bind("amount", a.amount().cents())
        .bind("method", a.method().name())
        .bind("channel", a.channel().name())
        .bind("lastFour", a.lastFour())
        .bind("confirmation", a.confirmation())
        .bind("key", a.key().value())
        .bindByType("contact", a.contact().map(Object::toString).orElse(null), String.class)
        .bind("actor", a.actor())
        .execute();
  }

  private static AuditEntry audit(PaymentAttempt a, Instant at, String action, String detail) {
    return new AuditEntry(at, a.actor(), a.contact(), Optional.of(a.account()), action, detail);
  }

  private static String describe(PaymentAttempt a) {
    return a.channel()
        + " "
        + a.method().name().toLowerCase(java.util.Locale.ROOT)
        + " payment of $"
        + a.amount()
        + " ("
        + (a.method() == PaymentMethod.CARD ? "card" : "bank account")
        + " ending "
        + a.lastFour()
        + ")";
  }

  private static PaymentAttempt attempt(ResultSet rs) throws SQLException {
    return new PaymentAttempt(
        new IdempotencyKey(rs.getString("idempotency_key")),
        Rows.account(rs, "account_number"),
        Rows.money(rs, "amount_cents"),
        Rows.enumValue(rs, "method", PaymentMethod.class),
        Rows.enumValue(rs, "channel", PaymentChannel.class),
        rs.getString("last_four"),
        new PaymentToken(rs.getString("payment_token")),
        rs.getString("confirmation"),
        Rows.enumValue(rs, "status", Status.class),
        Rows.optionalString(rs, "gateway_reference"),
        Rows.optionalString(rs, "outcome_detail"),
        rs.getBoolean("disconnect_cancelled"),
        Rows.optionalContact(rs, "contact_id"),
        rs.getString("actor"),
        Rows.instant(rs, "requested_at"),
        Rows.optionalInstant(rs, "resolved_at"));
  }
}
