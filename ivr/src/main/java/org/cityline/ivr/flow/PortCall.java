package org.cityline.ivr.flow;

import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.PhoneNumber;
import org.cityline.routing.ContactRequest;

/**
 * A call the engine asks the runtime to make on one of its ports. The engine never makes it itself:
 * it returns it in a {@link Transition} and waits for the {@link PortResult}.
 */
public sealed interface PortCall {

  /** Find the accounts whose phone on file is the caller's number. */
  record FindCaller(Optional<PhoneNumber> caller) implements PortCall {}

  /**
   * Check a keyed account number against a keyed service ZIP.
   *
   * @param accountNumber what the caller keyed (ten digits when the entry step did its job)
   * @param zip what the caller keyed for the ZIP
   */
  record VerifyAccount(String accountNumber, String zip) implements PortCall {}

  /** Read an account's balance and dates. */
  record ReadBalance(AccountNumber account) implements PortCall {}

  /** Put the caller in a queue for a person. */
  record Enqueue(ContactRequest request) implements PortCall {}
}
