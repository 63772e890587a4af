package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.LastPayment;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.demo.ShowcaseAccount;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.junit.jupiter.api.Test;

/** How the IVR and the desktop find accounts: by phone, by number, by number and ZIP. */
abstract class LookupContract {

  abstract StoreEngine engine();

  private CustomerInformation customers() {
    return engine().store().customers();
  }

  @Test
  void findsTheEnglishCallerByPhoneWithBalanceDueDateAndLastPayment() {
    ShowcaseAccount english = DemoCity.SHOWCASE_ENGLISH;

    List<AccountSummary> found = customers().findByPhone(english.phone().orElseThrow());

    assertThat(found).hasSize(1);
    AccountSummary summary = found.get(0);
    assertThat(summary.number()).isEqualTo(english.account());
    assertThat(summary.customerName()).isEqualTo("Margaret Ellison");
    assertThat(summary.language()).isEqualTo(Language.ENGLISH);
    assertThat(summary.balance()).isEqualTo(english.balance());
    assertThat(summary.dueDate()).hasValue(english.dueDate(DemoCityDatabase.TODAY));
    assertThat(summary.lastPayment())
        .hasValue(
            new LastPayment(
                english.lastPayment().orElseThrow(),
                english.lastPaymentDate(DemoCityDatabase.TODAY).orElseThrow()));
    assertThat(summary.pendingDisconnect()).isEmpty();
  }

  @Test
  void findsTheSpanishSpeakingCallerByPhoneWithHerNameIntact() {
    List<AccountSummary> found =
        customers().findByPhone(DemoCity.SHOWCASE_SPANISH.phone().orElseThrow());

    assertThat(found)
        .singleElement()
        .satisfies(
            summary -> {
              assertThat(summary.customerName()).isEqualTo("María Elena Gutiérrez");
              assertThat(summary.language()).isEqualTo(Language.SPANISH);
              assertThat(summary.serviceAddress().oneLine())
                  .isEqualTo("2217 Calle Alegre Apt 4, Cityline, NM 87105");
            });
  }

  @Test
  void findsBothAccountsOnASharedPhone() {
    List<AccountSummary> found = customers().findByPhone(DemoCity.SHOWCASE_SHARED_PHONE);

    assertThat(found)
        .extracting(AccountSummary::number)
        .containsExactly(
            DemoCity.SHOWCASE_SHARED_PHONE_HOME.account(),
            DemoCity.SHOWCASE_SHARED_PHONE_RENTAL.account());
  }

  @Test
  void findsNobodyForAnUnknownPhone() {
    assertThat(customers().findByPhone(DemoCity.SHOWCASE_UNKNOWN_PHONE)).isEmpty();
    assertThat(customers().findByPhone(PhoneNumber.of("+442079460000"))).isEmpty();
  }

  @Test
  void everyShowcaseAccountHasItsDocumentedValues() {
    for (ShowcaseAccount showcase : DemoCity.SHOWCASES) {
      AccountSummary summary = customers().findByNumber(showcase.account()).orElseThrow();

      assertThat(summary.customerName())
          .as(showcase.customerName())
          .isEqualTo(showcase.customerName());
      assertThat(summary.phoneOnFile()).isEqualTo(showcase.phone());
      assertThat(summary.serviceAddress().zip()).isEqualTo(showcase.serviceZip());
      assertThat(summary.balance())
          .as("balance of " + showcase.account())
          .isEqualTo(showcase.balance());
      assertThat(summary.pastDue())
          .as("past due of " + showcase.account())
          .isEqualTo(showcase.pastDue());
      assertThat(summary.dueDate()).hasValue(showcase.dueDate(DemoCityDatabase.TODAY));
      assertThat(summary.lastPayment().map(LastPayment::amount)).isEqualTo(showcase.lastPayment());
      assertThat(summary.lastPayment().map(LastPayment::date))
          .isEqualTo(showcase.lastPaymentDate(DemoCityDatabase.TODAY));
      assertThat(summary.pendingDisconnect())
          .isEqualTo(showcase.disconnectDate(DemoCityDatabase.TODAY));
      assertThat(summary.inArrangement()).isEqualTo(showcase.inArrangement());
      assertThat(summary.status()).isEqualTo(AccountStatus.ACTIVE);
    }
  }

  @Test
  void theDelinquentAccountIsPastDueWithADisconnectPending() {
    AccountSummary summary =
        customers().findByPhone(DemoCity.SHOWCASE_DELINQUENT.phone().orElseThrow()).get(0);

    assertThat(summary.pastDue().isPositive()).isTrue();
    assertThat(summary.pendingDisconnect()).hasValue(DemoCityDatabase.TODAY.plusDays(3));
  }

  @Test
  void anAccountWithoutAPhoneIsFoundByNumberAndServiceZipOnly() {
    ShowcaseAccount noPhone = DemoCity.SHOWCASE_NO_PHONE;

    assertThat(customers().findByNumberAndZip(noPhone.account(), "87108")).isPresent();
    assertThat(customers().findByNumberAndZip(noPhone.account(), "87101")).isEmpty();
    assertThat(customers().findByNumberAndZip(noPhone.account(), "8710'")).isEmpty();
    assertThat(customers().findByNumber(noPhone.account()).orElseThrow().phoneOnFile()).isEmpty();
  }

  @Test
  void theBalanceMovesPastDueWhenTheDueDatePasses() {
    ShowcaseAccount english = DemoCity.SHOWCASE_ENGLISH;
    CustomerInformation later =
        AccountsDatabase.open(
                engine().seeded(),
                Clock.offset(engine().clock(), Duration.ofDays(english.dueInDays() + 1)))
            .customers();

    assertThat(later.findByNumber(english.account()).orElseThrow().pastDue())
        .isEqualTo(english.balance());
  }

  @Test
  void aClosedAccountIsFoundByNumberButNotByPhone() throws SQLException {
    String[] closed = closedAccountWithPhone();
    AccountNumber number = new AccountNumber(closed[0]);

    assertThat(customers().findByNumber(number).orElseThrow().status())
        .isEqualTo(AccountStatus.CLOSED);
    assertThat(customers().findByPhone(new PhoneNumber(closed[1])))
        .extracting(AccountSummary::number)
        .doesNotContain(number);
  }

  @Test
  void anUnknownAccountNumberFindsNothing() {
    assertThat(customers().findByNumber(new AccountNumber("0000000000"))).isEmpty();
    assertThat(customers().detail(new AccountNumber("0000000000"))).isEmpty();
    assertThat(customers().findByNumberAndZip(new AccountNumber("0000000000"), "87101")).isEmpty();
  }

  @Test
  void nothingToLookUpIsAClearError() {
    assertThatThrownBy(() -> customers().findByPhone(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("phone");
    assertThatThrownBy(() -> customers().findByNumber(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("account number");
  }

  private String[] closedAccountWithPhone() throws SQLException {
    try (Connection connection = engine().seeded().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT a.account_number, c.phone FROM account a JOIN customer c"
                    + " ON c.customer_id = a.customer_id"
                    + " WHERE a.status = 'CLOSED' AND c.phone IS NOT NULL"
                    + " ORDER BY a.account_number FETCH FIRST 1 ROWS ONLY")) {
      assertThat(rs.next()).as("the demo city has a closed account with a phone").isTrue();
      return new String[] {rs.getString(1), rs.getString(2)};
    }
  }
}
