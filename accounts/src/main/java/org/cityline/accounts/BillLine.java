package org.cityline.accounts;

import java.util.Optional;

/**
 * One line of a bill.
 *
 * @param service the service it belongs to (account-level fees such as a late fee go on the
 *     account's first service, as the city's billing system does)
 * @param kind usage, base charge, tax or fee
 * @param description as printed, e.g. "Energy charge" or "Storm drainage fee"
 * @param usage the metered quantity, for usage lines
 * @param amount what the line charges
 */
public record BillLine(
    UtilityService service,
    ChargeKind kind,
    String description,
    Optional<Usage> usage,
    Money amount) {

  public BillLine {
    if (service == null || kind == null || amount == null || usage == null) {
      throw new IllegalArgumentException("a bill line needs a service, a kind and an amount");
    }
    if (description == null || description.isBlank() || description.length() > 80) {
      throw new IllegalArgumentException("a bill line's description is 1 to 80 characters");
    }
  }
}
