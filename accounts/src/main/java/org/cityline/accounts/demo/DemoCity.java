package org.cityline.accounts.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;

/**
 * A deterministic demo city of about 5,000 accounts: English- and Spanish-speaking households
 * (about one in four prefers Spanish), a few businesses, twelve months of bills and payments; some
 * accounts delinquent with a disconnect scheduled, some in payment arrangements, some on programs,
 * some disconnected or closed, and a few households with two accounts on one phone. Phone numbers
 * are fictional (the 555 exchange); e-mail addresses use the reserved example domains. The same
 * seed and the same date give the same data, byte for byte; bills are dated relative to the clock,
 * so the city always looks current.
 *
 * <p>The showcase accounts below are in every demo city, whatever the seed, at the documented
 * values (dates relative to the day the city was seeded):
 *
 * <table>
 *   <caption>Showcase accounts</caption>
 *   <tr><th>constant</th><th>what</th></tr>
 *   <tr><td>{@link #SHOWCASE_ENGLISH}</td><td>English caller whose phone matches one account,
 *       with a balance, a due date and a last payment</td></tr>
 *   <tr><td>{@link #SHOWCASE_SPANISH}</td><td>Spanish-speaking caller matched by phone</td></tr>
 *   <tr><td>{@link #SHOWCASE_DELINQUENT}</td><td>past due, disconnect scheduled in 3 days</td></tr>
 *   <tr><td>{@link #SHOWCASE_SHARED_PHONE_HOME}, {@link #SHOWCASE_SHARED_PHONE_RENTAL}</td>
 *       <td>two accounts on one phone ({@link #SHOWCASE_SHARED_PHONE})</td></tr>
 *   <tr><td>{@link #SHOWCASE_NO_PHONE}</td><td>no phone on file: reachable only by account
 *       number and service ZIP</td></tr>
 *   <tr><td>{@link #SHOWCASE_ARRANGEMENT}</td><td>past due, covered by an active payment
 *       arrangement</td></tr>
 *   <tr><td>{@link #SHOWCASE_UNKNOWN_PHONE}</td><td>a phone number that matches no account</td></tr>
 * </table>
 */
public final class DemoCity {

  /** The seed the launcher and the test fixture use. */
  public static final long DEFAULT_SEED = 20_260_302L;

  /** How many accounts the default city has. */
  public static final int DEFAULT_ACCOUNTS = 5_000;

  /**
   * Margaret Ellison: her phone matches this one account; $259.94 due in 12 days, last paid 20 days
   * ago.
   */
  public static final ShowcaseAccount SHOWCASE_ENGLISH =
      new ShowcaseAccount(
          new AccountNumber("1000000017"),
          "Margaret Ellison",
          Language.ENGLISH,
          Optional.of(new PhoneNumber("+15055550101")),
          "87101",
          Money.parse("259.94"),
          Money.ZERO,
          12,
          Optional.of(Money.parse("259.94")),
          Optional.of(20),
          Optional.empty(),
          false);

  /** María Elena Gutiérrez, who prefers Spanish: matched by phone; $180.01 due in 5 days. */
  public static final ShowcaseAccount SHOWCASE_SPANISH =
      new ShowcaseAccount(
          new AccountNumber("1000000025"),
          "María Elena Gutiérrez",
          Language.SPANISH,
          Optional.of(new PhoneNumber("+15055550102")),
          "87105",
          Money.parse("180.01"),
          Money.ZERO,
          5,
          Optional.of(Money.parse("180.01")),
          Optional.of(27),
          Optional.empty(),
          false);

  /** Robert Kline: three bills unpaid, $579.84 past due, disconnect for non-payment in 3 days. */
  public static final ShowcaseAccount SHOWCASE_DELINQUENT =
      new ShowcaseAccount(
          new AccountNumber("1000000033"),
          "Robert Kline",
          Language.ENGLISH,
          Optional.of(new PhoneNumber("+15055550103")),
          "87102",
          Money.parse("874.76"),
          Money.parse("579.84"),
          12,
          Optional.of(Money.parse("284.92")),
          Optional.of(80),
          Optional.of(3),
          false);

