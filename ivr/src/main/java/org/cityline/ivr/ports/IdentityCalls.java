package org.cityline.ivr.ports;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.CustomerInformation;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.ivr.flow.PortCall;
import org.cityline.ivr.flow.PortResult;
import org.cityline.ivr.guard.FailureWindow;
import org.cityline.ivr.guard.IdentificationGuard;

/**
 * Identification and the balance: the caller's number looked up, an account number checked against
 * its service ZIP or the last four of the phone on file, failures counted cluster-wide (a lock is
 * audited), and the balance read into session values.
 */
public final class IdentityCalls {

  private final CustomerInformation customers;
  private final IdentificationGuard guard;
  private final AuditTrail audit;
  private final Clock clock;

  public IdentityCalls(
      CustomerInformation customers, IdentificationGuard guard, AuditTrail audit, Clock clock) {
    this.customers = customers;
    this.guard = guard;
    this.audit = audit;
    this.clock = clock;
  }

  public PortResult findCaller(PortCall.FindCaller find) {
    Optional<PhoneNumber> caller = find.caller();
    if (caller.isEmpty()) {
      return PortResult.of("none", "Caller number withheld");
    }
    List<AccountSummary> accounts = customers.findByPhone(caller.get());
    return switch (accounts.size()) {
      case 0 -> PortResult.of("none", "Caller number " + caller.get() + " matched no account");
      case 1 -> {
        AccountNumber account = accounts.get(0).number();
        if (guard.isLocked(account, clock.instant())) {
          yield PortResult.withValues(
              "locked",
              Map.of("locked", "true"),
              "Caller number matched account " + account + ", whose self-service is locked");
        }
        PortResult identified =
            PortResult.identified(
                "one", account, true, "Identified by caller number (account " + account + ")");
        yield withValue(identified, "verified-by", "caller-number");
      }
      default ->
          PortResult.of(
              "several",
              "Caller number " + caller.get() + " matched " + accounts.size() + " accounts");
    };
  }

  public PortResult verify(PortCall.VerifyAccount verify) {
    Optional<AccountNumber> number = AccountNumber.parse(verify.accountNumber());
    String secret = verify.secret();
    if (number.isEmpty() || !secret.matches("[0-9]{4,5}")) {
      return PortResult.failedIdentification(
          Optional.empty(), "Keyed an account number or code of the wrong length");
    }
    if (guard.isLocked(number.get(), clock.instant())) {
      return PortResult.withValues(
          "locked",
          Map.of("locked", "true"),
          "Keyed account " + number.get() + ", whose self-service is locked");
    }
    Optional<AccountSummary> account = customers.findByNumber(number.get());
    if (account.isEmpty()) {
      return PortResult.failedIdentification(
          Optional.empty(),
          "Keyed account number ending " + number.get().lastFour() + ": no such account");
    }
    if (!matches(account.get(), secret)) {
      return failed(number.get(), verify.contact(), secret.length() == 5 ? "service ZIP" : "phone");
    }
    String by = secret.length() == 5 ? "service ZIP" : "last four of the phone on file";
    PortResult identified =
        PortResult.identified(
            "verified",
            number.get(),
            true,
            "Verified by account number and " + by + " (account " + number.get() + ")");
    return withValue(identified, "verified-by", secret.length() == 5 ? "service-zip" : "phone");
  }

  public PortResult readBalance(PortCall.ReadBalance read) {
    AccountNumber number = read.account();
    Optional<AccountSummary> found = customers.findByNumber(number);
    if (found.isEmpty()) {
      return PortResult.of("unavailable", "Account " + number + " could not be read");
    }
    AccountSummary account = found.get();
    Map<String, String> values = new HashMap<>();
    values.put("balance-cents", Long.toString(account.balance().cents()));
    values.put("past-due-cents", Long.toString(account.pastDue().cents()));
    account.dueDate().ifPresent(date -> values.put("due-date", date.toString()));
    account
        .lastPayment()
        .ifPresent(
            payment -> {
              values.put("last-payment-cents", Long.toString(payment.amount().cents()));
              values.put("last-payment-date", payment.date().toString());
            });
    account.pendingDisconnect().ifPresent(date -> values.put("disconnect-date", date.toString()));
    return new PortResult("read", values, Optional.empty(), false, false, Optional.empty());
  }

  private static boolean matches(AccountSummary account, String secret) {
    if (secret.length() == 5) {
      return account.serviceAddress().zip().equals(secret);
    }
    return account.phoneOnFile().map(phone -> phone.e164().endsWith(secret)).orElse(false);
  }

  /** A failed attempt on a known account: counted cluster-wide; a lock it causes is audited. */
  private PortResult failed(AccountNumber account, ContactId contact, String what) {
    FailureWindow.FailureOutcome outcome = guard.recordFailure(account, clock.instant());
    if (outcome.lockedNow()) {
      audit.record(
          new AuditEntry(
              clock.instant(),
              "ivr",
              Optional.of(contact),
              Optional.of(account),
              "self-service-locked",
              outcome.failuresInWindow()
                  + " failed identification attempts; IVR self-service locked until "
                  + outcome.lockedUntil().orElseThrow()));
      return PortResult.withValues(
          "locked",
          Map.of("locked", "true"),
          "Keyed account " + account + " but the " + what + " did not match; self-service locked");
    }
    return PortResult.failedIdentification(
        Optional.of(account), "Keyed account " + account + " but the " + what + " did not match");
  }

  static PortResult withValue(PortResult result, String name, String value) {
    Map<String, String> values = new HashMap<>(result.values());
    values.put(name, value);
    return new PortResult(
        result.outcome(),
        values,
        result.identified(),
        result.verified(),
        result.failedIdentification(),
        result.note());
  }
}
