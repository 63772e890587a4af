/**
 * The built-in store: the accounts ports ({@link org.cityline.accounts.CustomerInformation}, {@link
 * org.cityline.accounts.AccountNotes}, {@link org.cityline.accounts.ContactHistory}, {@link
 * org.cityline.accounts.AuditTrail}, {@link org.cityline.accounts.staff.StaffDirectory}) over JDBC
 * with Jdbi, on H2 (the embedded default) or PostgreSQL.
 *
 * <p>Start with {@link org.cityline.accounts.jdbc.AccountsDatabase}: {@code migrate} brings the
 * schema up to date with Flyway (scripts in {@code db/migration/accounts}, history in {@code
 * flyway_accounts_history}); {@code open} gives the ports. Every call borrows a connection from the
 * data source and blocks: call it from a virtual thread or a worker.
 */
package org.cityline.accounts.jdbc;
