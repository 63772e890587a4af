package org.cityline.accounts;

/** How a payment was made. */
public enum PaymentMethod {
  /** Credit or debit card; only the last four digits are kept. */
  CARD,
  /** Bank account draft (e-check, SurePay); only the last four digits are kept. */
  BANK,
  /** Cash at a city office or pay station. */
  CASH,
  /** A paper check, mailed or dropped off. */
  CHECK;

  /** Whether a payment by this method carries the last four digits of a card or bank account. */
  public boolean hasLastFour() {
    return this == CARD || this == BANK;
  }
}
