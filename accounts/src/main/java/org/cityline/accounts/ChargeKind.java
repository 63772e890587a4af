package org.cityline.accounts;

/** What a line on a bill charges for. */
public enum ChargeKind {
  /** What was used: kilowatt-hours, therms, thousands of gallons. */
  USAGE,
  /** The fixed monthly charge for having the service. */
  BASE,
  /** A tax on the service's charges. */
  TAX,
  /** A fee: storm drainage, recycling, meter rental, late payment. */
  FEE
}
