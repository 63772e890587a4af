package org.cityline.accounts;

/** A billing program an account can be enrolled in. */
public enum Program {
  /** Level monthly payments, trued up yearly. */
  BUDGET_BILLING,
  /** Automatic bank draft of each bill. */
  SUREPAY,
  /** The customer chooses the day of the month bills fall due. */
  SELECT_DUE_DATE,
  /** Bills by e-mail instead of paper. */
  EBILL
}
