package org.cityline.accounts.demo;

import java.time.LocalDate;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/**
 * A demo account at fixed, documented values, for tests, demos and the README. Its dates are
 * relative to the day the city was seeded ({@code today}); its amounts never change.
 *
 * @param account the account number
 * @param customerName the account holder
 * @param language the language the customer prefers
 * @param phone the phone on file, if any
 * @param serviceZip the service address's ZIP code
 * @param balance what the account owes
 * @param pastDue the past-due part of the balance
 * @param dueInDays days from today to the current bill's due date
 * @param lastPayment the most recent payment, if any
 * @param lastPaymentDaysAgo days from that payment to today
 * @param disconnectInDays days from today to a scheduled disconnect for non-payment, if any
 * @param inArrangement whether an active payment arrangement covers the past-due amount
 */
public record ShowcaseAccount(
    AccountNumber account,
    String customerName,
    Language language,
    Optional<PhoneNumber> phone,
    String serviceZip,
    Money balance,
    Money pastDue,
    int dueInDays,
    Optional<Money> lastPayment,
    Optional<Integer> lastPaymentDaysAgo,
    Optional<Integer> disconnectInDays,
    boolean inArrangement) {

  /** The current bill's due date for a city seeded on {@code today}. */
  public LocalDate dueDate(LocalDate today) {
    return today.plusDays(dueInDays);
  }

  /** The date of the last payment for a city seeded on {@code today}. */
  public Optional<LocalDate> lastPaymentDate(LocalDate today) {
    return lastPaymentDaysAgo.map(today::minusDays);
  }

  /** The scheduled disconnect date for a city seeded on {@code today}. */
  public Optional<LocalDate> disconnectDate(LocalDate today) {
    return disconnectInDays.map(today::plusDays);
  }
}
