package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountDetail;
import org.cityline.accounts.AccountNote;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.Bill;
import org.cityline.accounts.BillLine;
import org.cityline.accounts.Money;
import org.cityline.accounts.NewNote;
import org.cityline.accounts.NoteResult;
import org.cityline.accounts.Payment;
import org.cityline.accounts.Program;
import org.cityline.accounts.ProgramEnrolment;
import org.cityline.accounts.ServiceOrder;
import org.cityline.accounts.ServiceOrderStatus;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.UtilityService;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.common.ContactId;
import org.junit.jupiter.api.Test;

/** The account tab: everything about one account; notes added to it, audited. */
abstract class DetailAndNotesContract {

  private static final Instant NOW = DemoCityDatabase.SEEDED_AT.plusSeconds(600);

  abstract StoreEngine engine();

  private AccountsStore store() {
    return engine().store();
  }

  @Test
  void theDetailHoldsTheSummaryBillsWithLinesPaymentsProgramsAndServices() {
    AccountNumber number = DemoCity.SHOWCASE_ENGLISH.account();

    AccountDetail detail = store().customers().detail(number).orElseThrow();

    assertThat(detail.summary()).isEqualTo(store().customers().findByNumber(number).orElseThrow());
    assertThat(detail.email()).hasValue("margaret.ellison@example.com");
    assertThat(detail.bills()).hasSize(12);
    assertThat(detail.bills()).isSortedAccordingTo((a, b) -> b.issuedOn().compareTo(a.issuedOn()));
    Bill current = detail.currentBill().orElseThrow();
    assertThat(current.dueOn())
        .isEqualTo(DemoCity.SHOWCASE_ENGLISH.dueDate(DemoCityDatabase.TODAY));
    assertThat(current.newCharges()).isEqualTo(DemoCity.SHOWCASE_ENGLISH.balance());
    assertThat(current.lines())
        .extracting(BillLine::service)
        .contains(UtilityService.ELECTRIC, UtilityService.GAS, UtilityService.SOLID_WASTE);
    assertThat(current.lines().stream().filter(line -> line.usage().isPresent())).isNotEmpty();
    assertThat(detail.payments()).hasSize(11).allMatch(Payment::isPosted);
    assertThat(detail.payments().get(0).lastFour()).hasValue("4242");
    assertThat(detail.programs())
        .extracting(ProgramEnrolment::program)
        .containsExactly(Program.EBILL);
    assertThat(detail.services()).hasSize(5);
    assertThat(detail.services().stream().filter(s -> s.service() == UtilityService.ELECTRIC))
        .singleElement()
        .satisfies(s -> assertThat(s.meterNumber()).isPresent());
    assertThat(detail.openedOn()).isPresent();
  }

  @Test
  void theDelinquentDetailShowsThePendingDisconnectAndItsNotice() {
    AccountDetail detail =
        store().customers().detail(DemoCity.SHOWCASE_DELINQUENT.account()).orElseThrow();

    assertThat(detail.pendingServiceOrders())
        .singleElement()
        .satisfies(
            order -> {
              assertThat(order.type()).isEqualTo(ServiceOrderType.DISCONNECT_NONPAYMENT);
              assertThat(order.status()).isEqualTo(ServiceOrderStatus.SCHEDULED);
              assertThat(order.scheduledFor()).hasValue(DemoCityDatabase.TODAY.plusDays(3));
              assertThat(order.notes()).isNotEmpty();
            });
    assertThat(detail.notes())
        .extracting(AccountNote::text)
        .anyMatch(t -> t.startsWith("Disconnect notice"));
    assertThat(detail.bills().get(0).lines())
        .extracting(BillLine::description)
        .contains("Late payment fee");
  }

  @Test
  void theArrangementDetailShowsItsInstalmentsAndTheCancelledDisconnect() {
    AccountDetail detail =
        store().customers().detail(DemoCity.SHOWCASE_ARRANGEMENT.account()).orElseThrow();

    assertThat(detail.activeArrangement())
        .hasValueSatisfying(
            arrangement -> {
              assertThat(arrangement.kind()).isEqualTo(ArrangementKind.INSTALMENTS);
              assertThat(arrangement.instalments()).hasSize(4);
              assertThat(arrangement.total()).isEqualTo(DemoCity.SHOWCASE_ARRANGEMENT.pastDue());
            });
    assertThat(detail.pendingServiceOrders()).isEmpty();
    assertThat(detail.serviceOrders())
        .extracting(ServiceOrder::status)
        .containsExactly(ServiceOrderStatus.CANCELLED);
  }

