package org.cityline.accounts;

import java.time.LocalDate;

/**
 * The most recent payment on an account, as read to a caller.
 *
 * @param amount what was paid
 * @param date when it was received
 */
public record LastPayment(Money amount, LocalDate date) {}
