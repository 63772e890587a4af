package org.cityline.accounts.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.FieldNotifications;
import org.jdbi.v3.core.Jdbi;

/** Field notifications in {@code field_notification}, written with the change that caused them. */
final class JdbcFieldNotificationOutbox implements FieldNotifications.Outbox {

  private final Jdbi jdbi;

  JdbcFieldNotificationOutbox(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public List<FieldNotification> unpublished(int limit) {
    Limits.check(limit, 1000);
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM field_notification WHERE published_at IS NULL"
                        + " ORDER BY created_at, notification_id FETCH FIRST :limit ROWS ONLY")
                .bind("limit", limit)
                .map((rs, ctx) -> notification(rs))
                .list());
  }

  @Override
  public void markPublished(long id, Instant at) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE field_notification SET published_at = :at"
                        + " WHERE notification_id = :id AND published_at IS NULL")
                .bind("at", at)
                .bind("id", id)
                .execute());
  }

  @Override
  public List<FieldNotification> forAccount(AccountNumber account, int limit) {
    Limits.check(limit, 100);
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM field_notification WHERE account_number = :account"
                        + " ORDER BY created_at DESC, notification_id DESC"
                        + " FETCH FIRST :limit ROWS ONLY")
                .bind("account", account.value())
                .bind("limit", limit)
                .map((rs, ctx) -> notification(rs))
                .list());
  }

  private static FieldNotification notification(ResultSet rs) throws SQLException {
    return new FieldNotification(
        rs.getLong("notification_id"),
        Rows.account(rs, "account_number"),
        rs.getLong("order_id"),
        rs.getString("kind"),
        rs.getString("message"),
        Rows.optionalContact(rs, "contact_id"),
        Rows.instant(rs, "created_at"));
  }
}
