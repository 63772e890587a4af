/**
 * The city's online account as the contact center touches it: one-time password-reset links,
 * rate-limited and audited ({@link org.cityline.accounts.online.OnlineAccounts}).
 */
package org.cityline.accounts.online;
