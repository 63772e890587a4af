package org.cityline.accounts.payments;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.cityline.accounts.FieldNotifications;
import org.cityline.accounts.payments.PaymentAttempt.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link PaymentPort}: each payment is an attempt written to the ledger before the gateway is
 * asked, then posted or closed. The gateway and the ledger are both idempotent by the request's
 * key, so asking again (a retried webhook, a node taking over a call, {@link #recoverPending})
 * converges on one charge, posted once:
 *
 * <ol>
 *   <li>An attempt under the key already recorded answers from the ledger (approved, declined or
 *       failed), or, while still pending, asks the gateway again under the same key.
 *   <li>Otherwise the amount and the token are checked, the attempt is written as pending with its
 *       confirmation number, and the gateway charges under the key.
 *   <li>Charged: the ledger posts it (one transaction with any disconnect it cancels), then the
 *       field notifications are handed over. Declined or unavailable: the attempt is closed.
 *   <li>No answer (a timeout): the attempt stays pending, the payer hears it is unconfirmed, and
 *       {@link #recoverPending} settles it later by asking again under the same key.
 * </ol>
 */
public final class Payments implements PaymentPort {

  private static final Logger log = LoggerFactory.getLogger(Payments.class);
  private static final int CONFIRMATION_DIGITS = 10;

  private final PaymentGateway gateway;
  private final PaymentLedger ledger;
  private final PaymentLimits limits;
  private final FieldNotifications notifications;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Payments(
      PaymentGateway gateway,
      PaymentLedger ledger,
      PaymentLimits limits,
      FieldNotifications notifications,
      Clock clock) {
    this.gateway = gateway;
    this.ledger = ledger;
    this.limits = limits;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public PaymentLimits limits() {
    return limits;
  }

  @Override
  public EntryResult enter(
      Optional<PaymentToken> token, PaymentField field, SensitiveDigits digits) {
    if (token == null || field == null || digits == null) {
      return new EntryResult.Invalid("a payment detail needs a field and digits");
    }
    if (!field.startsMethod() && token.isEmpty()) {
      return new EntryResult.Invalid("the card or bank number comes first");
    }
    try {
      return gateway.enter(field.startsMethod() ? Optional.empty() : token, field, digits);
    } catch (RuntimeException e) {
      log.warn("the payment gateway failed to take a {}: {}", field, e.getClass().getSimpleName());
      return new EntryResult.Unavailable("the payment gateway is not answering");
    } finally {
      digits.wipe();
    }
  }

  @Override
  public PaymentOutcome pay(PaymentRequest request) {
    if (request == null) {
      return new PaymentOutcome.Refused("no payment was asked for");
    }
    Optional<PaymentAttempt> existing = ledger.find(request.key());
    if (existing.isPresent()) {
      return again(existing.get(), request);
    }
    Optional<String> problem = limits.problem(request.amount());
    if (problem.isPresent()) {
      return new PaymentOutcome.Refused(problem.get());
    }
    Optional<EntryResult.Accepted> method = describe(request.token());
    if (method.isEmpty() || !method.get().complete()) {
      return new PaymentOutcome.Refused(
          "the card or bank details are not complete; enter them again");
    }
    return begin(request, method.get());
  }

  @Override
  public PaymentOutcome recordCaptured(CapturedPayment payment) {
    if (payment == null) {
      return new PaymentOutcome.Refused("no captured payment was given");
    }
    for (int tries = 0; tries < 5; tries++) {
      Optional<PaymentAttempt> existing = ledger.find(payment.key());
      if (existing.isPresent()) {
        return capturedAgain(existing.get(), payment);
      }
      PaymentAttempt attempt = capturedAttempt(payment);
      switch (ledger.begin(attempt)) {
        case STARTED -> {
          return postCaptured(payment);
        }
        case KEY_TAKEN -> log.debug("captured payment {} recorded meanwhile", payment.key());
        case UNKNOWN_ACCOUNT -> {
          log.error(
              "the payment connector charged {} for unknown account {}; settle it by hand",
              payment.key(),
              payment.account());
          return new PaymentOutcome.Refused("there is no account " + payment.account());
        }
        case CONFIRMATION_TAKEN -> log.debug("confirmation number taken; choosing another");
      }
    }
    throw new IllegalStateException("could not record captured payment " + payment.key());
  }

  private PaymentOutcome capturedAgain(PaymentAttempt attempt, CapturedPayment payment) {
    boolean same =
        attempt.token().equals(CapturedPayment.CONNECTOR_TOKEN)
            && attempt.account().equals(payment.account())
            && attempt.amount().equals(payment.amount());
    if (!same) {
      return new PaymentOutcome.Refused("this payment's key was already used for another payment");
    }
    return attempt.status() == Status.PENDING ? postCaptured(payment) : answer(attempt);
  }

  private PaymentOutcome postCaptured(CapturedPayment payment) {
    PaymentLedger.Posting posting = ledger.post(payment.key(), payment.reference(), payment.at());
    notifications.publish(posting.notifications());
    return answer(posting.attempt());
  }

  private PaymentAttempt capturedAttempt(CapturedPayment payment) {
    return new PaymentAttempt(
        payment.key(),
        payment.account(),
        payment.amount(),
        payment.method(),
        payment.channel(),
        payment.lastFour(),
        CapturedPayment.CONNECTOR_TOKEN,
        confirmationNumber(),
        Status.PENDING,
        Optional.empty(),
        Optional.empty(),
        false,
        payment.contact(),
        payment.actor(),
        payment.at(),
        Optional.empty());
  }

  @Override
  public Optional<PaymentOutcome> outcome(IdempotencyKey key) {
    return ledger.find(key).map(Payments::answer);
  }

  /**
   * Settles attempts left pending longer than {@code olderThan} (a lost gateway answer, a node lost
   * mid-payment) by asking the gateway again under their keys.
   *
   * @return how many were settled now
   */
  public int recoverPending(Duration olderThan) {
    int settled = 0;
    for (PaymentAttempt attempt : ledger.pending(clock.instant().minus(olderThan), 100)) {
      if (attempt.token().equals(CapturedPayment.CONNECTOR_TOKEN)) {
        // Charged by the phone system's connector: no gateway to ask. Its webhook, retried,
        // posts it; otherwise a person settles it from the connector's records.
        log.warn(
            "payment attempt {} was captured by a connector and is still pending", attempt.key());
        continue;
      }
      PaymentOutcome outcome = charge(attempt);
      if (!(outcome instanceof PaymentOutcome.Unconfirmed)) {
        settled++;
        log.info("payment attempt {} settled by recovery: {}", attempt.key(), kind(outcome));
      }
    }
    return settled;
  }

  private PaymentOutcome again(PaymentAttempt attempt, PaymentRequest request) {
    if (!attempt.sameRequest(request)) {
      return new PaymentOutcome.Refused(
          "this payment request's key was already used for another payment");
    }
    return attempt.status() == Status.PENDING ? charge(attempt) : answer(attempt);
  }

  private PaymentOutcome begin(PaymentRequest request, EntryResult.Accepted method) {
    for (int tries = 0; tries < 5; tries++) {
      PaymentAttempt attempt = pendingAttempt(request, method);
      switch (ledger.begin(attempt)) {
        case STARTED -> {
          return charge(attempt);
        }
        case KEY_TAKEN -> {
          return again(ledger.find(request.key()).orElseThrow(), request);
        }
        case UNKNOWN_ACCOUNT -> {
          return new PaymentOutcome.Refused("there is no account " + request.account());
        }
        case CONFIRMATION_TAKEN -> log.debug("confirmation number taken; choosing another");
      }
    }
    throw new IllegalStateException("could not choose a free confirmation number in five tries");
  }

  private PaymentAttempt pendingAttempt(PaymentRequest request, EntryResult.Accepted method) {
    return new PaymentAttempt(
        request.key(),
        request.account(),
        request.amount(),
        method.method(),
        request.channel(),
        method.lastFour(),
        request.token(),
        confirmationNumber(),
        Status.PENDING,
        Optional.empty(),
        Optional.empty(),
        false,
        request.contact(),
        request.actor(),
        request.at(),
        Optional.empty());
  }

  /** Asks the gateway under the attempt's key and records what it said. */
  private PaymentOutcome charge(PaymentAttempt attempt) {
    GatewayResult result;
    try {
      result = gateway.charge(attempt.key(), attempt.token(), attempt.amount());
    } catch (RuntimeException e) {
      log.warn(
          "the payment gateway's answer for attempt {} was lost ({}); it stays pending and is"
              + " settled later under the same key",
          attempt.key(),
          e.getClass().getSimpleName());
      return new PaymentOutcome.Unconfirmed(
          "the payment could not be confirmed yet; it will be settled shortly");
    }
    return switch (result) {
      case GatewayResult.Charged charged -> {
        PaymentLedger.Posting posting =
            ledger.post(attempt.key(), charged.reference(), clock.instant());
        notifications.publish(posting.notifications());
        yield answer(posting.attempt());
      }
      case GatewayResult.Declined declined ->
          answer(ledger.close(attempt.key(), Status.DECLINED, declined.reason(), clock.instant()));
      case GatewayResult.Unavailable unavailable ->
          answer(ledger.close(attempt.key(), Status.FAILED, unavailable.reason(), clock.instant()));
    };
  }

  private Optional<EntryResult.Accepted> describe(PaymentToken token) {
    try {
      return gateway.describe(token);
    } catch (RuntimeException e) {
      log.warn("the payment gateway failed to describe a token: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private static PaymentOutcome answer(PaymentAttempt attempt) {
    String detail = attempt.detail().orElse("");
    return switch (attempt.status()) {
      case APPROVED ->
          new PaymentOutcome.Approved(
              attempt.confirmation(),
              attempt.amount(),
              attempt.method(),
              attempt.lastFour(),
              attempt.disconnectCancelled());
      case DECLINED -> new PaymentOutcome.Declined(detail);
      case FAILED -> new PaymentOutcome.Failed(detail);
      case PENDING ->
          new PaymentOutcome.Unconfirmed(
              "the payment could not be confirmed yet; it will be settled shortly");
    };
  }

  private String confirmationNumber() {
    StringBuilder number = new StringBuilder(CONFIRMATION_DIGITS);
    number.append(1 + random.nextInt(9));
    while (number.length() < CONFIRMATION_DIGITS) {
      number.append(random.nextInt(10));
    }
    return number.toString();
  }

  private static String kind(PaymentOutcome outcome) {
    return outcome.getClass().getSimpleName();
  }
}
