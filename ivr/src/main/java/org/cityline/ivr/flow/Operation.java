package org.cityline.ivr.flow;

import java.util.Set;

/**
 * What an {@link Step.Action} asks of the utility's systems. The engine turns it into a {@link
 * PortCall} with the session's values; the runtime makes the call and feeds the {@link PortResult}
 * back. Each operation names the outcomes it can have; the action step must say where each goes.
 */
public sealed interface Operation {

  /** Every outcome this operation can report. */
  Set<String> outcomes();

  /** Whether it consumes digits from a masked entry just before it (card or bank digits). */
  default boolean takesMaskedDigits() {
    return false;
  }

  /**
   * Looks the caller's number up: {@code one} account (the caller is identified and verified),
   * {@code none}, {@code several}, or {@code unavailable} when the records cannot be reached.
   */
  record LookUpCaller() implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("one", "none", "several", "unavailable");
    }
  }

  /**
   * Checks an account number and service ZIP the caller keyed: {@code verified}, {@code failed}
   * (counted as a failed identification attempt), or {@code unavailable}.
   *
   * @param accountVariable the session value holding the keyed account number
   * @param zipVariable the session value holding the keyed ZIP code
   */
  record VerifyAccount(String accountVariable, String zipVariable) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("verified", "failed", "unavailable");
    }
  }

  /**
   * Reads the identified account's balance, due date, last payment, past-due amount and pending
   * disconnect into session values ({@code balance-cents}, {@code due-date}, {@code
   * last-payment-cents}, {@code last-payment-date}, {@code past-due-cents}, {@code
   * disconnect-date}): {@code read} or {@code unavailable}.
   */
  record ReadBalance() implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("read", "unavailable");
    }
  }
}
