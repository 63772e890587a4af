package org.cityline.accounts.payments.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.payments.CardBrand;
import org.cityline.accounts.payments.EntryResult;
import org.cityline.accounts.payments.GatewayResult;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentChecks;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.PaymentGateway;
import org.cityline.accounts.payments.PaymentToken;
import org.cityline.accounts.payments.SensitiveDigits;

/**
 * A payment gateway for demos and tests that behaves like a processor's test mode: it checks what a
 * processor checks (Luhn, brand, expiry, security code length, ABA checksum), answers with tokens,
 * charges idempotently by key, and approves, declines or fails according to {@link SandboxNumbers}.
 * It keeps no digits, only what it needs to answer ({@link SandboxMethod}), in the accounts
 * database, so every node sees the same tokens and charges.
 */
public final class SandboxGateway implements PaymentGateway {

  /** How long a token lives after its first detail. */
  public static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  private final SandboxRecords records;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public SandboxGateway(SandboxRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  @Override
  public EntryResult enter(
      Optional<PaymentToken> token, PaymentField field, SensitiveDigits digits) {
    return switch (field) {
      case CARD_NUMBER -> startCard(digits);
      case ROUTING_NUMBER -> startBank(digits);
      default -> add(token, field, digits);
    };
  }

  @Override
  public Optional<EntryResult.Accepted> describe(PaymentToken token) {
    return live(token).map(SandboxGateway::accepted);
  }

  @Override
  public GatewayResult charge(IdempotencyKey key, PaymentToken token, Money amount) {
    Optional<GatewayResult> earlier = records.charge(key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Optional<SandboxMethod> method = live(token);
    GatewayResult result;
    if (method.isEmpty()) {
      result = new GatewayResult.Unavailable("the payment details have expired");
    } else if (!method.get().complete()) {
      result = new GatewayResult.Declined("the payment details are not complete");
    } else {
      result = outcome(method.get());
    }
    if (!records.saveCharge(key, token, amount, result, clock.instant())) {
      return records.charge(key).orElseThrow();
    }
    if (method.isPresent() && method.get().behaviour() == SandboxBehaviour.LOSE_ANSWER) {
      throw new IllegalStateException("sandbox: the charge went through but its answer was lost");
    }
    return result;
  }

  @Override
  public Optional<GatewayResult> find(IdempotencyKey key) {
    return records.charge(key);
  }

  private EntryResult startCard(SensitiveDigits number) {
    return switch (PaymentChecks.cardNumber(number)) {
      case PaymentChecks.CardCheck.Refused refused -> new EntryResult.Invalid(refused.reason());
      case PaymentChecks.CardCheck.Accepted accepted ->
          create(
              PaymentMethod.CARD,
              Optional.of(accepted.brand()),
              number.lastFour(),
              SandboxNumbers.ofCard(number),
              PaymentField.CARD_NUMBER);
    };
  }

  private EntryResult startBank(SensitiveDigits routing) {
    Optional<String> problem = PaymentChecks.routingNumber(routing);
    if (problem.isPresent()) {
      return new EntryResult.Invalid(problem.get());
    }
    return create(
        PaymentMethod.BANK,
        Optional.empty(),
        routing.lastFour(),
        SandboxBehaviour.APPROVE,
        PaymentField.ROUTING_NUMBER);
  }

  private EntryResult create(
      PaymentMethod method,
      Optional<CardBrand> brand,
      String lastFour,
      SandboxBehaviour behaviour,
      PaymentField first) {
    SandboxMethod created =
        new SandboxMethod(
            newToken(), method, brand, lastFour, behaviour, EnumSet.of(first), clock.instant());
    records.save(created);
    return accepted(created);
  }

  private EntryResult add(
      Optional<PaymentToken> token, PaymentField field, SensitiveDigits digits) {
    Optional<SandboxMethod> found = token.flatMap(this::live);
    if (found.isEmpty()) {
      return new EntryResult.Unavailable("the payment details have expired; start again");
    }
    SandboxMethod method = found.get();
    if (method.method() != field.method()) {
      return new EntryResult.Invalid("that detail does not belong to a " + method.method());
    }
    Optional<String> problem = problem(method, field, digits);
    if (problem.isPresent()) {
      return new EntryResult.Invalid(problem.get());
    }
    SandboxMethod updated =
        method.with(
            field, behaviourAfter(method, field, digits), lastFourAfter(method, field, digits));
    records.save(updated);
    return accepted(updated);
  }

  private Optional<String> problem(
      SandboxMethod method, PaymentField field, SensitiveDigits digits) {
    LocalDate today = LocalDate.now(clock);
    return switch (field) {
      case CARD_EXPIRY -> PaymentChecks.expiry(digits, today);
      case CARD_SECURITY_CODE -> PaymentChecks.securityCode(digits, method.brand().orElseThrow());
      case BILLING_ZIP -> PaymentChecks.billingZip(digits);
      case BANK_ACCOUNT_NUMBER -> PaymentChecks.bankAccountNumber(digits);
      case CARD_NUMBER, ROUTING_NUMBER ->
          throw new IllegalArgumentException(field + " starts a new payment method");
    };
  }

  private static SandboxBehaviour behaviourAfter(
      SandboxMethod method, PaymentField field, SensitiveDigits digits) {
    if (field == PaymentField.BANK_ACCOUNT_NUMBER) {
      return SandboxNumbers.ofBankAccount(digits);
    }
    if (field == PaymentField.BILLING_ZIP && digits.matches(SandboxNumbers.ZIP_MISMATCH)) {
      return SandboxBehaviour.DECLINE_ZIP;
    }
    return method.behaviour();
  }

  private static String lastFourAfter(
      SandboxMethod method, PaymentField field, SensitiveDigits digits) {
    return field == PaymentField.BANK_ACCOUNT_NUMBER
        ? padded(digits.lastFour())
        : method.lastFour();
  }

  private static String padded(String lastFour) {
    return "0".repeat(4 - lastFour.length()) + lastFour;
  }

  private static GatewayResult outcome(SandboxMethod method) {
    boolean card = method.method() == PaymentMethod.CARD;
    return switch (method.behaviour()) {
      case APPROVE, LOSE_ANSWER -> new GatewayResult.Charged("sbx_ch_" + method.token().value());
      case DECLINE ->
          new GatewayResult.Declined(
              card ? "the card was declined" : "the bank declined the payment");
      case DECLINE_FUNDS -> new GatewayResult.Declined("insufficient funds");
      case DECLINE_ZIP ->
          new GatewayResult.Declined("the billing ZIP code does not match the card");
      case FAIL -> new GatewayResult.Unavailable("the payment processor is not responding");
    };
  }

  private Optional<SandboxMethod> live(PaymentToken token) {
    return records
        .find(token)
        .filter(m -> m.createdAt().plus(TOKEN_LIFETIME).isAfter(clock.instant()));
  }

  private static EntryResult.Accepted accepted(SandboxMethod method) {
    return new EntryResult.Accepted(
        method.token(), method.method(), method.lastFour(), method.brand(), method.complete());
  }

  private PaymentToken newToken() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder token = new StringBuilder("pm_sbx_");
    for (int i = 0; i < 20; i++) {
      token.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return new PaymentToken(token.toString());
  }
}
