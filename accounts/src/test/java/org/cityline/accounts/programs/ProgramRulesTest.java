package org.cityline.accounts.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.junit.jupiter.api.Test;

/** Who may join which program by phone. */
class ProgramRulesTest {

  private static final List<Money> YEAR =
      List.of(
          Money.ofCents(12_000),
          Money.ofCents(9_000),
          Money.ofCents(15_050),
          Money.ofCents(8_000),
          Money.ofCents(7_000),
          Money.ofCents(11_000));

  private static ProgramFacts facts(
      AccountStatus status, long pastDue, Set<Program> in, boolean email, List<Money> bills) {
    return new ProgramFacts(status, Money.ofCents(pastDue), in, email, bills);
  }

  @Test
  void ebillNeedsAnEmailOnFileAndAnActiveAccount() {
    assertThat(
            ProgramRules.evaluate(
                Program.EBILL, facts(AccountStatus.ACTIVE, 0, Set.of(), true, YEAR)))
        .isEqualTo(new ProgramEligibility.Eligible(Optional.empty()));
    assertThat(
            ProgramRules.evaluate(
                Program.EBILL, facts(AccountStatus.ACTIVE, 0, Set.of(), false, YEAR)))
        .isEqualTo(new ProgramEligibility.NotEligible("there is no e-mail address on file"));
    assertThat(
            ProgramRules.evaluate(
                Program.EBILL, facts(AccountStatus.CLOSED, 0, Set.of(), true, YEAR)))
        .isInstanceOf(ProgramEligibility.NotEligible.class);
  }

  @Test
  void budgetBillingLevelsTheAverageBillRoundedUpToDollars() {
    assertThat(
            ProgramRules.evaluate(
                Program.BUDGET_BILLING, facts(AccountStatus.ACTIVE, 0, Set.of(), false, YEAR)))
        .isEqualTo(new ProgramEligibility.Eligible(Optional.of(Money.ofCents(10_400))));
  }

  @Test
  void budgetBillingNeedsNothingPastDueAndSixBills() {
    assertThat(
            ProgramRules.evaluate(
                Program.BUDGET_BILLING, facts(AccountStatus.ACTIVE, 1, Set.of(), true, YEAR)))
        .isEqualTo(new ProgramEligibility.NotEligible("something is past due"));
    assertThat(
            ProgramRules.evaluate(
                Program.BUDGET_BILLING,
                facts(AccountStatus.ACTIVE, 0, Set.of(), true, YEAR.subList(0, 5))))
        .isInstanceOf(ProgramEligibility.NotEligible.class);
  }

  @Test
  void aProgramAlreadyJoinedIsSaidSoAndBankDraftsNeedAPerson() {
    assertThat(
            ProgramRules.evaluate(
                Program.EBILL, facts(AccountStatus.ACTIVE, 0, Set.of(Program.EBILL), true, YEAR)))
        .isEqualTo(new ProgramEligibility.AlreadyEnrolled());
    assertThat(
            ProgramRules.evaluate(
                Program.SUREPAY, facts(AccountStatus.ACTIVE, 0, Set.of(), true, YEAR)))
        .isEqualTo(new ProgramEligibility.NeedsRepresentative());
    assertThat(
            ProgramRules.evaluate(
                Program.SELECT_DUE_DATE, facts(AccountStatus.ACTIVE, 0, Set.of(), true, YEAR)))
        .isEqualTo(new ProgramEligibility.NeedsRepresentative());
  }

  @Test
  void aBudgetIsNeverBelowOneDollar() {
    assertThat(ProgramRules.budgetAmount(Collections.nCopies(6, Money.ofCents(10))))
        .isEqualTo(Money.ofCents(100));
  }
}
