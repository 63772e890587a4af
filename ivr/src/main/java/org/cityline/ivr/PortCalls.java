package org.cityline.ivr;

import java.time.Clock;
import org.cityline.ivr.flow.PortCall;
import org.cityline.ivr.flow.PortResult;
import org.cityline.ivr.ports.AccountCalls;
import org.cityline.ivr.ports.IdentityCalls;
import org.cityline.ivr.ports.PaymentCalls;
import org.cityline.ivr.ports.RoutingCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the engine's {@link PortCall}s on the real ports. A port that throws is logged (by the
 * call's kind, never its digits) and reported with the outcome that tells the caller the truth:
 * {@code unavailable} for records, {@code refused} for routing, {@code unconfirmed} for a payment
 * whose charge may have gone through (it is settled later under the same key).
 */
public final class PortCalls {

  private static final Logger log = LoggerFactory.getLogger(PortCalls.class);

  private final IdentityCalls identity;
  private final PaymentCalls payments;
  private final AccountCalls accounts;
  private final RoutingCalls routing;

  public PortCalls(IvrPorts ports, Clock clock) {
    this.identity = new IdentityCalls(ports.customers(), ports.guard(), ports.audit(), clock);
    this.payments = new PaymentCalls(ports.payments(), clock);
    this.accounts =
        new AccountCalls(
            ports.arrangements(), ports.onlineAccounts(), ports.programs(), ports.outages(), clock);
    this.routing = new RoutingCalls(ports.routing(), ports.customers(), ports.texts());
  }

  /** Makes one call. */
  public PortResult execute(PortCall call) {
    try {
      return switch (call) {
        case PortCall.FindCaller find -> identity.findCaller(find);
        case PortCall.VerifyAccount verify -> identity.verify(verify);
        case PortCall.ReadBalance read -> identity.readBalance(read);
        case PortCall.CheckAmount check -> payments.checkAmount(check);
        case PortCall.EnterPaymentDetail enter -> payments.enter(enter);
        case PortCall.SubmitPayment submit -> payments.submit(submit);
        case PortCall.RecordCapturedPayment captured -> payments.recordCaptured(captured);
        case PortCall.CheckArrangement check -> accounts.checkArrangement(check);
        case PortCall.QuoteInstalments quote -> accounts.quote(quote);
        case PortCall.MakeArrangement make -> accounts.makeArrangement(make);
        case PortCall.SendPasswordReset send -> accounts.sendReset(send);
        case PortCall.CheckProgram check -> accounts.checkProgram(check);
        case PortCall.EnrolProgram enrol -> accounts.enrol(enrol);
        case PortCall.ReportOutage report -> accounts.reportOutage(report);
        case PortCall.EstimateWait estimate -> routing.estimate(estimate);
        case PortCall.FindCallbackNumber find -> routing.findCallbackNumber(find);
        case PortCall.RequestCallback request -> routing.requestCallback(request);
        case PortCall.Enqueue enqueue -> routing.enqueue(enqueue);
      };
    } catch (RuntimeException e) {
      String kind = call.getClass().getSimpleName();
      log.warn("{} failed ({}); the caller is told what that means", kind, e.getClass().getName());
      log.debug("{} failure", kind, e);
      if (call instanceof PortCall.EnterPaymentDetail enter) {
        enter.digits().wipe();
      }
      return PortResult.of(failureOutcome(call), kind + " failed: " + e.getClass().getSimpleName());
    }
  }

  private static String failureOutcome(PortCall call) {
    return switch (call) {
      case PortCall.SubmitPayment submit -> "unconfirmed";
      case PortCall.RecordCapturedPayment captured -> "unconfirmed";
      case PortCall.Enqueue enqueue -> "refused";
      case PortCall.RequestCallback request -> "refused";
      case PortCall.EstimateWait estimate -> "unknown";
      case PortCall.FindCallbackNumber find -> "none";
      case PortCall.QuoteInstalments quote -> "out-of-range";
      case PortCall.CheckAmount check -> "too-small";
      default -> "unavailable";
    };
  }
}