  /** The phone of Daniel Ortega, who has two accounts: a caller-number lookup finds both. */
  public static final PhoneNumber SHOWCASE_SHARED_PHONE = new PhoneNumber("+15055550104");

  /** Daniel Ortega's home. */
  public static final ShowcaseAccount SHOWCASE_SHARED_PHONE_HOME =
      new ShowcaseAccount(
          new AccountNumber("1000000041"),
          "Daniel Ortega",
          Language.ENGLISH,
          Optional.of(SHOWCASE_SHARED_PHONE),
          "87111",
          Money.parse("240.15"),
          Money.ZERO,
          16,
          Optional.of(Money.parse("240.15")),
          Optional.of(16),
          Optional.empty(),
          false);

  /** Daniel Ortega's rental property, on the same phone. */
  public static final ShowcaseAccount SHOWCASE_SHARED_PHONE_RENTAL =
      new ShowcaseAccount(
          new AccountNumber("1000000058"),
          "Daniel Ortega",
          Language.ENGLISH,
          Optional.of(SHOWCASE_SHARED_PHONE),
          "87110",
          Money.parse("92.52"),
          Money.ZERO,
          9,
          Optional.of(Money.parse("92.52")),
          Optional.of(23),
          Optional.empty(),
          false);

  /** Evelyn Marsh: no phone on file; identify her by account number and ZIP 87108. $165.65 due. */
  public static final ShowcaseAccount SHOWCASE_NO_PHONE =
      new ShowcaseAccount(
          new AccountNumber("1000000066"),
          "Evelyn Marsh",
          Language.ENGLISH,
          Optional.empty(),
          "87108",
          Money.parse("165.65"),
          Money.ZERO,
          9,
          Optional.of(Money.parse("165.65")),
          Optional.of(23),
          Optional.empty(),
          false);

  /** Grace Whitfield: $382.32 past due, covered by an active arrangement of four instalments. */
  public static final ShowcaseAccount SHOWCASE_ARRANGEMENT =
      new ShowcaseAccount(
          new AccountNumber("1000000074"),
          "Grace Whitfield",
          Language.ENGLISH,
          Optional.of(new PhoneNumber("+15055550106")),
          "87113",
          Money.parse("578.48"),
          Money.parse("382.32"),
          12,
          Optional.of(Money.parse("186.16")),
          Optional.of(80),
          Optional.empty(),
          true);

  /** A fictional number that matches no account. */
  public static final PhoneNumber SHOWCASE_UNKNOWN_PHONE = new PhoneNumber("+15055550199");

  /** Every showcase account. */
  public static final List<ShowcaseAccount> SHOWCASES =
      List.of(
          SHOWCASE_ENGLISH,
          SHOWCASE_SPANISH,
          SHOWCASE_DELINQUENT,
          SHOWCASE_SHARED_PHONE_HOME,
          SHOWCASE_SHARED_PHONE_RENTAL,
          SHOWCASE_NO_PHONE,
          SHOWCASE_ARRANGEMENT);

  private DemoCity() {}

  /**
   * Seeds the default demo city ({@link #DEFAULT_SEED}, {@link #DEFAULT_ACCOUNTS} accounts) and the
   * demo staff ({@link DemoStaff}) into a migrated, empty accounts database, dated from the clock's
   * today. Does nothing if the database already has accounts, so it is safe on every start; when
   * nodes start together, one seeds and the others find it done.
   */
  public static SeedReport seedIfEmpty(DataSource dataSource, Clock clock) {
    return seedIfEmpty(dataSource, clock, DEFAULT_SEED, DEFAULT_ACCOUNTS);
  }

  /** Like {@link #seedIfEmpty(DataSource, Clock)} with another seed or size (7 to 200,000). */
  public static SeedReport seedIfEmpty(
      DataSource dataSource, Clock clock, long seed, int accounts) {
    if (dataSource == null || clock == null) {
      throw new IllegalArgumentException("seedIfEmpty needs a data source and a clock");
    }
    return new DemoCitySeeder(dataSource, clock).seedIfEmpty(seed, accounts);
  }

  /** The city a seed gives on a date, without writing it. */
  static DemoCityData generate(long seed, int accounts, Clock clock) {
    return new DemoCityGenerator(seed, accounts, LocalDate.now(clock), clock).generate();
  }
}
