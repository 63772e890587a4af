package org.cityline.ivr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.CustomerInformation;
import org.cityline.common.PhoneNumber;
import org.cityline.ivr.flow.PortCall;
import org.cityline.ivr.flow.PortResult;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.RoutingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the engine's {@link PortCall}s on the real ports and words their answers as {@link
 * PortResult}s, with trail notes in English for the agent. A port that throws is logged and
 * reported as {@code unavailable} (or {@code refused} for routing), never passed on to the caller.
 */
public final class PortCalls {

  private static final Logger log = LoggerFactory.getLogger(PortCalls.class);

  private final CustomerInformation customers;
  private final RoutingService routing;

  public PortCalls(CustomerInformation customers, RoutingService routing) {
    this.customers = customers;
    this.routing = routing;
  }

  /** Makes one call. */
  public PortResult execute(PortCall call) {
    try {
      return switch (call) {
        case PortCall.FindCaller find -> findCaller(find.caller());
        case PortCall.VerifyAccount verify -> verify(verify.accountNumber(), verify.zip());
        case PortCall.ReadBalance read -> readBalance(read.account());
        case PortCall.Enqueue enqueue -> enqueue(enqueue.request());
      };
    } catch (RuntimeException e) {
      log.warn("{} failed; the caller is told the records are unavailable", kind(call), e);
      return call instanceof PortCall.Enqueue enqueue
          ? PortResult.of(
              "refused", "Routing failed to take the call to " + enqueue.request().queue())
          : PortResult.of("unavailable", "Account records were unavailable");
    }
  }

  private PortResult findCaller(Optional<PhoneNumber> caller) {
    if (caller.isEmpty()) {
      return PortResult.of("none", "Caller number withheld");
    }
    List<AccountSummary> accounts = customers.findByPhone(caller.get());
    return switch (accounts.size()) {
      case 0 -> PortResult.of("none", "Caller number " + caller.get() + " matched no account");
      case 1 -> {
        AccountNumber account = accounts.get(0).number();
        yield PortResult.identified(
            "one", account, true, "Identified by caller number (account " + account + ")");
      }
      default ->
          PortResult.of(
              "several",
              "Caller number " + caller.get() + " matched " + accounts.size() + " accounts");
    };
  }

  private PortResult verify(String keyedAccount, String keyedZip) {
    Optional<AccountNumber> number = AccountNumber.parse(keyedAccount);
    if (number.isEmpty() || !keyedZip.matches("[0-9]{5}")) {
      return PortResult.failedIdentification(
          Optional.empty(), "Keyed an account number or ZIP of the wrong length");
    }
    Optional<AccountSummary> account = customers.findByNumber(number.get());
    if (account.isEmpty()) {
      return PortResult.failedIdentification(
          Optional.empty(),
          "Keyed account number ending " + number.get().lastFour() + ": no such account");
    }
    if (!account.get().serviceAddress().zip().equals(keyedZip)) {
      return PortResult.failedIdentification(
          number, "Keyed account " + number.get() + " but the service ZIP did not match");
    }
    return PortResult.identified(
        "verified",
        number.get(),
        true,
        "Verified by account number and service ZIP (account " + number.get() + ")");
  }

  private PortResult readBalance(AccountNumber number) {
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

  private PortResult enqueue(ContactRequest request) {
    RoutingResult result = routing.enqueue(request);
    return switch (result) {
      case RoutingResult.Done done ->
          PortResult.of("queued", "Sent to the " + request.queue() + " queue");
      case RoutingResult.Refused refused -> {
        if (routing.contact(request.id()).isPresent()) {
          // A retried enqueue of a contact routing already holds: it is queued.
          yield PortResult.of("queued", "Sent to the " + request.queue() + " queue");
        }
        log.warn(
            "routing refused contact {} for queue {}: {}",
            request.id(),
            request.queue(),
            refused.reason());
        yield PortResult.of(
            "refused",
            "Routing refused the transfer to " + request.queue() + ": " + refused.reason());
      }
    };
  }

  private static String kind(PortCall call) {
    return call.getClass().getSimpleName();
  }
}
