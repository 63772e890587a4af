package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.desk.AccountType;
import org.cityline.accounts.desk.AgentAccountWork;
import org.cityline.accounts.desk.BillAdjustmentRequest;
import org.cityline.accounts.desk.DeskChange;
import org.cityline.accounts.desk.LandlordAgreementRequest;
import org.cityline.accounts.desk.MailingAddress;
import org.cityline.accounts.desk.ServiceOrderRequest;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Agents' account changes: audited with their contact, refusals change nothing. */
abstract class AgentWorkContract {

  private static final Optional<ContactId> CONTACT = Optional.of(new ContactId("c-77"));
  private static final AccountNumber ACCOUNT = DemoCity.SHOWCASE_ENGLISH.account();

  abstract StoreEngine engine();

  private DataSource database;
  private SelfServiceFixture.RecordingNotifier field;
  private AgentAccountWork work;
  private AccountsStore store;
  private Instant now;

  @BeforeEach
  void openAFreshCity() {
    database = engine().blank();
    AccountsDatabase.migrate(database);
    DemoCity.seedIfEmpty(
        database, DemoCityDatabase.CLOCK, DemoCity.DEFAULT_SEED, MigrationAndSeedContract.SMALL);
    field = new SelfServiceFixture.RecordingNotifier();
    work =
        AccountsDatabase.openAgentWork(
            database, DemoCityDatabase.CLOCK, Money.parse("100.00"), field);
    store = AccountsDatabase.open(database, DemoCityDatabase.CLOCK);
    now = DemoCityDatabase.CLOCK.instant();
  }

  private AccountSummary account() {
    return store.customers().findByNumber(ACCOUNT).orElseThrow();
  }

  private java.util.List<String> audited() {
    return store.audit().forAccount(ACCOUNT, 20).stream().map(AuditEntry::action).toList();
  }

  private int rows(String table) {
    return Jdbi.create(database)
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
  }

  @Test
  void aSmallCreditIsAppliedAtOnceAndLowersTheBalance() {
    Money before = account().balance();

    DeskChange change =
        work.adjustBill(
            new BillAdjustmentRequest(
                ACCOUNT, Money.parse("25.00"), "Misread meter", CONTACT, "rep", now));

    assertThat(change).isInstanceOf(DeskChange.Done.class);
    assertThat(account().balance()).isEqualTo(before.minus(Money.parse("25.00")));
    assertThat(store.audit().forAccount(ACCOUNT, 1).getFirst().contact()).isEqualTo(CONTACT);
    assertThat(audited()).contains("adjustment-applied");
  }

  @Test
  void aLargeCreditWaitsForASupervisorAndChangesNothingUntilApproved() {
    Money before = account().balance();

    DeskChange change =
        work.adjustBill(
            new BillAdjustmentRequest(
                ACCOUNT, Money.parse("250.00"), "Leak allowance", CONTACT, "rep", now));

    assertThat(change).isInstanceOf(DeskChange.AwaitingApproval.class);
    assertThat(account().balance()).isEqualTo(before);
    long request = ((DeskChange.AwaitingApproval) change).request();
    assertThat(work.pendingApprovals(10))
        .singleElement()
        .satisfies(
            pending -> {
              assertThat(pending.id()).isEqualTo(request);
              assertThat(pending.requestedBy()).isEqualTo("rep");
              assertThat(pending.contact()).isEqualTo(CONTACT);
            });

    assertThat(work.decide(request, true, Role.REPRESENTATIVE, "rep", now))
        .isInstanceOf(DeskChange.Refused.class);
    assertThat(account().balance()).isEqualTo(before);

    assertThat(work.decide(request, true, Role.SUPERVISOR, "sup", now))
        .isInstanceOf(DeskChange.Done.class);
    assertThat(account().balance()).isEqualTo(before.minus(Money.parse("250.00")));
    assertThat(work.pendingApprovals(10)).isEmpty();
    assertThat(work.decide(request, false, Role.SUPERVISOR, "sup", now))
        .isInstanceOf(DeskChange.Refused.class);
    assertThat(audited()).contains("adjustment-requested", "adjustment-approved");
  }

