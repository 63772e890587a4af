package org.cityline.accounts.programs;

import java.util.Optional;
import org.cityline.accounts.Money;

/** Whether an account may enrol in a program by itself ({@link ProgramRules}). */
public sealed interface ProgramEligibility {

  /**
   * It may.
   *
   * @param budgetAmount the level monthly amount, for Budget Billing
   */
  record Eligible(Optional<Money> budgetAmount) implements ProgramEligibility {}

  /** It is enrolled already. */
  record AlreadyEnrolled() implements ProgramEligibility {}

  /** Only a representative can enrol it (SurePay, Select-Due-Date). */
  record NeedsRepresentative() implements ProgramEligibility {}

  /**
   * It may not, for this reason.
   *
   * @param reason in words
   */
  record NotEligible(String reason) implements ProgramEligibility {}
}
