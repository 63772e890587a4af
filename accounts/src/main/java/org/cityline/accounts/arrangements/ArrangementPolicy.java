package org.cityline.accounts.arrangements;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.Instalment;
import org.cityline.accounts.Money;

/**
 * Every rule for payment arrangements and extensions, in one place: who may have one, and what it
 * looks like. The IVR, the desktop and the store all ask here.
 *
 * <p>An account may have one when it is active, something is past due, the past-due amount is
 * within bounds (not delinquent beyond the limit), it has no active arrangement, and no arrangement
 * of it broke within the look-back period. An extension gives up to {@code longestExtensionDays} to
 * pay the past-due amount at once; instalments split it into {@code fewestInstalments} to {@code
 * mostInstalments} parts added to the next bills.
 *
 * @param smallestPastDue below this, there is nothing worth arranging
 * @param largestPastDue above this, the account is too delinquent for self-service
 * @param longestExtensionDays an extension's most days (10)
 * @param fewestInstalments 2
 * @param mostInstalments 6
 * @param brokenLookBack how long a broken arrangement counts against a new one (12 months)
 */
public record ArrangementPolicy(
    Money smallestPastDue,
    Money largestPastDue,
    int longestExtensionDays,
    int fewestInstalments,
    int mostInstalments,
    Period brokenLookBack) {

  public ArrangementPolicy {
    if (smallestPastDue == null || largestPastDue == null || brokenLookBack == null) {
      throw new IllegalArgumentException("an arrangement policy needs its bounds");
    }
    if (!smallestPastDue.isPositive() || largestPastDue.compareTo(smallestPastDue) < 0) {
      throw new IllegalArgumentException("past-due bounds must be positive and in order");
    }
    if (longestExtensionDays < 1 || longestExtensionDays > 30) {
      throw new IllegalArgumentException("an extension is 1 to 30 days at most");
    }
    if (fewestInstalments < 2 || mostInstalments < fewestInstalments || mostInstalments > 12) {
      throw new IllegalArgumentException("instalments are 2 to 12, fewest before most");
    }
  }

  /** $20 to $2,000 past due; extensions up to 10 days; 2 to 6 instalments; 12 months look-back. */
  public static ArrangementPolicy defaults() {
    return new ArrangementPolicy(
        Money.ofCents(2_000), Money.ofCents(200_000), 10, 2, 6, Period.ofMonths(12));
  }

  /** Whether an account may have an arrangement, and within which bounds. */
  public ArrangementEligibility evaluate(ArrangementFacts facts) {
    if (facts.status() != AccountStatus.ACTIVE) {
      return refuse(ArrangementEligibility.Reason.ACCOUNT_NOT_ACTIVE);
    }
    if (facts.activeArrangement()) {
      return refuse(ArrangementEligibility.Reason.ALREADY_ARRANGED);
    }
    Optional<LocalDate> broken = facts.lastBroken();
    if (broken.isPresent() && !broken.get().isBefore(facts.today().minus(brokenLookBack))) {
      return refuse(ArrangementEligibility.Reason.BROKEN_RECENTLY);
    }
    if (!facts.pastDue().isPositive()) {
      return refuse(ArrangementEligibility.Reason.NOTHING_PAST_DUE);
    }
    if (facts.pastDue().compareTo(smallestPastDue) < 0) {
      return refuse(ArrangementEligibility.Reason.TOO_LITTLE_PAST_DUE);
    }
    if (facts.pastDue().compareTo(largestPastDue) > 0) {
      return refuse(ArrangementEligibility.Reason.TOO_DELINQUENT);
    }
    LocalDate firstBillDue =
        facts.currentDueDate().filter(due -> due.isAfter(facts.today())).orElse(facts.today());
    return new ArrangementEligibility.Eligible(
        facts.pastDue(),
        facts.today().plusDays(longestExtensionDays),
        fewestInstalments,
        mostInstalments,
        firstBillDue);
  }

  /**
   * Why a request does not fit an eligible account's bounds (days or instalments out of range), or
   * empty when it fits.
   */
  public Optional<String> problem(
      ArrangementEligibility.Eligible eligible, ArrangementKind kind, int count) {
    return switch (kind) {
      case EXTENSION ->
          count < 1 || count > longestExtensionDays
              ? Optional.of("an extension is 1 to " + longestExtensionDays + " days")
              : Optional.empty();
      case INSTALMENTS ->
          count < eligible.fewestInstalments() || count > eligible.mostInstalments()
              ? Optional.of(
                  "an arrangement has "
                      + eligible.fewestInstalments()
                      + " to "
                      + eligible.mostInstalments()
                      + " instalments")
              : Optional.empty();
    };
  }

  /**
   * The instalments of an arrangement: an extension is the whole past-due amount {@code count} days
   * from today; instalments split it evenly (the first takes the odd cents), added to the next
   * {@code count} monthly bills after the current one.
   */
  public static List<Instalment> instalments(
      ArrangementEligibility.Eligible eligible, ArrangementKind kind, int count, LocalDate today) {
    if (kind == ArrangementKind.EXTENSION) {
      return List.of(
          new Instalment(1, today.plusDays(count), eligible.pastDue(), Optional.empty()));
    }
    long total = eligible.pastDue().cents();
    long each = total / count;
    long first = total - each * (count - 1);
    List<Instalment> instalments = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      instalments.add(
          new Instalment(
              i,
              eligible.firstBillDue().plusMonths(i),
              Money.ofCents(i == 1 ? first : each),
              Optional.empty()));
    }
    return instalments;
  }

  private static ArrangementEligibility refuse(ArrangementEligibility.Reason reason) {
    return new ArrangementEligibility.NotEligible(reason);
  }
}
