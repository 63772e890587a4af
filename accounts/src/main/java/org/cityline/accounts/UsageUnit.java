package org.cityline.accounts;

/** The unit a metered service is billed in. */
public enum UsageUnit {
  KWH("kWh"),
  THERM("therms"),
  KGAL("kgal");

  private final String symbol;

  UsageUnit(String symbol) {
    this.symbol = symbol;
  }

  /** As printed on a bill: "kWh", "therms", "kgal" (thousands of gallons). */
  public String symbol() {
    return symbol;
  }
}
