package org.cityline.accounts;

import java.time.LocalDate;
import java.util.List;

/**
 * A monthly bill.
 *
 * @param id the bill's number
 * @param issuedOn when it was issued
 * @param periodStart first day of service billed
 * @param periodEnd last day of service billed
 * @param dueOn when payment is due
 * @param newCharges the charges of this bill (the sum of its lines; earlier balances are not
 *     included)
 * @param lines what was charged, in printed order
 */
public record Bill(
    long id,
    LocalDate issuedOn,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueOn,
    Money newCharges,
    List<BillLine> lines) {

  public Bill {
    lines = List.copyOf(lines);
    if (issuedOn == null || periodStart == null || periodEnd == null || dueOn == null) {
      throw new IllegalArgumentException("a bill needs its dates");
    }
    if (periodEnd.isBefore(periodStart) || dueOn.isBefore(issuedOn)) {
      throw new IllegalArgumentException(
          "bill " + id + ": the period ends before it starts, or it is due before it was issued");
    }
    Money sum = lines.stream().map(BillLine::amount).reduce(Money.ZERO, Money::plus);
    if (!sum.equals(newCharges)) {
      throw new IllegalArgumentException(
          "bill " + id + ": lines add up to " + sum + " but the bill says " + newCharges);
    }
  }
}
