package org.cityline.accounts;

/** What kind of relief a payment arrangement gives. */
public enum ArrangementKind {
  /** More time (up to ten days) to pay the past-due amount in one payment. */
  EXTENSION,
  /** The past-due amount split into instalments added to future bills. */
  INSTALMENTS
}
