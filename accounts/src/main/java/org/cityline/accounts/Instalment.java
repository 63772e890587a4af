package org.cityline.accounts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One instalment of a payment arrangement (an extension has a single one).
 *
 * @param number 1 for the first
 * @param dueOn when it is due
 * @param amount how much
 * @param paidOn when it was paid, if it was
 */
public record Instalment(int number, LocalDate dueOn, Money amount, Optional<LocalDate> paidOn) {

  public Instalment {
    if (number < 1 || dueOn == null || amount == null || !amount.isPositive() || paidOn == null) {
      throw new IllegalArgumentException("an instalment has a number from 1, a date and an amount");
    }
  }
}
