/**
 * The demo city: a seeded, deterministic generator of customers, accounts and a year of their
 * history, the showcase accounts that tests and the README rely on ({@link
 * org.cityline.accounts.demo.DemoCity}), and the demo staff with their published passwords ({@link
 * org.cityline.accounts.demo.DemoStaff}). Writes straight through JDBC batches, in one transaction.
 */
package org.cityline.accounts.demo;
