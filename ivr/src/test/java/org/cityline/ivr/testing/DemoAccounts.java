package org.cityline.ivr.testing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.LastPayment;
import org.cityline.accounts.Money;
import org.cityline.accounts.ServiceAddress;
import org.cityline.accounts.UtilityService;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/** A handful of accounts that cover the IVR's paths. */
public final class DemoAccounts {

  /** Owes $123.45 due Friday March 20 2026; paid $98.10 on Saturday February 14. */
  public static final AccountSummary CURRENT =
      account("1234567890", "+15055550101", "87101", 12_345, 0)
          .dueDate(LocalDate.of(2026, 3, 20))
          .lastPayment(9_810, LocalDate.of(2026, 2, 14))
          .build();

  /**
   * Owes $412.07 of which $250.00 is past due, due Monday March 16 2026; paid $1.00 on Thursday
   * January 1; disconnect pending Monday March 9.
   */
  public static final AccountSummary DELINQUENT =
      account("2345678901", "+15055550102", "87102", 41_207, 25_000)
          .dueDate(LocalDate.of(2026, 3, 16))
          .lastPayment(100, LocalDate.of(2026, 1, 1))
          .disconnect(LocalDate.of(2026, 3, 9))
          .build();

  /** A $15.00 credit, nothing due, no phone on file. */
  public static final AccountSummary CREDIT =
      account("3456789012", null, "87104", -1_500, 0).build();

  /** Two accounts share this phone number. */
  public static final String SHARED_PHONE = "+15055550199";

  public static final AccountSummary SHARED_A =
      account("4567890123", SHARED_PHONE, "87105", 5_000, 0).build();
  public static final AccountSummary SHARED_B =
      account("5678901234", SHARED_PHONE, "87105", 7_000, 0).build();

  private DemoAccounts() {}

  /** A fake CIS holding all of them. */
  public static FakeCustomerInformation all() {
    return new FakeCustomerInformation(CURRENT, DELINQUENT, CREDIT, SHARED_A, SHARED_B);
  }

  static Builder account(String number, String phone, String zip, long balance, long pastDue) {
    return new Builder(number, phone, zip, balance, pastDue);
  }

  /** Builds an account summary for a test. */
  public static final class Builder {
    private final String number;
    private final String phone;
    private final String zip;
    private final long balance;
    private final long pastDue;
    private Optional<LocalDate> dueDate = Optional.empty();
    private Optional<LastPayment> lastPayment = Optional.empty();
    private Optional<LocalDate> disconnect = Optional.empty();

    Builder(String number, String phone, String zip, long balance, long pastDue) {
      this.number = number;
      this.phone = phone;
      this.zip = zip;
      this.balance = balance;
      this.pastDue = pastDue;
    }

    public Builder dueDate(LocalDate date) {
      dueDate = Optional.of(date);
      return this;
    }

    public Builder lastPayment(long cents, LocalDate date) {
      lastPayment = Optional.of(new LastPayment(Money.ofCents(cents), date));
      return this;
    }

    public Builder disconnect(LocalDate date) {
      disconnect = Optional.of(date);
      return this;
    }

    public AccountSummary build() {
      return new AccountSummary(
          new AccountNumber(number),
          "Test Customer " + number.substring(6),
          Language.ENGLISH,
          new ServiceAddress("1420 Juniper Ave", "", "Cityline", "NM", zip),
          Optional.ofNullable(phone).map(PhoneNumber::new),
          AccountStatus.ACTIVE,
          Set.of(UtilityService.ELECTRIC, UtilityService.WATER),
          Money.ofCents(balance),
          Money.ofCents(pastDue),
          dueDate,
          lastPayment,
          disconnect,
          false,
          Set.of());
    }
  }
}
