package org.cityline.accounts.desk;

import java.util.List;
import org.cityline.accounts.Money;

/**
 * The deposit a customer is asked for, from their credit history with the utility and the account
 * type: twice the average monthly bill of the last twelve (three times for a commercial account);
 * waived for a residential customer with twelve clean months (nothing past due, no broken
 * arrangement, no disconnect); halved for one with at most one late month and no disconnect. With
 * no bills yet, the minimum applies.
 */
public final class DepositRules {

  /** The least deposit asked for, when one is asked for. */
  public static final Money MINIMUM = Money.parse("50.00");

  private DepositRules() {}

  /**
   * @param type residential or commercial
   * @param recentBills the new charges of the last bills, newest first (at most 12 are used)
   * @param lateMonths months of the last twelve that ended with an amount past due
   * @param brokenArrangements arrangements broken in the last twelve months
   * @param disconnects disconnects for non-payment in the last twelve months
   */
  public static DepositQuote quote(
      AccountType type,
      List<Money> recentBills,
      int lateMonths,
      int brokenArrangements,
      int disconnects) {
    if (type == null || recentBills == null || lateMonths < 0 || brokenArrangements < 0) {
      throw new IllegalArgumentException("a deposit quote needs a type and a credit history");
    }
    List<Money> bills = recentBills.stream().limit(12).toList();
    long average =
        bills.isEmpty() ? 0 : bills.stream().mapToLong(Money::cents).sum() / bills.size();
    long multiple = type == AccountType.COMMERCIAL ? 3 : 2;
    long full = Math.max(MINIMUM.cents(), average * multiple);
    boolean clean = lateMonths == 0 && brokenArrangements == 0 && disconnects == 0;
    if (type == AccountType.RESIDENTIAL && clean && bills.size() >= 12) {
      return new DepositQuote(Money.ZERO, "waived: twelve months without a late payment");
    }
    if (type == AccountType.RESIDENTIAL
        && lateMonths <= 1
        && brokenArrangements == 0
        && disconnects == 0) {
      return new DepositQuote(
          Money.ofCents(Math.max(MINIMUM.cents(), full / 2)),
          "half: good credit with at most one late month");
    }
    return new DepositQuote(
        Money.ofCents(full),
        multiple
            + " times the average bill"
            + (bills.isEmpty() ? " (no bills yet: the minimum)" : "")
            + (disconnects > 0 ? "; disconnected for non-payment this year" : ""));
  }

  /** A deposit and why. */
  public record DepositQuote(Money amount, String basis) {}
}
