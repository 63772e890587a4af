package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.Instalment;
import org.cityline.accounts.Money;
import org.cityline.accounts.PaymentArrangement;
import org.cityline.accounts.Program;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.arrangements.ArrangementEligibility;
import org.cityline.accounts.arrangements.ArrangementOutcome;
import org.cityline.accounts.arrangements.ArrangementRequest;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.outages.KnownOutage;
import org.cityline.accounts.outages.OutageReportOutcome;
import org.cityline.accounts.outages.OutageReportRequest;
import org.cityline.accounts.programs.EnrolmentOutcome;
import org.cityline.accounts.programs.EnrolmentRequest;
import org.cityline.accounts.programs.ProgramEligibility;
import org.cityline.common.ContactId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Arrangements, extensions, program enrolment and outage reports: made once, audited. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccountChangesContract {

  private static final Optional<ContactId> CONTACT = Optional.of(new ContactId("changes-1"));

  private SelfServiceFixture city;

  abstract StoreEngine engine();

  @BeforeAll
  void city() {
    city = new SelfServiceFixture(engine());
  }

  private AccountNumber eligibleForArrangement() {
    return city.account(
        s ->
            city.services.arrangements().eligibility(s.number())
                instanceof ArrangementEligibility.Eligible);
  }

  private ArrangementRequest arrangement(
      String key, AccountNumber account, ArrangementKind kind, int count) {
    return new ArrangementRequest(key, account, kind, count, CONTACT, "ivr", city.clock.instant());
  }

  @Test
  void anExtensionIsMadeOnceAuditedAndCallsOffThePendingDisconnect() {
    AccountNumber account =
        city.account(
            s ->
                s.pendingDisconnect().isPresent()
                    && city.services.arrangements().eligibility(s.number())
                        instanceof ArrangementEligibility.Eligible);
    Money pastDue = city.summary(account).pastDue();
    ArrangementRequest request =
        arrangement("ivr:sim/ext-1:arrangement", account, ArrangementKind.EXTENSION, 10);

    ArrangementOutcome.Made made =
        (ArrangementOutcome.Made) city.services.arrangements().make(request);

    PaymentArrangement arrangement = made.arrangement();
    assertThat(arrangement.kind()).isEqualTo(ArrangementKind.EXTENSION);
    assertThat(arrangement.total()).isEqualTo(pastDue);
    assertThat(arrangement.instalments())
        .containsExactly(
            new Instalment(
                1,
                city.clock.instant().atZone(city.clock.getZone()).toLocalDate().plusDays(10),
                pastDue,
                Optional.empty()));
    assertThat(made.disconnectCancelled()).isTrue();
    assertThat(city.summary(account).pendingDisconnect()).isEmpty();
    assertThat(city.summary(account).inArrangement()).isTrue();
    assertThat(city.notifier.told).anyMatch(n -> n.account().equals(account));
    assertThat(city.store.audit().forAccount(account, 5))
        .extracting(AuditEntry::action)
        .contains("arrangement-made", "disconnect-cancelled");

    assertThat(city.services.arrangements().make(request)).isEqualTo(made);
    assertThat(
            city.count(
                "SELECT COUNT(*) FROM payment_arrangement WHERE account_number = '"
                    + account.value()
                    + "' AND status = 'ACTIVE'"))
        .isEqualTo(1);
    assertThat(city.services.arrangements().eligibility(account))
        .isEqualTo(
            new ArrangementEligibility.NotEligible(ArrangementEligibility.Reason.ALREADY_ARRANGED));
  }

  @Test
  void instalmentsSplitThePastDueOverTheNextBills() {
    AccountNumber account = eligibleForArrangement();
    Money pastDue = city.summary(account).pastDue();

    ArrangementOutcome.Made made =
        (ArrangementOutcome.Made)
            city.services
                .arrangements()
                .make(
                    arrangement(
                        "ivr:sim/inst-1:arrangement", account, ArrangementKind.INSTALMENTS, 4));

    assertThat(made.arrangement().instalments()).hasSize(4);
    assertThat(
            made.arrangement().instalments().stream()
                .map(Instalment::amount)
                .reduce(Money.ZERO, Money::plus))
        .isEqualTo(pastDue);
  }

  @Test
  void requestsOutsideTheRulesChangeNothing() {
    AccountNumber account = eligibleForArrangement();

    assertThat(
            city.services
                .arrangements()
                .make(
                    arrangement(
                        "ivr:sim/bad-1:arrangement", account, ArrangementKind.INSTALMENTS, 7)))
        .isEqualTo(new ArrangementOutcome.Refused("an arrangement has 2 to 6 instalments"));
    assertThat(
            city.services
                .arrangements()
                .make(
                    arrangement(
                        "ivr:sim/bad-2:arrangement", account, ArrangementKind.EXTENSION, 11)))
        .isInstanceOf(ArrangementOutcome.Refused.class);
    AccountNumber current = city.account(s -> !s.pastDue().isPositive() && !s.inArrangement());
    assertThat(
            city.services
                .arrangements()
                .make(
                    arrangement(
                        "ivr:sim/bad-3:arrangement", current, ArrangementKind.EXTENSION, 5)))
        .isEqualTo(
            new ArrangementOutcome.NotEligible(ArrangementEligibility.Reason.NOTHING_PAST_DUE));
    assertThat(city.services.arrangements().eligibility(new AccountNumber("9999999999")))
        .isEqualTo(
            new ArrangementEligibility.NotEligible(ArrangementEligibility.Reason.UNKNOWN_ACCOUNT));
    assertThat(city.summary(account).inArrangement()).isFalse();
  }

  @Test
  void ebillAndBudgetBillingAreJoinedOnceAndAudited() {
    AccountNumber account = DemoCity.SHOWCASE_ENGLISH.account();

    assertThat(city.services.programs().eligibility(account, Program.EBILL))
        .isEqualTo(new ProgramEligibility.AlreadyEnrolled());
    ProgramEligibility budget =
        city.services.programs().eligibility(account, Program.BUDGET_BILLING);
    assertThat(budget).isInstanceOf(ProgramEligibility.Eligible.class);

    EnrolmentOutcome enrolled =
        city.services
            .programs()
            .enrol(
                new EnrolmentRequest(
                    account, Program.BUDGET_BILLING, CONTACT, "ivr", city.clock.instant()));

    assertThat(enrolled).isInstanceOf(EnrolmentOutcome.Enrolled.class);
    assertThat(((EnrolmentOutcome.Enrolled) enrolled).enrolment().budgetAmount())
        .isEqualTo(((ProgramEligibility.Eligible) budget).budgetAmount());
    assertThat(city.summary(account).programs()).contains(Program.BUDGET_BILLING);
    assertThat(city.store.audit().forAccount(account, 3))
        .extracting(AuditEntry::action)
        .contains("program-enrolled");
    assertThat(
            city.services
                .programs()
                .enrol(
                    new EnrolmentRequest(
                        account, Program.BUDGET_BILLING, CONTACT, "ivr", city.clock.instant())))
        .isEqualTo(new EnrolmentOutcome.AlreadyEnrolled());
    assertThat(
            city.services
                .programs()
                .enrol(
                    new EnrolmentRequest(
                        account, Program.SUREPAY, CONTACT, "ivr", city.clock.instant())))
        .isInstanceOf(EnrolmentOutcome.NotEligible.class);
  }

  @Test
  void anOutageReportHasAReferenceAndHearsOfKnownOutagesInTheArea() {
    AccountNumber account = DemoCity.SHOWCASE_SPANISH.account();
    String zip = city.summary(account).serviceAddress().zip();
    Instant now = city.clock.instant();
    KnownOutage known =
        city.services
            .outages()
            .declare(
                UtilityService.ELECTRIC,
                zip,
                now.minus(Duration.ofHours(1)),
                Optional.of(now.plus(Duration.ofHours(3))),
                "storm damage to a feeder line");
    OutageReportRequest request =
        new OutageReportRequest(
            "ivr:sim/out-1:outage", account, UtilityService.ELECTRIC, CONTACT, "ivr", now);

    OutageReportOutcome.Reported reported =
        (OutageReportOutcome.Reported) city.services.outages().report(request);

    assertThat(reported.reference()).matches("[1-9][0-9]{7}");
    assertThat(reported.known()).containsExactly(known);
    assertThat(city.services.outages().report(request)).isEqualTo(reported);
    assertThat(
            city.count(
                "SELECT COUNT(*) FROM outage_report WHERE account_number = '"
                    + account.value()
                    + "'"))
        .isEqualTo(1);
    assertThat(city.store.audit().forAccount(account, 3))
        .extracting(AuditEntry::action)
        .contains("outage-reported");
    OutageReportOutcome.Reported water =
        (OutageReportOutcome.Reported)
            city.services
                .outages()
                .report(
                    new OutageReportRequest(
                        "ivr:sim/out-2:outage",
                        account,
                        UtilityService.WATER,
                        CONTACT,
                        "ivr",
                        now));
    assertThat(water.known()).as("the known outage is electric").isEmpty();

    assertThat(city.services.outages().resolve(known.id(), now)).isTrue();
    assertThat(city.services.outages().resolve(known.id(), now)).isFalse();
    assertThat(city.services.outages().known(zip)).isEmpty();
    assertThat(city.services.outages().known("8710")).isEmpty();
    assertThat(
            city.services
                .outages()
                .report(
                    new OutageReportRequest(
                        "ivr:sim/out-3:outage",
                        new AccountNumber("9999999999"),
                        UtilityService.WATER,
                        CONTACT,
                        "ivr",
                        now)))
        .isEqualTo(new OutageReportOutcome.UnknownAccount());
  }
}
