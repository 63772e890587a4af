package org.cityline.accounts;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement to pay a past-due amount later (an extension) or in instalments.
 *
 * @param id the arrangement's number
 * @param kind extension or instalments
 * @param status active, completed, broken or cancelled
 * @param createdOn when it was agreed
 * @param total the amount it covers (the sum of its instalments)
 * @param instalments in order of due date
 */
public record PaymentArrangement(
    long id,
    ArrangementKind kind,
    ArrangementStatus status,
    LocalDate createdOn,
    Money total,
    List<Instalment> instalments) {

  public PaymentArrangement {
    instalments = List.copyOf(instalments);
    if (kind == null || status == null || createdOn == null || instalments.isEmpty()) {
      throw new IllegalArgumentException("an arrangement has a kind, a status and instalments");
    }
    if (kind == ArrangementKind.EXTENSION && instalments.size() != 1) {
      throw new IllegalArgumentException("an extension is one payment at a later date");
    }
    Money sum = instalments.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus);
    if (!sum.equals(total)) {
      throw new IllegalArgumentException(
          "arrangement " + id + ": instalments add up to " + sum + ", not " + total);
    }
  }

  public boolean isActive() {
    return status == ArrangementStatus.ACTIVE;
  }
}
