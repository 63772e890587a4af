package org.cityline.accounts.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.RecentContact;
import org.cityline.accounts.Usernames;
import org.cityline.accounts.WrapUp;
import org.cityline.common.ContactId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Contact history in {@code contact} and {@code contact_wrap_up}. Both are exactly-once by their
 * primary keys: a second insert of the same contact (or the same agent's wrap-up of it) fails on
 * the key, in one statement, however many nodes retry at once.
 */
final class JdbcContactHistory implements ContactHistory {

  /** The most contacts one read returns. */
  static final int MAX_LIMIT = 100;

  /** The longest IVR trail kept; a longer one keeps its start and says it was cut. */
  static final int MAX_TRAIL = 4000;

  private static final String TRAIL_CUT = "\n[trail cut]";
  private static final Logger LOG = LoggerFactory.getLogger(JdbcContactHistory.class);

  private final Jdbi jdbi;

  JdbcContactHistory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public boolean recordEnded(ContactRecord contact) {
    check(contact);
    try {
      jdbi.useHandle(handle -> insert(handle, contact));
      return true;
    } catch (JdbiException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        LOG.debug("Contact {} was already recorded; this end changes nothing", contact.id());
        return false;
      }
      throw e;
    }
  }

  @Override
  public void recordWrapUp(WrapUp wrapUp) {
    if (wrapUp == null) {
      throw new IllegalArgumentException("recordWrapUp needs a wrap-up");
    }
    try {
      jdbi.useTransaction(
          handle -> {
            insertWrapUp(handle, wrapUp);
            JdbcAuditTrail.insert(
                handle,
                new AuditEntry(
                    wrapUp.at(),
                    wrapUp.agent(),
                    Optional.of(wrapUp.contact()),
                    wrapUp.account(),
                    "wrap-up",
                    "disposition "
                        + wrapUp.disposition()
                        + (wrapUp.note().isEmpty()
                            ? ", no note"
                            : ", note of " + wrapUp.note().length() + " characters")));
          });
    } catch (JdbiException e) {
      if (!SqlErrors.isUniqueViolation(e)) {
        throw e;
      }
      LOG.info(
          "{} already wrapped up contact {}; the first wrap-up stands",
          wrapUp.agent(),
          wrapUp.contact());
    }
  }

  @Override
  public List<ContactRecord> recentForAccount(AccountNumber account, int limit) {
    if (account == null) {
      throw new IllegalArgumentException("recentForAccount needs an account number");
    }
    Limits.check(limit, MAX_LIMIT);
    return jdbi.withHandle(handle -> contacts(handle, account, limit));
  }

  /** The most recent contacts about an account with their wrap-ups, in the caller's handle. */
  List<RecentContact> recent(Handle handle, AccountNumber account, int limit) {
    List<ContactRecord> records = contacts(handle, account, limit);
    if (records.isEmpty()) {
      return List.of();
    }
    Map<String, List<WrapUp>> wrapUps = new HashMap<>();
    handle
        .createQuery(
            "SELECT * FROM contact_wrap_up WHERE contact_id IN (<ids>)"
                + " ORDER BY wrapped_up_at, agent_username")
        .bindList("ids", records.stream().map(r -> r.id().value()).toList())
        .map((rs, ctx) -> wrapUp(rs))
        .forEach(w -> wrapUps.computeIfAbsent(w.contact().value(), k -> new ArrayList<>()).add(w));
    return records.stream()
        .map(r -> new RecentContact(r, wrapUps.getOrDefault(r.id().value(), List.of())))
        .toList();
  }

  @Override
  public List<ContactRecord> endedBetween(Instant from, Instant to, int limit) {
    if (from == null || to == null || limit < 1) {
      throw new IllegalArgumentException(
          "endedBetween needs a from, a to and a limit of 1 or more");
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM contact WHERE ended_at >= :from AND ended_at < :to"
                        + " ORDER BY ended_at, contact_id FETCH FIRST :limit ROWS ONLY")
                .bind("from", from)
                .bind("to", to)
                .bind("limit", limit)
                .map((rs, ctx) -> contact(rs))
                .list());
  }

  private static List<ContactRecord> contacts(Handle handle, AccountNumber account, int limit) {
    return handle
        .createQuery(
            "SELECT * FROM contact WHERE account_number = :account"
                + " ORDER BY ended_at DESC, contact_id DESC FETCH FIRST :limit ROWS ONLY")
        .bind("account", account.value())
        .bind("limit", limit)
        .map((rs, ctx) -> contact(rs))
        .list();
  }

  private static void insert(Handle handle, ContactRecord c) {
    handle
        .createUpdate(
            "INSERT INTO contact (contact_id, channel, caller_phone, account_number, verified,"
                + " queue_name, agent_username, outcome, ivr_trail, arrived_at, answered_at,"
                + " ended_at, end_reason) VALUES (:id, :channel, :caller, :account, :verified,"
                + " :queue, :agent, :outcome, :trail, :arrived, :answered, :ended, :reason)")
        .bind("id", c.id().value())
        .bind("channel", c.channel())
        .bindByType("caller", c.caller().map(Object::toString).orElse(null), String.class)
        .bindByType("account", c.account().map(Object::toString).orElse(null), String.class)
        .bind("verified", c.verified())
        .bindByType("queue", c.queue().orElse(null), String.class)
        .bindByType("agent", c.agent().orElse(null), String.class)
        .bind("outcome", c.outcome())
        .bind("trail", trail(c.ivrTrail()))
        .bind("arrived", c.arrivedAt())
        .bindByType("answered", c.answeredAt().orElse(null), Instant.class)
        .bind("ended", c.endedAt())
        .bindByType(
            "reason", c.endReason().map(JdbcContactHistory::reason).orElse(null), String.class)
        .execute();
  }

  private static void insertWrapUp(Handle handle, WrapUp w) {
    handle
        .createUpdate(
            "INSERT INTO contact_wrap_up (contact_id, agent_username, account_number,"
                + " disposition, note_text, wrapped_up_at)"
                + " VALUES (:contact, :agent, :account, :disposition, :note, :at)")
        .bind("contact", w.contact().value())
        .bind("agent", w.agent())
        .bindByType("account", w.account().map(Object::toString).orElse(null), String.class)
        .bind("disposition", w.disposition())
        .bind("note", w.note())
        .bind("at", w.at())
        .execute();
  }

  private static ContactRecord contact(ResultSet rs) throws SQLException {
    return new ContactRecord(
        new ContactId(rs.getString("contact_id")),
        rs.getString("channel"),
        Rows.optionalPhone(rs, "caller_phone"),
        Rows.optionalAccount(rs, "account_number"),
        rs.getBoolean("verified"),
        Rows.optionalString(rs, "queue_name"),
        Rows.optionalString(rs, "agent_username"),
        rs.getString("outcome"),
        rs.getString("ivr_trail"),
        Rows.instant(rs, "arrived_at"),
        Rows.optionalInstant(rs, "answered_at"),
        Rows.instant(rs, "ended_at"),
        Rows.optionalString(rs, "end_reason"));
  }

  private static WrapUp wrapUp(ResultSet rs) throws SQLException {
    return new WrapUp(
        new ContactId(rs.getString("contact_id")),
        Rows.optionalAccount(rs, "account_number"),
        rs.getString("agent_username"),
        rs.getString("disposition"),
        rs.getString("note_text"),
        Rows.instant(rs, "wrapped_up_at"));
  }

  private static String trail(String trail) {
    if (trail.length() <= MAX_TRAIL) {
      return trail;
    }
    return trail.substring(0, MAX_TRAIL - TRAIL_CUT.length()) + TRAIL_CUT;
  }

  private static String reason(String reason) {
    if (reason.length() <= ContactRecord.MAX_END_REASON) {
      return reason;
    }
    return reason.substring(0, ContactRecord.MAX_END_REASON - 3) + "...";
  }

  /** Refuses a contact record this store cannot keep as it is. */
  private static void check(ContactRecord c) {
    if (c == null) {
      throw new IllegalArgumentException("recordEnded needs a contact record");
    }
    if (c.id() == null
        || c.caller() == null
        || c.account() == null
        || c.queue() == null
        || c.agent() == null
        || c.ivrTrail() == null
        || c.arrivedAt() == null
        || c.answeredAt() == null
        || c.endedAt() == null
        || c.endReason() == null) {
      throw new IllegalArgumentException(
          "contact record " + c.id() + " has a null field; use Optional.empty() or \"\"");
    }
    requireCode("channel", c.channel(), 16);
    requireCode("outcome", c.outcome(), 24);
    if (c.queue().isPresent() && (c.queue().get().isBlank() || c.queue().get().length() > 64)) {
      throw new IllegalArgumentException("a queue name is 1 to 64 characters");
    }
    c.agent().ifPresent(agent -> Usernames.require("a contact's agent", agent));
  }

  private static void requireCode(String what, String value, int max) {
    if (value == null || !value.matches("[a-z][a-z0-9-]{0," + (max - 1) + "}")) {
      throw new IllegalArgumentException(
          "a contact's "
              + what
              + " is a lower-case code of up to "
              + max
              + " characters; got "
              + (value == null ? "nothing" : value.length() + " characters"));
    }
  }
}
