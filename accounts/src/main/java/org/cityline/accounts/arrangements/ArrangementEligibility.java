package org.cityline.accounts.arrangements;

import java.time.LocalDate;
import org.cityline.accounts.Money;

/** Whether an account may have a payment arrangement or extension ({@link ArrangementPolicy}). */
public sealed interface ArrangementEligibility {

  /**
   * It may.
   *
   * @param pastDue the amount an arrangement covers
   * @param latestExtensionDate the latest date an extension may give
   * @param fewestInstalments the fewest instalments
   * @param mostInstalments the most instalments
   * @param firstBillDue the current bill's due date (today when none is ahead): instalments fall
   *     due with the monthly bills after it
   */
  record Eligible(
      Money pastDue,
      LocalDate latestExtensionDate,
      int fewestInstalments,
      int mostInstalments,
      LocalDate firstBillDue)
      implements ArrangementEligibility {}

  /** It may not, for this reason. */
  record NotEligible(Reason reason) implements ArrangementEligibility {}

  /** Why an account may not have one. */
  enum Reason {
    /** There is no such account. */
    UNKNOWN_ACCOUNT("there is no such account"),
    /** The account is disconnected or closed. */
    ACCOUNT_NOT_ACTIVE("the account is not active"),
    /** An arrangement or extension is already in force. */
    ALREADY_ARRANGED("an arrangement or extension is already in force"),
    /** An arrangement broke within the look-back period. */
    BROKEN_RECENTLY("an arrangement was broken within the last twelve months"),
    /** Nothing is past due. */
    NOTHING_PAST_DUE("nothing is past due"),
    /** Too little is past due to arrange. */
    TOO_LITTLE_PAST_DUE("the past-due amount is below the smallest that can be arranged"),
    /** Too much is past due for self-service. */
    TOO_DELINQUENT("the past-due amount is above the limit for an arrangement");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    /** In words, for a trail note or an agent. */
    public String words() {
      return words;
    }
  }
}