  @Test
  void aConfiguredThresholdIsInclusiveAndOneCentAboveItWaitsForASupervisor() {
    AgentAccountWork configured =
        AccountsDatabase.openAgentWork(
            database, DemoCityDatabase.CLOCK, Money.parse("250.00"), field);
    Money before = account().balance();

    DeskChange atThreshold =
        configured.adjustBill(
            new BillAdjustmentRequest(
                ACCOUNT, Money.parse("250.00"), "Leak allowance", CONTACT, "rep", now));
    DeskChange oneCentAbove =
        configured.adjustBill(
            new BillAdjustmentRequest(
                ACCOUNT, Money.parse("250.01"), "Leak allowance", CONTACT, "rep", now));

    assertThat(configured.approvalThreshold()).isEqualTo(Money.parse("250.00"));
    assertThat(atThreshold).isInstanceOf(DeskChange.Done.class);
    assertThat(oneCentAbove).isInstanceOf(DeskChange.AwaitingApproval.class);
    assertThat(account().balance()).isEqualTo(before.minus(Money.parse("250.00")));
    assertThat(configured.pendingApprovals(10))
        .singleElement()
        .satisfies(pending -> assertThat(pending.amount()).isEqualTo(Money.parse("250.01")));
  }

  @Test
  void aZeroThresholdSendsEveryCreditToASupervisor() {
    AgentAccountWork strict =
        AccountsDatabase.openAgentWork(database, DemoCityDatabase.CLOCK, Money.ZERO, field);
    Money before = account().balance();

    assertThat(
            strict.adjustBill(
                new BillAdjustmentRequest(
                    ACCOUNT, Money.parse("0.01"), "Rounding", CONTACT, "rep", now)))
        .isInstanceOf(DeskChange.AwaitingApproval.class);
    assertThat(account().balance()).isEqualTo(before);
  }

  @Test
  void aDeniedCreditIsNeverApplied() {
    Money before = account().balance();
    long request =
        ((DeskChange.AwaitingApproval)
                work.adjustBill(
                    new BillAdjustmentRequest(
                        ACCOUNT, Money.parse("500.00"), "Goodwill", CONTACT, "rep", now)))
            .request();

    assertThat(work.decide(request, false, Role.SUPERVISOR, "sup", now))
        .isInstanceOf(DeskChange.Done.class);

    assertThat(account().balance()).isEqualTo(before);
    assertThat(work.appliedAdjustments(ACCOUNT)).isEmpty();
  }

  @Test
  void badAdjustmentsAreRefusedBeforeTheyReachTheDatabase() {
    int before = rows("bill_adjustment");
    assertThatThrownBy(
            () -> new BillAdjustmentRequest(ACCOUNT, Money.ZERO, "x", CONTACT, "rep", now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new BillAdjustmentRequest(
                    ACCOUNT, Money.parse("1.00"), "x".repeat(2001), CONTACT, "rep", now))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            work.adjustBill(
                new BillAdjustmentRequest(
                    new AccountNumber("9999999999"),
                    Money.parse("1.00"),
                    "x",
                    CONTACT,
                    "rep",
                    now)))
        .isInstanceOf(DeskChange.Refused.class);
    assertThat(rows("bill_adjustment")).isEqualTo(before);
  }

