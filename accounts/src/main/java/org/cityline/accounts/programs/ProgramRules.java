package org.cityline.accounts.programs;

import java.util.List;
import java.util.Set;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;

/**
 * Who may enrol in which program by themselves (the IVR, later the web), in one place:
 *
 * <ul>
 *   <li><b>e-bill</b>: an active account with an e-mail address on file.
 *   <li><b>Budget Billing</b>: an active account with nothing past due and at least {@value
 *       #BUDGET_HISTORY} bills; the level amount is the average of the last twelve bills, rounded
 *       up to whole dollars.
 *   <li><b>SurePay</b> (a bank draft) and <b>Select-Due-Date</b> need a representative: a bank
 *       account to verify, a due day to agree.
 * </ul>
 */
public final class ProgramRules {

  /** Bills an account needs before Budget Billing can level them. */
  public static final int BUDGET_HISTORY = 6;

  private ProgramRules() {}

  /** Whether an account may enrol in a program by itself. */
  public static ProgramEligibility evaluate(Program program, ProgramFacts facts) {
    if (facts.enrolled().contains(program)) {
      return new ProgramEligibility.AlreadyEnrolled();
    }
    return switch (program) {
      case SUREPAY, SELECT_DUE_DATE -> new ProgramEligibility.NeedsRepresentative();
      case EBILL -> ebill(facts);
      case BUDGET_BILLING -> budgetBilling(facts);
    };
  }

  private static ProgramEligibility ebill(ProgramFacts facts) {
    if (facts.status() != AccountStatus.ACTIVE) {
      return new ProgramEligibility.NotEligible("the account is not active");
    }
    return facts.emailOnFile()
        ? new ProgramEligibility.Eligible(java.util.Optional.empty())
        : new ProgramEligibility.NotEligible("there is no e-mail address on file");
  }

  private static ProgramEligibility budgetBilling(ProgramFacts facts) {
    if (facts.status() != AccountStatus.ACTIVE) {
      return new ProgramEligibility.NotEligible("the account is not active");
    }
    if (facts.pastDue().isPositive()) {
      return new ProgramEligibility.NotEligible("something is past due");
    }
    if (facts.recentBills().size() < BUDGET_HISTORY) {
      return new ProgramEligibility.NotEligible(
          "Budget Billing needs at least " + BUDGET_HISTORY + " months of bills");
    }
    return new ProgramEligibility.Eligible(
        java.util.Optional.of(budgetAmount(facts.recentBills())));
  }

  /** The level monthly amount: the average of up to twelve bills, rounded up to whole dollars. */
  public static Money budgetAmount(List<Money> bills) {
    List<Money> last = bills.subList(0, Math.min(12, bills.size()));
    long total = last.stream().mapToLong(Money::cents).sum();
    long average = (total + last.size() - 1) / last.size();
    long dollars = (average + 99) / 100;
    return Money.ofCents(Math.max(100, dollars * 100));
  }

  /** The programs a caller may enrol in by phone. */
  public static final Set<Program> SELF_SERVICE = Set.of(Program.EBILL, Program.BUDGET_BILLING);
}
