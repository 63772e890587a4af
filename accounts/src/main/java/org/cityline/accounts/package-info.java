/**
 * The utility's customer information (the CIS): customers, accounts, service addresses, bills,
 * payments, payment arrangements, service orders, program enrolments, notes, contact history and
 * the audit trail, and the ports through which the rest of Cityline reads and changes them.
 *
 * <p>This package is the domain: plain Java, no JDBC, no framework. The built-in store that
 * implements the ports over JDBC (H2 by default, PostgreSQL in production) lives in {@code
 * org.cityline.accounts.jdbc}; the demo city generator in {@code org.cityline.accounts.demo}.
 */
package org.cityline.accounts;
