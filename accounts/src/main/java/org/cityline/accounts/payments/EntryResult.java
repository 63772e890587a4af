package org.cityline.accounts.payments;

import java.util.Optional;
import org.cityline.accounts.PaymentMethod;

/** What the gateway made of one entered detail ({@link PaymentPort#enter}). */
public sealed interface EntryResult {

  /**
   * The detail was taken.
   *
   * @param token the payment method being entered (new for a first field, the same after)
   * @param method card or bank
   * @param lastFour the card's or bank account's last four digits, to read back
   * @param brand the card's network, for a card
   * @param complete whether every detail a charge needs is now given
   */
  record Accepted(
      PaymentToken token,
      PaymentMethod method,
      String lastFour,
      Optional<CardBrand> brand,
      boolean complete)
      implements EntryResult {}

  /**
   * The detail is not valid (a mistyped card number, an expired card); nothing changed.
   *
   * @param reason in words, never repeating the digits
   */
  record Invalid(String reason) implements EntryResult {}

  /**
   * The gateway could not take it (down, or the token is unknown or expired); nothing changed.
   *
   * @param reason in words
   */
  record Unavailable(String reason) implements EntryResult {}
}
