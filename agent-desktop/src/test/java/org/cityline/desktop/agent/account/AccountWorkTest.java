package org.cityline.desktop.agent.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.Money;
import org.cityline.accounts.Program;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.jdbc.AccountsDatabase;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.common.ContactId;
import org.cityline.desktop.agent.AgentView;
import org.cityline.desktop.agent.RoutedDeskTest;
import org.cityline.desktop.testing.RoutedDesk;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Account work on the agent desk over a small demo city (H2), the real routing core and the sandbox
 * payment gateway: each form's role gate, its refusals (which change nothing) and its effect,
 * audited with the contact.
 */
class AccountWorkTest extends RoutedDeskTest {

  private static final AccountNumber ACCOUNT = DemoCity.SHOWCASE_DELINQUENT.account();
  private static final ContactId CALL = new ContactId("c-1");

  @Override
  protected RoutedDesk newDesk() {
    return RoutedDesk.overDemoCity(null);
  }

  /** The agent signs in, opens the desk, goes available and takes the caller. */
  private void talking(String username) {
    signedInAs(username);
    navigate(AgentView.class);
    click("available-button");
    desk.call(CALL.value());
    push();
    click("accept-button");
  }

  private String result() {
    return find(Component.class).id("work-result").getElement().getText();
  }

  private Money balance() {
    return desk.services.customers().findByNumber(ACCOUNT).orElseThrow().balance();
  }

