package org.cityline.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A metered quantity on a bill line.
 *
 * @param quantity how much, kept to three decimals
 * @param unit in what
 */
public record Usage(BigDecimal quantity, UsageUnit unit) {

  public Usage {
    if (quantity == null || unit == null) {
      throw new IllegalArgumentException("a usage needs a quantity and a unit");
    }
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException("a usage is never negative: " + quantity);
    }
    quantity = quantity.setScale(3, RoundingMode.HALF_UP);
  }

  /** As printed on a bill, e.g. "812 kWh" or "4.25 kgal". */
  public String display() {
    return quantity.stripTrailingZeros().toPlainString() + " " + unit.symbol();
  }
}
