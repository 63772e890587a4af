package org.cityline.accounts.jdbc;

import org.cityline.accounts.AccountNotes;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.staff.StaffDirectory;

/**
 * The accounts ports of the built-in store, all over the same database. Get one from {@link
 * AccountsDatabase#open}.
 *
 * @param customers lookups, account detail
 * @param notes adding notes
 * @param contacts contact history and wrap-ups
 * @param audit the audit trail
 * @param staff the staff directory
 */
public record AccountsStore(
    CustomerInformation customers,
    AccountNotes notes,
    ContactHistory contacts,
    AuditTrail audit,
    StaffDirectory staff) {}
