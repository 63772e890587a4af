package org.cityline.ivr.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Program;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.arrangements.ArrangementEligibility;
import org.cityline.accounts.arrangements.ArrangementOutcome;
import org.cityline.accounts.arrangements.ArrangementPolicy;
import org.cityline.accounts.arrangements.ArrangementRequest;
import org.cityline.accounts.arrangements.Arrangements;
import org.cityline.accounts.online.OnlineAccounts;
import org.cityline.accounts.online.PasswordResetOutcome;
import org.cityline.accounts.online.PasswordResetRequest;
import org.cityline.accounts.outages.KnownOutage;
import org.cityline.accounts.outages.OutageReportOutcome;
import org.cityline.accounts.outages.OutageReportRequest;
import org.cityline.accounts.outages.Outages;
import org.cityline.accounts.payments.EntryResult;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.PaymentLimits;
import org.cityline.accounts.payments.PaymentOutcome;
import org.cityline.accounts.payments.PaymentPort;
import org.cityline.accounts.payments.PaymentRequest;
import org.cityline.accounts.payments.PaymentToken;
import org.cityline.accounts.payments.SensitiveDigits;
import org.cityline.accounts.programs.EnrolmentOutcome;
import org.cityline.accounts.programs.EnrolmentRequest;
import org.cityline.accounts.programs.ProgramEligibility;
import org.cityline.accounts.programs.Programs;

/**
 * Account-change ports for tests that do not change accounts: every method fails, as a store that
 * is down would, so the IVR's "records unavailable" paths run if a test strays there.
 */
public final class NoAccountChanges
    implements PaymentPort, Arrangements, Programs, Outages, OnlineAccounts {

  private static IllegalStateException down() {
    return new IllegalStateException("account changes are not part of this test");
  }

  @Override
  public EntryResult enter(
      Optional<PaymentToken> token, PaymentField field, SensitiveDigits digits) {
    digits.wipe();
    throw down();
  }

  @Override
  public PaymentOutcome pay(PaymentRequest request) {
    throw down();
  }

  @Override
  public Optional<PaymentOutcome> outcome(IdempotencyKey key) {
    throw down();
  }

  @Override
  public PaymentLimits limits() {
    return PaymentLimits.defaults();
  }

  @Override
  public ArrangementEligibility eligibility(AccountNumber account) {
    throw down();
  }

  @Override
  public ArrangementOutcome make(ArrangementRequest request) {
    throw down();
  }

  @Override
  public ArrangementPolicy policy() {
    return ArrangementPolicy.defaults();
  }

  @Override
  public ProgramEligibility eligibility(AccountNumber account, Program program) {
    throw down();
  }

  @Override
  public EnrolmentOutcome enrol(EnrolmentRequest request) {
    throw down();
  }

  @Override
  public List<KnownOutage> known(String zip) {
    throw down();
  }

  @Override
  public OutageReportOutcome report(OutageReportRequest request) {
    throw down();
  }

  @Override
  public KnownOutage declare(
      UtilityService service,
      String zip,
      Instant startedAt,
      Optional<Instant> estimatedRestoration,
      String cause) {
    throw down();
  }

  @Override
  public boolean resolve(long outageId, Instant at) {
    throw down();
  }

  @Override
  public PasswordResetOutcome sendPasswordReset(PasswordResetRequest request) {
    throw down();
  }

  @Override
  public Optional<AccountNumber> redeem(String token, Instant at) {
    throw down();
  }
}
