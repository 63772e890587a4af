package org.cityline.accounts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An account's enrolment in a billing program.
 *
 * @param program which program
 * @param enrolledOn since when
 * @param budgetAmount the level monthly amount, for Budget Billing
 * @param dueDay the day of the month bills fall due (1 to 28), for Select-Due-Date
 */
public record ProgramEnrolment(
    Program program, LocalDate enrolledOn, Optional<Money> budgetAmount, Optional<Integer> dueDay) {

  public ProgramEnrolment {
    if (program == null || enrolledOn == null || budgetAmount == null || dueDay == null) {
      throw new IllegalArgumentException("an enrolment has a program and a date");
    }
    if (budgetAmount.isPresent() != (program == Program.BUDGET_BILLING)) {
      throw new IllegalArgumentException("Budget Billing, and only it, has a budget amount");
    }
    if (dueDay.isPresent() != (program == Program.SELECT_DUE_DATE)) {
      throw new IllegalArgumentException("Select-Due-Date, and only it, has a due day");
    }
    if (dueDay.isPresent() && (dueDay.get() < 1 || dueDay.get() > 28)) {
      throw new IllegalArgumentException("a due day is 1 to 28, was " + dueDay.get());
    }
  }
}
