package org.cityline.accounts;

import java.time.Instant;
import java.util.Optional;
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
 * @param detail what changed, in words; never card or bank digits
 */
public record AuditEntry(
    Instant at,
    String actor,
    Optional<ContactId> contact,
    Optional<AccountNumber> account,
    String action,
    String detail) {}
