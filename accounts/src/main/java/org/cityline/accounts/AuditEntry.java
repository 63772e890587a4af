package org.cityline.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cityline.common.ContactId;

/**
 * One audited act.
 *
 * @param at when it happened
 * @param actor who did it: a staff user name, or "ivr", or "system"
 * @param contact the contact it was done from, if any
 * @param account the account it concerns, if any
 * @param action a short, stable name for what was done ("wrap-up", "note-added",
 *     "disconnect-cancelled")
 * @param detail what changed, in words, up to {@value #MAX_DETAIL} characters; never card or bank
 *     digits (any are removed, see {@link CardDigits})
 */
public record AuditEntry(
    Instant at,
    String actor,
    Optional<ContactId> contact,
    Optional<AccountNumber> account,
    String action,
    String detail) {

  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /** The longest detail, in characters. */
  public static final int MAX_DETAIL = 1000;

  public AuditEntry {
    if (at == null || contact == null || account == null) {
      throw new IllegalArgumentException(
          "an audit entry needs a time; use Optional.empty(), not null");
    }
    Usernames.require("an audit entry's actor", actor);
    if (action == null || !ACTION.matcher(action).matches()) {
      throw new IllegalArgumentException(
          "an audit action is a short lower-case name such as 'note-added'; got "
              + (action == null ? "nothing" : "'" + abbreviate(action) + "'"));
    }
    if (detail == null || detail.length() > MAX_DETAIL) {
      throw new IllegalArgumentException(
          "an audit detail is text of at most "
              + MAX_DETAIL
              + " characters; got "
              + (detail == null ? "nothing" : detail.length() + " characters"));
    }
    detail = CardDigits.redact(detail);
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
