package org.cityline.accounts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How much of a balance is past due. The current bill is not past due until its due date passes;
 * everything owed beyond it already is.
 */
public final class AccountStanding {

  private AccountStanding() {}

  /**
   * The past-due part of a balance.
   *
   * @param balance what the account owes (negative for a credit)
   * @param currentDueOn the due date of the latest bill, empty when nothing was billed
   * @param currentCharges the new charges of the latest bill
   * @param today the date in the utility's time zone
   */
  public static Money pastDue(
      Money balance, Optional<LocalDate> currentDueOn, Money currentCharges, LocalDate today) {
    if (!balance.isPositive()) {
      return Money.ZERO;
    }
    if (currentDueOn.isEmpty() || today.isAfter(currentDueOn.get())) {
      return balance;
    }
    Money beyondCurrent = balance.minus(currentCharges);
    return beyondCurrent.isPositive() ? beyondCurrent : Money.ZERO;
  }
}
