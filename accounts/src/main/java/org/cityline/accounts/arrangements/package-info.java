/**
 * Payment arrangements and extensions: every eligibility rule in {@link
 * org.cityline.accounts.arrangements.ArrangementPolicy}, the port {@link
 * org.cityline.accounts.arrangements.Arrangements} that makes them.
 */
package org.cityline.accounts.arrangements;
