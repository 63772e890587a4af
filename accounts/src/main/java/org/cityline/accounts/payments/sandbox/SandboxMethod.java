package org.cityline.accounts.payments.sandbox;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.payments.CardBrand;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.PaymentToken;

/**
 * What the sandbox gateway keeps about a card or bank account being entered: never its digits, only
 * what the sandbox needs to answer like a processor.
 *
 * @param token its name
 * @param method card or bank
 * @param brand the card's brand, for a card
 * @param lastFour the last four of the card or bank account (of the routing number until the
 *     account number is given)
 * @param behaviour what a charge does
 * @param given the details entered so far
 * @param createdAt when the first detail was entered
 */
public record SandboxMethod(
    PaymentToken token,
    PaymentMethod method,
    Optional<CardBrand> brand,
    String lastFour,
    SandboxBehaviour behaviour,
    Set<PaymentField> given,
    Instant createdAt) {

  public SandboxMethod {
    given = given.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(given));
  }

  /** Whether every detail a charge needs was given. */
  public boolean complete() {
    return given.containsAll(PaymentField.required(method));
  }

  /** The same method with one more detail. */
  public SandboxMethod with(PaymentField field, SandboxBehaviour newBehaviour, String newLastFour) {
    EnumSet<PaymentField> more =
        given.isEmpty() ? EnumSet.noneOf(PaymentField.class) : EnumSet.copyOf(given);
    more.add(field);
    return new SandboxMethod(token, method, brand, newLastFour, newBehaviour, more, createdAt);
  }
}
