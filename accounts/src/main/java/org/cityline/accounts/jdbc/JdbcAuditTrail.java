package org.cityline.accounts.jdbc;

import java.util.List;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The audit trail in {@code audit_entry}: appended to, never changed. */
final class JdbcAuditTrail implements AuditTrail {

  /** The most entries one read returns. */
  static final int MAX_LIMIT = 500;

  private final Jdbi jdbi;

  JdbcAuditTrail(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void record(AuditEntry entry) {
    if (entry == null) {
      throw new IllegalArgumentException("record needs an audit entry");
    }
    jdbi.useHandle(handle -> insert(handle, entry));
  }

  @Override
  public List<AuditEntry> forAccount(AccountNumber account, int limit) {
    if (account == null) {
      throw new IllegalArgumentException("forAccount needs an account number");
    }
    Limits.check(limit, MAX_LIMIT);
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM audit_entry WHERE account_number = :account"
                        + " ORDER BY occurred_at DESC, entry_id DESC FETCH FIRST :limit ROWS ONLY")
                .bind("account", account.value())
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new AuditEntry(
                            Rows.instant(rs, "occurred_at"),
                            rs.getString("actor"),
                            Rows.optionalContact(rs, "contact_id"),
                            Rows.optionalAccount(rs, "account_number"),
                            rs.getString("audit_action"),
                            rs.getString("detail")))
                .list());
  }

  /** Appends an entry within the caller's transaction, so a change and its audit land together. */
  static void insert(Handle handle, AuditEntry entry) {
    handle
        .createUpdate(
            "INSERT INTO audit_entry"
                + " (occurred_at, actor, contact_id, account_number, audit_action, detail)"
                + " VALUES (:at, :actor, :contact, :account, :action, :detail)")
        .bind("at", entry.at())
        .bind("actor", entry.actor())
        .bindByType("contact", entry.contact().map(Object::toString).orElse(null), String.class)
        .bindByType("account", entry.account().map(Object::toString).orElse(null), String.class)
        .bind("action", entry.action())
        .bind("detail", entry.detail())
        .execute();
  }
}
