package org.cityline.ivr.flow;

import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.Program;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.online.ResetChannel;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.SensitiveDigits;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.ContactRequest;

/**
 * A call the engine asks the runtime to make on one of its ports ({@link Operation#call}). The
 * engine never makes it itself: it returns it in a {@link Transition} and waits for the {@link
 * PortResult}. Card and bank digits travel only in {@link EnterPaymentDetail}, whose {@code
 * toString} never shows them.
 */
public sealed interface PortCall {

  /** Find the accounts whose phone on file is the caller's number. */
  record FindCaller(Optional<PhoneNumber> caller) implements PortCall {}

  /**
   * Check a keyed account number against a keyed secret (service ZIP or the phone's last four).
   *
   * @param contact the contact, for the audit of a lock
   * @param accountNumber what the caller keyed (ten digits when the entry step did its job)
   * @param secret what the caller keyed for the ZIP or the last four
   */
  record VerifyAccount(ContactId contact, String accountNumber, String secret)
      implements PortCall {}

  /** Read an account's balance and dates. */
  record ReadBalance(AccountNumber account) implements PortCall {}

  /** Check an amount (cents, as keyed) against the payment limits. */
  record CheckAmount(String cents) implements PortCall {}

  /**
   * Hand one card or bank detail to the payment port.
   *
   * @param token the method being entered, for every field after its first
   * @param digits the masked entry's digits: never logged, never stored
   */
  record EnterPaymentDetail(Optional<String> token, PaymentField field, SensitiveDigits digits)
      implements PortCall {
    @Override
    public String toString() {
      return "EnterPaymentDetail[" + field + ", " + digits + "]";
    }
  }

  /**
   * Pay with the entered method, under the key of this call's attempt.
   *
   * @param attempt the payment attempt's number in this call, from 1
   * @param declines how many payments were declined in this call so far
   */
  record SubmitPayment(
      CallId call,
      int attempt,
      int declines,
      ContactId contact,
      AccountNumber account,
      long cents,
      String token)
      implements PortCall {}

  /**
   * Record what the phone system's payment connector did, under the key of this call's attempt.
   *
   * @param outcome charged, declined, failed or abandoned
   * @param reference the connector's confirmation code, for a charge
   * @param lastFour of the card or bank account, as the connector reported it
   * @param detail the connector's reason when nothing was charged
   */
  record RecordCapturedPayment(
      CallId call,
      int attempt,
      int declines,
      ContactId contact,
      AccountNumber account,
      long cents,
      org.cityline.accounts.PaymentMethod method,
      String outcome,
      Optional<String> reference,
      Optional<String> lastFour,
      Optional<String> detail)
      implements PortCall {}

  /** Whether an account may have an arrangement. */
  record CheckArrangement(AccountNumber account) implements PortCall {}

  /** Instalments for a keyed count, from the eligibility the session holds. */
  record QuoteInstalments(
      String count, String pastDueCents, String firstBillDue, String fewest, String most)
      implements PortCall {}

  /** Make an extension or instalments, once per call. */
  record MakeArrangement(
      CallId call, ContactId contact, AccountNumber account, ArrangementKind kind, int count)
      implements PortCall {}

  /** Send a password-reset link, once per call and channel. */
  record SendPasswordReset(
      CallId call,
      ContactId contact,
      AccountNumber account,
      ResetChannel channel,
      Language language)
      implements PortCall {}

  /** Whether an account may join a program by phone. */
  record CheckProgram(AccountNumber account, Program program) implements PortCall {}

  /** Enrol an account in a program. */
  record EnrolProgram(ContactId contact, AccountNumber account, Program program)
      implements PortCall {}

  /** Report an outage at the account's service address, once per call and service. */
  record ReportOutage(CallId call, ContactId contact, AccountNumber account, UtilityService service)
      implements PortCall {}

  /** Where a waiting contact stands. */
  record EstimateWait(ContactId contact) implements PortCall {}

  /** The number a callback would go to. */
  record FindCallbackNumber(Optional<AccountNumber> account, Optional<PhoneNumber> caller)
      implements PortCall {}

  /**
   * Ask routing to call the caller back at a number, keeping their place; once scheduled, the
   * caller gets a text confirming it in their language.
   */
  record RequestCallback(ContactId contact, String number, Language language) implements PortCall {}

  /** Put the caller in a queue for a person. */
  record Enqueue(ContactRequest request) implements PortCall {}
}