  @Test
  void aRepresentativeCannotCancelASurePayBankDraftButASpecialistCan() {
    Jdbi.create(database)
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO program_enrolment (account_number, program, enrolled_on)"
                        + " VALUES (?, 'SUREPAY', ?)",
                    ACCOUNT.value(),
                    LocalDate.now(DemoCityDatabase.CLOCK).minusDays(100)));

    assertThat(
            work.cancelProgram(ACCOUNT, Program.SUREPAY, Role.REPRESENTATIVE, CONTACT, "rep", now))
        .isInstanceOf(DeskChange.Refused.class);
    assertThat(account().programs()).contains(Program.SUREPAY);

    assertThat(work.cancelProgram(ACCOUNT, Program.SUREPAY, Role.SPECIALIST, CONTACT, "spec", now))
        .isInstanceOf(DeskChange.Done.class);
    assertThat(account().programs()).doesNotContain(Program.SUREPAY);
    assertThat(audited()).contains("program-cancelled");
    assertThat(work.cancelProgram(ACCOUNT, Program.SUREPAY, Role.SPECIALIST, CONTACT, "spec", now))
        .isInstanceOf(DeskChange.Refused.class);
  }

  @Test
  void theDemoCityHasLandlordAgreementsOnItsRentals() {
    assertThat(work.landlordAgreement(DemoCity.SHOWCASE_SHARED_PHONE_RENTAL.account()))
        .hasValueSatisfying(
            agreement -> {
              assertThat(agreement.landlord()).isEqualTo("Daniel Ortega");
              assertThat(agreement.landlordPhone()).isEqualTo(DemoCity.SHOWCASE_SHARED_PHONE);
            });
    assertThat(rows("landlord_agreement")).isEqualTo(3);
    assertThat(work.landlordAgreement(ACCOUNT)).isEmpty();
    assertThat(
            store
                .customers()
                .findByNumber(DemoCity.SHOWCASE_SHARED_PHONE_RENTAL.account())
                .orElseThrow()
                .landlord())
        .as("the summary a screen pop shows names the landlord")
        .contains("Daniel Ortega");
    assertThat(account().landlord()).isEmpty();
  }

  @Test
  void aLandlordAgreementIsMadeOnceAuditedWithTheContact() {
    DeskChange made =
        work.enrolLandlordAgreement(
            new LandlordAgreementRequest(
                ACCOUNT,
                "  Mesa Verde Homes & Co.  ",
                new PhoneNumber("+15055550190"),
                CONTACT,
                "rep",
                now));

    assertThat(made).isInstanceOf(DeskChange.Done.class);
    assertThat(work.landlordAgreement(ACCOUNT))
        .hasValueSatisfying(
            agreement -> {
              assertThat(agreement.landlord()).isEqualTo("Mesa Verde Homes & Co.");
              assertThat(agreement.since()).isEqualTo(LocalDate.now(DemoCityDatabase.CLOCK));
            });
    AuditEntry entry = store.audit().forAccount(ACCOUNT, 1).getFirst();
    assertThat(entry.action()).isEqualTo("landlord-agreement-made");
    assertThat(entry.contact()).isEqualTo(CONTACT);
    assertThat(entry.actor()).isEqualTo("rep");

    int before = rows("landlord_agreement");
    assertThat(
            work.enrolLandlordAgreement(
                new LandlordAgreementRequest(
                    ACCOUNT, "Someone Else", new PhoneNumber("+15055550191"), CONTACT, "rep", now)))
        .isInstanceOf(DeskChange.Refused.class);
    assertThat(
            work.enrolLandlordAgreement(
                new LandlordAgreementRequest(
                    new AccountNumber("9999999999"),
                    "Someone Else",
                    new PhoneNumber("+15055550191"),
                    CONTACT,
                    "rep",
                    now)))
        .isInstanceOf(DeskChange.Refused.class);
    assertThat(rows("landlord_agreement")).isEqualTo(before);
  }

  @Test
  void badLandlordNamesAreRefusedBeforeTheyReachTheDatabase() {
    for (String bad :
        new String[] {"", "   ", "<script>alert(1)</script>", "x".repeat(81), "12345", "A"}) {
      assertThatThrownBy(
              () ->
                  new LandlordAgreementRequest(
                      ACCOUNT, bad, new PhoneNumber("+15055550190"), CONTACT, "rep", now))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aRepresentativeCannotEndALandlordAgreementButASpecialistCan() {
    AccountNumber rental = DemoCity.SHOWCASE_SHARED_PHONE_RENTAL.account();
    int audits = store.audit().forAccount(rental, 50).size();

    assertThat(work.cancelLandlordAgreement(rental, Role.REPRESENTATIVE, CONTACT, "rep", now))
        .isInstanceOf(DeskChange.Refused.class)
        .asString()
        .contains("Only a specialist");
    assertThat(work.landlordAgreement(rental)).isPresent();
    assertThat(store.audit().forAccount(rental, 50)).hasSize(audits);

    assertThat(work.cancelLandlordAgreement(rental, Role.SPECIALIST, CONTACT, "spec", now))
        .isInstanceOf(DeskChange.Done.class);
    assertThat(work.landlordAgreement(rental)).isEmpty();
    assertThat(store.customers().findByNumber(rental).orElseThrow().landlord()).isEmpty();
    AuditEntry entry = store.audit().forAccount(rental, 1).getFirst();
    assertThat(entry.action()).isEqualTo("landlord-agreement-ended");
    assertThat(entry.contact()).isEqualTo(CONTACT);
    assertThat(entry.actor()).isEqualTo("spec");
    assertThat(work.cancelLandlordAgreement(rental, Role.SPECIALIST, CONTACT, "spec", now))
        .isInstanceOf(DeskChange.Refused.class);
    assertThat(rows("landlord_agreement")).isEqualTo(3);
  }

  @Test
  void aSupervisorMayEndALandlordAgreementToo() {
    AccountNumber rental = DemoCity.SHOWCASE_SHARED_PHONE_RENTAL.account();
    assertThat(work.cancelLandlordAgreement(rental, Role.SUPERVISOR, CONTACT, "sup", now))
        .isInstanceOf(DeskChange.Done.class);
  }

  @Test
  void aServiceOrderIsOpenedWithItsNoteAndFieldStaffAreTold() {
    LocalDate tomorrow = LocalDate.now(DemoCityDatabase.CLOCK).plusDays(1);

    DeskChange change =
        work.openServiceOrder(
            new ServiceOrderRequest(
                ACCOUNT,
                ServiceOrderType.METER_TEST,
                UtilityService.WATER,
                tomorrow,
                "Customer reports meter spinning with taps off.",
                CONTACT,
                "rep",
                now));

    assertThat(change).isInstanceOf(DeskChange.Done.class);
    assertThat(field.told)
        .singleElement()
        .satisfies(
            told -> {
              assertThat(told.kind()).isEqualTo(JdbcAgentAccountWork.ORDER_OPENED);
              assertThat(told.message()).contains("METER_TEST", "meter spinning");
              assertThat(told.contact()).isEqualTo(CONTACT);
            });
    assertThat(audited()).contains("service-order-opened");
  }

  @Test
  void aServiceOrderInThePastIsRefusedAndNothingIsOpened() {
    int before = rows("service_order");

    DeskChange change =
        work.openServiceOrder(
            new ServiceOrderRequest(
                ACCOUNT,
                ServiceOrderType.TURN_OFF,
                UtilityService.ELECTRIC,
                LocalDate.now(DemoCityDatabase.CLOCK).minusDays(1),
                "Moving out.",
                CONTACT,
                "rep",
                now));

    assertThat(change).isInstanceOf(DeskChange.Refused.class);
    assertThat(rows("service_order")).isEqualTo(before);
    assertThat(field.told).isEmpty();
  }

  @Test
  void theDueDayChangesAndBadDaysAreRefused() {
    assertThat(work.changeDueDay(ACCOUNT, 29, CONTACT, "rep", now))
        .isInstanceOf(DeskChange.Refused.class);
    assertThat(work.changeDueDay(ACCOUNT, 15, CONTACT, "rep", now))
        .isInstanceOf(DeskChange.Done.class);
    assertThat(work.changeDueDay(ACCOUNT, 20, CONTACT, "rep", now))
        .isInstanceOf(DeskChange.Done.class);
    assertThat(account().programs()).contains(Program.SELECT_DUE_DATE);
    assertThat(audited()).contains("due-day-changed");
  }

  @Test
  void aDepositIsQuotedFromTheCreditHistory() {
    var residential = work.deposit(ACCOUNT, AccountType.RESIDENTIAL);
    var commercial = work.deposit(ACCOUNT, AccountType.COMMERCIAL);

    assertThat(commercial.amount().cents()).isGreaterThan(residential.amount().cents());
    assertThat(commercial.basis()).contains("3 times");
  }

  @Test
  void theMailingAddressChangesAuditedWithTheContact() {
    MailingAddress address = new MailingAddress("300 Mesa Rd", "Apt 2", "Cityline", "NM", "87104");

    assertThat(work.changeMailingAddress(ACCOUNT, address, CONTACT, "rep", now))
        .isInstanceOf(DeskChange.Done.class);
    assertThat(work.changeMailingAddress(ACCOUNT, address, CONTACT, "rep", now))
        .isInstanceOf(DeskChange.Done.class);

    assertThat(work.mailingAddress(ACCOUNT)).contains(address);
    assertThat(audited()).contains("mailing-address-changed");
    assertThat(store.audit().forAccount(ACCOUNT, 1).getFirst().contact()).isEqualTo(CONTACT);
    assertThatThrownBy(() -> new MailingAddress("1 Main", "", "Cityline", "nm", "87104"))
        .hasMessageContaining("two capital letters");
    assertThatThrownBy(() -> new MailingAddress("1 Main", "", "Cityline", "NM", "8710"))
        .hasMessageContaining("five digits");
    assertThat(
            work.changeMailingAddress(
                new AccountNumber("9999999999"), address, CONTACT, "rep", now))
        .isInstanceOf(DeskChange.Refused.class);
  }
}