  @Test
  void aNoteIsStoredNewestFirstAndAuditedWithItsContact() {
    AccountNumber number = DemoCity.SHOWCASE_SPANISH.account();
    ContactId contact = ContactId.random();

    NoteResult result =
        store()
            .notes()
            .addNote(
                new NewNote(
                    number, "agent2", Optional.of(contact), "Explained the bill in Spanish.", NOW));

    AccountNote note = ((NoteResult.Added) result).note();
    assertThat(note.id()).isGreaterThanOrEqualTo(100_000_000L);
    AccountDetail detail = store().customers().detail(number).orElseThrow();
    assertThat(detail.notes().get(0)).isEqualTo(note);
    List<AuditEntry> audit = store().audit().forAccount(number, 5);
    assertThat(audit)
        .filteredOn(entry -> entry.contact().equals(Optional.of(contact)))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.actor()).isEqualTo("agent2");
              assertThat(entry.action()).isEqualTo("note-added");
              assertThat(entry.at()).isEqualTo(NOW);
              assertThat(entry.detail()).contains(Long.toString(note.id()));
            });
  }

  @Test
  void hostileTextIsStoredExactlyAsWritten() {
    AccountNumber number = DemoCity.SHOWCASE_NO_PHONE.account();
    String hostile =
        "Robert'); DROP TABLE account_note;-- <script>alert(\"x\")</script> %_\\ ñ 日本 😀\nline 2";

    NoteResult result =
        store().notes().addNote(new NewNote(number, "agent", Optional.empty(), hostile, NOW));

    assertThat(result).isInstanceOf(NoteResult.Added.class);
    assertThat(store().customers().detail(number).orElseThrow().notes())
        .extracting(AccountNote::text)
        .contains(hostile);
    assertThat(store().customers().findByNumber(number)).isPresent();
  }

  @Test
  void aNoteOnAnUnknownAccountIsRefusedAndNothingIsStored() {
    AccountNumber unknown = new AccountNumber("0000000001");

    NoteResult result =
        store().notes().addNote(new NewNote(unknown, "agent", Optional.empty(), "hello", NOW));

    assertThat(result).isEqualTo(new NoteResult.UnknownAccount(unknown));
    assertThat(store().audit().forAccount(unknown, 10)).isEmpty();
  }

  @Test
  void anOverlongNoteNeverReachesTheStore() {
    AccountNumber number = DemoCity.SHOWCASE_ENGLISH.account();
    int notesBefore = store().customers().detail(number).orElseThrow().notes().size();

    assertThatThrownBy(
            () ->
                store()
                    .notes()
                    .addNote(
                        new NewNote(number, "agent", Optional.empty(), "z".repeat(10_000), NOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a note is at most 2000 characters; this one has 10000");
    assertThat(store().customers().detail(number).orElseThrow().notes()).hasSize(notesBefore);
    assertThatThrownBy(() -> store().notes().addNote(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theAuditTrailIsNewestFirstAndLimited() {
    AccountNumber number = DemoCity.SHOWCASE_SHARED_PHONE_RENTAL.account();
    for (int i = 0; i < 3; i++) {
      store()
          .audit()
          .record(
              new AuditEntry(
                  NOW.plusSeconds(i),
                  "supervisor",
                  Optional.empty(),
                  Optional.of(number),
                  "test-entry",
                  "entry " + i));
    }
    store()
        .audit()
        .record(
            new AuditEntry(
                NOW, "system", Optional.empty(), Optional.empty(), "sign-in", "no account"));

    List<AuditEntry> latest = store().audit().forAccount(number, 2);

    assertThat(latest).extracting(AuditEntry::detail).containsExactly("entry 2", "entry 1");
    assertThat(latest.get(0).account()).hasValue(number);
    assertThatThrownBy(() -> store().audit().forAccount(number, 0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> store().audit().forAccount(number, 501)).hasMessageContaining("limit");
    assertThatThrownBy(() -> store().audit().record(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyBillInADetailAddsUp() {
    for (AccountNumber number :
        List.of(
            DemoCity.SHOWCASE_DELINQUENT.account(),
            DemoCity.SHOWCASE_SHARED_PHONE_HOME.account())) {
      for (Bill bill : store().customers().detail(number).orElseThrow().bills()) {
        Money sum = bill.lines().stream().map(BillLine::amount).reduce(Money.ZERO, Money::plus);
        assertThat(sum).isEqualTo(bill.newCharges());
      }
    }
  }
}
