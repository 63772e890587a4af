package org.cityline.ivr.flow;

import java.util.Optional;
import java.util.Set;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.Program;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.online.ResetChannel;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.SensitiveDigits;

/**
 * What an {@link Step.Action} asks of the utility's systems. Each operation names the outcomes it
 * can have (the action step must say where each goes) and builds its {@link PortCall} from the
 * session; the runtime makes the call and feeds the {@link PortResult} back. An operation that
 * cannot be asked now (no verified account) answers {@code unavailable} without a call.
 */
public sealed interface Operation {

  /** Every outcome this operation can report. */
  Set<String> outcomes();

  /** Whether it consumes digits from a masked entry just before it (card or bank digits). */
  default boolean takesMaskedDigits() {
    return false;
  }

  /**
   * The call to make for this session; empty when it cannot be made (then the action's {@code
   * unavailable} outcome applies).
   *
   * @param masked the digits of the masked entry just before, for an operation that takes them
   */
  Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked);

  /**
   * Looks the caller's number up: {@code one} account (the caller is identified and verified by
   * caller number), {@code none}, {@code several}, {@code locked} (that account's self-service is
   * locked after failed attempts), or {@code unavailable}.
   */
  record LookUpCaller() implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("one", "none", "several", "locked", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return Optional.of(new PortCall.FindCaller(session.caller()));
    }
  }

  /**
   * Checks an account number and a secret the caller keyed: the service ZIP (five digits) or the
   * last four digits of the phone on file: {@code verified}, {@code failed} (a failed attempt,
   * counted per account across the cluster), {@code locked}, or {@code unavailable}.
   *
   * @param accountVariable the session value holding the keyed account number, or {@code account}
   *     for the account the caller is already identified with (a step-up check)
   * @param secretVariable the session value holding the keyed ZIP or last four
   */
  record VerifyAccount(String accountVariable, String secretVariable) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("verified", "failed", "locked", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      String account =
          accountVariable.equals("account")
              ? session.account().map(Object::toString).orElse("")
              : session.value(accountVariable).orElse("");
      return Optional.of(
          new PortCall.VerifyAccount(
              session.contact(), account, session.value(secretVariable).orElse("")));
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

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return identified(session).map(PortCall.ReadBalance::new);
    }
  }

  /**
   * Checks an amount in cents (a session value) against the payment limits and stores it as {@code
   * pay-cents}: {@code ok}, {@code too-small}, {@code too-large}; the limits are stored as {@code
   * pay-min-cents} and {@code pay-max-cents}.
   */
  record CheckPaymentAmount(String variable) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("ok", "too-small", "too-large");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return Optional.of(new PortCall.CheckAmount(session.value(variable).orElse("")));
    }
  }

  /**
   * Hands one card or bank detail from the masked entry before it to the payment port: {@code
   * accepted} (the session keeps {@code pay-token}, {@code pay-last4}, {@code pay-method}), {@code
   * invalid} (mistyped, expired), or {@code unavailable}.
   */
  record EnterPaymentDetail(PaymentField field) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("accepted", "invalid", "unavailable");
    }

    @Override
    public boolean takesMaskedDigits() {
      return true;
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return masked.map(
          digits ->
              new PortCall.EnterPaymentDetail(
                  field.startsMethod() ? Optional.empty() : session.value("pay-token"),
                  field,
                  digits));
    }
  }

  /**
   * Pays {@code pay-cents} with the entered card or bank account, under an idempotency key made of
   * the call and this payment attempt's number ({@code pay-attempt}): {@code approved} (stores
   * {@code pay-confirmation}, {@code pay-disconnect-cancelled}), {@code declined}, {@code failed},
   * {@code unconfirmed} or {@code refused}.
   */
  record SubmitPayment() implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("approved", "declined", "failed", "unconfirmed", "refused");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      Optional<String> token = session.value("pay-token");
      Optional<String> cents = session.value("pay-cents");
      if (session.account().isEmpty() || token.isEmpty() || cents.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new PortCall.SubmitPayment(
              session.call(),
              nextAttempt(session),
              declines(session),
              session.contact(),
              session.account().get(),
              Long.parseLong(cents.get()),
              token.get()));
    }
  }

  /**
   * Records what the phone system's payment connector did ({@link Step.Capture}): {@code approved}
   * (the charge posted to the ledger; stores {@code pay-confirmation}), {@code declined}, {@code
   * failed}, {@code cancelled} (the caller stopped it), {@code unconfirmed} (charged but not
   * recorded: a person sorts it out), {@code refused}, or {@code unavailable}.
   */
  record RecordCapturedPayment() implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of(
          "approved", "declined", "failed", "cancelled", "unconfirmed", "refused", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      Optional<String> cents = session.value("pay-cents");
      Optional<String> outcome = session.value("pay-captured");
      if (session.account().isEmpty() || cents.isEmpty() || outcome.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new PortCall.RecordCapturedPayment(
              session.call(),
              nextAttempt(session),
              declines(session),
              session.contact(),
              session.account().get(),
              Long.parseLong(cents.get()),
              org.cityline.accounts.PaymentMethod.valueOf(
                  session.value("pay-method").orElse("CARD")),
              outcome.get(),
              session.value("pay-connector-ref"),
              session.value("pay-last4"),
              session.value("pay-capture-detail")));
    }
  }

  /**
   * Whether the account may have an arrangement or extension: {@code eligible} (stores {@code
   * arr-past-due-cents}, {@code arr-extension-date}, {@code arr-fewest}, {@code arr-most}, {@code
   * arr-first-bill-due}), {@code not-eligible}, or {@code unavailable}.
   */
  record CheckArrangement() implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("eligible", "not-eligible", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return identified(session).map(PortCall.CheckArrangement::new);
    }
  }

  /**
   * Works out instalments for the number the caller keyed (a session value), from what {@link
   * CheckArrangement} stored: {@code ok} (stores {@code arr-count}, {@code arr-instalment-cents},
   * {@code arr-first-date}) or {@code out-of-range}.
   */
  record QuoteInstalments(String variable) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("ok", "out-of-range");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return Optional.of(
          new PortCall.QuoteInstalments(
              session.value(variable).orElse(""),
              session.value("arr-past-due-cents").orElse("0"),
              session.value("arr-first-bill-due").orElse(""),
              session.value("arr-fewest").orElse("2"),
              session.value("arr-most").orElse("6")));
    }
  }

  /**
   * Makes the extension (to {@code arr-extension-days}) or the instalments ({@code arr-count}):
   * {@code made} (stores {@code arr-disconnect-cancelled}), {@code not-eligible}, {@code refused}
   * or {@code unavailable}.
   */
  record MakeArrangement(ArrangementKind kind) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("made", "not-eligible", "refused", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      String countVariable = kind == ArrangementKind.EXTENSION ? "arr-extension-days" : "arr-count";
      Optional<Integer> count = session.value(countVariable).map(Integer::parseInt);
      if (count.isEmpty()) {
        return Optional.empty();
      }
      return identified(session)
          .map(
              account ->
                  new PortCall.MakeArrangement(
                      session.call(), session.contact(), account, kind, count.get()));
    }
  }

  /**
   * Sends a one-time link to reset the online account's password: {@code sent} (stores {@code
   * reset-phone-last4} for a text message), {@code no-destination}, {@code limited}, {@code failed}
   * or {@code unavailable}.
   */
  record SendPasswordReset(ResetChannel channel) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("sent", "no-destination", "limited", "failed", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return identified(session)
          .map(
              account ->
                  new PortCall.SendPasswordReset(
                      session.call(), session.contact(), account, channel, session.language()));
    }
  }

  /**
   * Whether the account may join a program by phone: {@code eligible} (stores {@code budget-cents}
   * for Budget Billing), {@code enrolled}, {@code needs-agent}, {@code not-eligible} or {@code
   * unavailable}.
   */
  record CheckProgram(Program program) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("eligible", "enrolled", "needs-agent", "not-eligible", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return identified(session).map(account -> new PortCall.CheckProgram(account, program));
    }
  }

  /**
   * Enrols the account: {@code enrolled}, {@code already}, {@code not-eligible}, or {@code
   * unavailable}.
   */
  record EnrolProgram(Program program) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("enrolled", "already", "not-eligible", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return identified(session)
          .map(account -> new PortCall.EnrolProgram(session.contact(), account, program));
    }
  }

  /**
   * Reports an outage of a service at the account's service address: {@code reported} (stores
   * {@code outage-reference}, {@code outage-known}, and {@code outage-hours} when crews gave a
   * restoration time) or {@code unavailable}.
   */
  record ReportOutage(UtilityService service) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("reported", "unavailable");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return session
          .account()
          .map(
              account ->
                  new PortCall.ReportOutage(session.call(), session.contact(), account, service));
    }
  }

  /**
   * Where the waiting caller stands: {@code known} (stores {@code queue-position}, {@code
   * wait-minutes}) or {@code unknown}.
   */
  record EstimateWait() implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("known", "unknown");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return Optional.of(new PortCall.EstimateWait(session.contact()));
    }
  }

  /**
   * The number a callback would go to: the phone on file of the identified account, else the
   * caller's number: {@code found} (stores {@code callback-number}, {@code callback-last4}) or
   * {@code none}.
   */
  record FindCallbackNumber() implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("found", "none");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return Optional.of(new PortCall.FindCallbackNumber(session.account(), session.caller()));
    }
  }

  /**
   * Asks routing to call the waiting caller back at a number (a session value: {@code
   * callback-number}, or a ten-digit number the caller keyed), keeping their place: {@code
   * scheduled} (stores {@code callback-last4}), {@code invalid} (not a phone number) or {@code
   * refused}.
   */
  record RequestCallback(String numberVariable) implements Operation {
    @Override
    public Set<String> outcomes() {
      return Set.of("scheduled", "invalid", "refused");
    }

    @Override
    public Optional<PortCall> call(Session session, Optional<SensitiveDigits> masked) {
      return Optional.of(
          new PortCall.RequestCallback(
              session.contact(), session.value(numberVariable).orElse(""), session.language()));
    }
  }

  /** The number of this call's next payment attempt, from 1 (its idempotency key). */
  private static int nextAttempt(Session session) {
    return session.value("pay-attempt").map(Integer::parseInt).orElse(0) + 1;
  }

  /** How many payments were declined in this call so far. */
  private static int declines(Session session) {
    return session.value("pay-declines").map(Integer::parseInt).orElse(0);
  }

  /** The account the caller is identified with, if verified. */
  private static Optional<org.cityline.accounts.AccountNumber> identified(Session session) {
    return session.verified() ? session.account() : Optional.empty();
  }
}