  private int count(String sql) {
    return Jdbi.create(desk.city.orElseThrow())
        .withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  /** Rows of every table with a text column holding {@code text}. */
  private int rowsHolding(String text) {
    return Jdbi.create(desk.city.orElseThrow())
        .withHandle(
            handle -> {
              List<String[]> columns =
                  handle
                      .createQuery(
                          "SELECT table_name, column_name FROM information_schema.columns"
                              + " WHERE table_schema = 'PUBLIC' AND data_type LIKE '%CHAR%'")
                      .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                      .list();
              int found = 0;
              for (String[] column : columns) {
                found +=
                    handle
                        .createQuery(
                            "SELECT COUNT(*) FROM \""
                                + column[0]
                                + "\" WHERE \""
                                + column[1]
                                + "\" LIKE :text")
                        .bind("text", "%" + text + "%")
                        .mapTo(Integer.class)
                        .one();
              }
              return found;
            });
  }

  private List<AuditEntry> audit() {
    return AccountsDatabase.open(desk.city.orElseThrow(), desk.routing.clock)
        .audit()
        .forAccount(ACCOUNT, 20);
  }

  private void enrolledInSurePay() {
    Jdbi.create(desk.city.orElseThrow())
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO program_enrolment (account_number, program, enrolled_on)"
                        + " VALUES (?, 'SUREPAY', DATE '2025-01-01')",
                    ACCOUNT.value()));
  }

  private void card(String number, String expiry, String code, String zip) {
    fill("pay-card-number", number);
    fill("pay-card-expiry", expiry);
    fill("pay-card-code", code);
    fill("pay-card-zip", zip);
  }

  @Test
  void aCardPaymentIsTakenMaskedAndItsDigitsAreNeverShownBackNorStored() {
    talking("rep");
    Money before = balance();
    fill("pay-amount", "50.00");
    card(SandboxNumbers.VISA, "1230", "123", "87101");

    click("pay-button");

    assertThat(result()).startsWith("Payment of $50.00 approved, confirmation ");
    assertThat(balance()).isEqualTo(before.minus(Money.parse("50.00")));
    for (String id :
        List.of("pay-card-number", "pay-card-expiry", "pay-card-code", "pay-card-zip")) {
      assertThat(find(PasswordField.class).id(id).getValue()).as(id).isEmpty();
    }
    String page = UI.getCurrent().getElement().getTextRecursively();
    assertThat(page).doesNotContain(SandboxNumbers.VISA).doesNotContain("1111");
    assertThat(rowsHolding(SandboxNumbers.VISA)).isZero();
    assertThat(desk.agentDesk.drafts().size("rep")).as("payment fields are never drafted").isZero();
  }

  @Test
  void badPaymentInputIsRefusedClearlyAndChangesNothing() {
    talking("rep");
    Money before = balance();
    int attempts = count("SELECT COUNT(*) FROM payment_attempt");

    click("pay-button");
    assertThat(result()).isEqualTo("The amount is empty.");
    for (String amount : List.of("12,50", "-5", "$20", "1e3", "<script>")) {
      fill("pay-amount", amount);
      click("pay-button");
      assertThat(result())
          .as(amount)
          .isEqualTo("The amount must be dollars and cents, like 25.00.");
    }
    fill("pay-amount", "0.50");
    click("pay-button");
    assertThat(result()).contains("at least");
    fill("pay-amount", "20.00");
    card("4111-1111-1111-1111", "1230", "123", "87101");
    click("pay-button");
    assertThat(result()).isEqualTo(PaymentForm.DIGITS_ONLY);
    card("4111111111111112", "1230", "123", "87101");
    click("pay-button");
    assertThat(result()).startsWith("Card number: ");
    card(SandboxNumbers.VISA, "1399", "123", "87101");
    click("pay-button");
    assertThat(result()).startsWith("Expiry (MMYY): ");
    choose("pay-method", "Bank account");
    fill("pay-routing", "123456789");
    fill("pay-bank-account", "000123456789");
    click("pay-button");
    assertThat(result()).startsWith("Routing number: ");

    assertThat(balance()).isEqualTo(before);
    assertThat(count("SELECT COUNT(*) FROM payment_attempt")).isEqualTo(attempts);
    assertThat(notifications()).hasSize(1);
  }

  @Test
  void aRepresentativeCannotCancelASurePayBankDraftButASpecialistCan() {
    enrolledInSurePay();
    talking("rep");

    choose("cancel-program", "SurePay (specialist only)");
    click("cancel-program-button");

    assertThat(result()).isEqualTo("Only a specialist can cancel SurePay; escalate the call.");
    assertThat(desk.services.customers().findByNumber(ACCOUNT).orElseThrow().programs())
        .contains(Program.SUREPAY);
  }

  @Test
  void aSpecialistCancelsASurePayBankDraftAuditedWithTheContact() {
    enrolledInSurePay();
    talking("spec");

    choose("cancel-program", "SurePay (specialist only)");
    click("cancel-program-button");

    assertThat(result()).isEqualTo("the SurePay bank draft cancelled.");
    assertThat(desk.services.customers().findByNumber(ACCOUNT).orElseThrow().programs())
        .doesNotContain(Program.SUREPAY);
    assertThat(audit().getFirst().action()).isEqualTo("program-cancelled");
    assertThat(audit().getFirst().contact()).contains(CALL);
    assertThat(audit().getFirst().actor()).isEqualTo("spec");
  }

  private void underLandlordAgreement() {
    Jdbi.create(desk.city.orElseThrow())
        .useHandle(
            h ->
                h.execute(
                    "INSERT INTO landlord_agreement (account_number, landlord_name,"
                        + " landlord_phone, started_on, started_by)"
                        + " VALUES (?, 'Tamarack Rentals', '+15055550170', DATE '2025-01-01',"
                        + " 'system')",
                    ACCOUNT.value()));
  }

  private int agreementsInForce() {
    return count(
        "SELECT COUNT(*) FROM landlord_agreement WHERE ended_on IS NULL AND account_number = '"
            + ACCOUNT.value()
            + "'");
  }

  private String landlordLine() {
    return find(Component.class).id("landlord-agreement").getElement().getText();
  }

  @Test
  void aRepresentativeCannotEndALandlordAgreementButSeesIt() {
    underLandlordAgreement();
    int audited = audit().size();
    talking("rep");

    assertThat(landlordLine())
        .startsWith("Landlord agreement with Tamarack Rentals (+15055550170)");
    assertThat(find(Component.class).id("landlord").getElement().getText())
        .as("the screen pop names the landlord too")
        .isEqualTo("Tamarack Rentals takes service back between tenants");
    click("landlord-end-button");

    assertThat(result())
        .isEqualTo("Only a specialist can end a landlord agreement; escalate the call.");
    assertThat(agreementsInForce()).isEqualTo(1);
    assertThat(audit()).hasSize(audited);
  }

  @Test
  void aSpecialistEndsALandlordAgreementAuditedWithTheContact() {
    underLandlordAgreement();
    talking("spec");

    click("landlord-end-button");

    assertThat(result()).isEqualTo("Landlord agreement with Tamarack Rentals ended.");
    assertThat(agreementsInForce()).isZero();
    assertThat(audit().getFirst().action()).isEqualTo("landlord-agreement-ended");
    assertThat(audit().getFirst().contact()).contains(CALL);
    assertThat(audit().getFirst().actor()).isEqualTo("spec");
    assertThat(landlordLine()).isEqualTo("No landlord agreement");
  }

  @Test
  void aRepresentativeMakesALandlordAgreementAndBadInputChangesNothing() {
    talking("rep");
    assertThat(landlordLine()).isEqualTo("No landlord agreement");

    for (String[] bad :
        new String[][] {
          {"", "505-555-0170", "Enter the landlord's name."},
          {"<script>alert(1)</script>", "505-555-0170", "letters, digits, spaces"},
          {"x".repeat(81), "505-555-0170", "at most 80 characters"},
          {"Tamarack Rentals", "", "Enter the landlord's phone number"},
          {"Tamarack Rentals", "555-01", "Enter the landlord's phone number"},
          {"Tamarack Rentals", "<b>5055550170</b>", "Enter the landlord's phone number"}
        }) {
      fill("landlord-name", bad[0]);
      fill("landlord-phone", bad[1]);
      click("landlord-make-button");
      assertThat(result()).as(bad[0] + " / " + bad[1]).contains(bad[2]);
    }
    assertThat(agreementsInForce()).isZero();

    fill("landlord-name", "Tamarack Rentals");
    fill("landlord-phone", "(505) 555-0170");
    click("landlord-make-button");

    assertThat(result()).startsWith("Landlord agreement with Tamarack Rentals in force");
    assertThat(agreementsInForce()).isEqualTo(1);
    assertThat(audit().getFirst().action()).isEqualTo("landlord-agreement-made");
    assertThat(audit().getFirst().contact()).contains(CALL);
    assertThat(audit().getFirst().actor()).isEqualTo("rep");
    assertThat(landlordLine()).startsWith("Landlord agreement with Tamarack Rentals");
  }

  @Test
  void aLargeAdjustmentWaitsForASupervisorWhoApprovesItOnTheApprovalsPage() {
    talking("rep");
    Money before = balance();
    fill("adjust-amount", "250.00");
    fill("adjust-reason", "Leak allowance: repaired leak, plumber's invoice seen.");

    click("adjust-button");

    assertThat(result()).contains("sent to a supervisor for approval");
    assertThat(balance()).isEqualTo(before);

    navigate("approvals", AgentView.class);
    assertThat(notifications()).contains(ApprovalsView.SUPERVISORS_ONLY);
    assertThat(find(Component.class).withId("approval-list").exists()).isFalse();

    signedInAs("sup");
    navigate(ApprovalsView.class);
    Button approve =
        find(Button.class).all().stream()
            .filter(b -> b.getId().orElse("").endsWith("-approve"))
            .findFirst()
            .orElseThrow();
    test(approve).click();

    assertThat(balance()).isEqualTo(before.minus(Money.parse("250.00")));
    assertThat(find(Component.class).id("approvals-empty").isVisible()).isTrue();
  }

  @Test
  void aSmallAdjustmentIsAppliedAtOnceAndBadOnesChangeNothing() {
    talking("rep");
    Money before = balance();

    click("adjust-button");
    assertThat(result()).isEqualTo("The credit is empty.");
    fill("adjust-amount", "abc");
    click("adjust-button");
    assertThat(result()).contains("dollars and cents");
    fill("adjust-amount", "20.00");
    fill("adjust-reason", "<img src=x onerror=alert(1)>");
    click("adjust-button");
    assertThat(result()).contains("HTML tags");
    fill("adjust-reason", "x".repeat(ChangeForms.MAX_TEXT + 1));
    click("adjust-button");
    assertThat(result()).contains("too long");
    assertThat(balance()).isEqualTo(before);

    fill("adjust-reason", "Late fee waived once.");
    click("adjust-button");

    assertThat(result()).isEqualTo("Credited $20.00.");
    assertThat(balance()).isEqualTo(before.minus(Money.parse("20.00")));
  }

  @Test
  void aServiceOrderNeedsAProperDateAndTellsFieldStaff() {
    talking("rep");
    choose("order-type", "Meter test");
    choose("order-service", "Water");
    fill("order-note", "Meter spins with every tap closed.");
    int orders = count("SELECT COUNT(*) FROM service_order");

    for (String date : List.of("", "03/20/2026", "2026-02-30", "2026-13-01")) {
      fill("order-date", date);
      click("order-button");
      assertThat(result()).as(date).startsWith("The date ");
    }
    fill("order-date", "2026-03-01");
    click("order-button");
    assertThat(result()).isEqualTo("The date cannot be in the past.");
    assertThat(count("SELECT COUNT(*) FROM service_order")).isEqualTo(orders);

    fill("order-date", "2026-03-05");
    click("order-button");

    assertThat(result()).startsWith("Service order ").endsWith("field staff notified.");
    assertThat(desk.fieldTold)
        .singleElement()
        .satisfies(told -> assertThat(told.contact()).contains(CALL));
  }

  @Test
  void aNoteIsAddedAuditedWithTheContactAndBadNotesAreRefused() {
    talking("rep");
    int notes = count("SELECT COUNT(*) FROM account_note");

    click("note-button");
    assertThat(result()).isEqualTo("The note is empty.");
    fill("note-text", "<script>alert('x')</script>");
    click("note-button");
    assertThat(result()).contains("HTML tags");
    assertThat(count("SELECT COUNT(*) FROM account_note")).isEqualTo(notes);

    fill("note-text", "Customer will pay Friday.");
    click("note-button");

    assertThat(result()).isEqualTo("Note added to the account.");
    assertThat(count("SELECT COUNT(*) FROM account_note")).isEqualTo(notes + 1);
    assertThat(audit().getFirst().contact()).contains(CALL);
  }

  @Test
  void theDueDayAndADepositQuote() {
    talking("rep");

    fill("due-day", "31");
    click("due-day-button");
    assertThat(result()).isEqualTo("The due day must be a whole number from 1 to 28.");
    fill("due-day", "15");
    click("due-day-button");
    assertThat(result()).isEqualTo("Bills will fall due on day 15 of the month.");

    choose("deposit-type", "Commercial");
    click("deposit-button");
    assertThat(result()).startsWith("Deposit $").contains("3 times the average bill");
  }

  @Test
  void anArrangementCancelsThePendingDisconnect() {
    talking("rep");

    choose("arrangement-kind", "Extension (days)");
    fill("arrangement-count", "ten");
    click("arrangement-button");
    assertThat(result()).contains("whole number");
    fill("arrangement-count", "10");
    click("arrangement-button");

    assertThat(result()).startsWith("Arrangement made");
  }

  @Test
  void theMailingAddressChangesAndBadAddressesChangeNothing() {
    talking("rep");
    fill("address-street", "300 Mesa Rd");
    fill("address-city", "Cityline");
    fill("address-state", "New Mexico");
    fill("address-zip", "87104");
    click("address-button");
    assertThat(result()).isEqualTo("The state must be two letters, like NM.");
    fill("address-state", "nm");
    fill("address-zip", "8710A");
    click("address-button");
    assertThat(result()).isEqualTo("The ZIP code must be five digits, like 87101.");
    fill("address-zip", "87104");
    fill("address-street", "<script>x</script>");
    click("address-button");
    assertThat(result()).contains("HTML tags");
    fill("address-street", "");
    click("address-button");
    assertThat(result()).isEqualTo("Street is empty.");
    assertThat(count("SELECT COUNT(*) FROM mailing_address")).isZero();

    fill("address-street", "300 Mesa Rd");
    click("address-button");

    assertThat(result()).isEqualTo("Mail will go to 300 Mesa Rd, Cityline, NM 87104.");
    assertThat(audit().getFirst().contact()).contains(CALL);
  }
}
