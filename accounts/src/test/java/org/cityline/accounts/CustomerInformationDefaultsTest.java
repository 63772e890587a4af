package org.cityline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.junit.jupiter.api.Test;

/** What a customer information system that implements only the two lookups still offers. */
class CustomerInformationDefaultsTest {

  private static final AccountSummary SUMMARY =
      new AccountSummary(
          new AccountNumber("1000000017"),
          "Margaret Ellison",
          Language.ENGLISH,
          new ServiceAddress("1420 Juniper Ave", "", "Cityline", "NM", "87101"),
          Optional.empty(),
          AccountStatus.ACTIVE,
          Set.of(UtilityService.WATER),
          Money.parse("10.00"),
          Money.ZERO,
          Optional.of(LocalDate.of(2026, 3, 14)),
          Optional.empty(),
          Optional.empty(),
          false,
          Set.of());

  /** A city's own CIS that answers lookups and nothing more. */
  private final CustomerInformation summariesOnly =
      new CustomerInformation() {
        @Override
        public List<AccountSummary> findByPhone(PhoneNumber phone) {
          return List.of();
        }

        @Override
        public Optional<AccountSummary> findByNumber(AccountNumber number) {
          return number.equals(SUMMARY.number()) ? Optional.of(SUMMARY) : Optional.empty();
        }
      };

  @Test
  void findsByNumberAndZipOnlyWhenTheZipMatches() {
    assertThat(summariesOnly.findByNumberAndZip(SUMMARY.number(), "87101")).hasValue(SUMMARY);
    assertThat(summariesOnly.findByNumberAndZip(SUMMARY.number(), " 87101 ")).hasValue(SUMMARY);
    assertThat(summariesOnly.findByNumberAndZip(SUMMARY.number(), "87102")).isEmpty();
    assertThat(summariesOnly.findByNumberAndZip(SUMMARY.number(), "")).isEmpty();
    assertThat(summariesOnly.findByNumberAndZip(SUMMARY.number(), null)).isEmpty();
    assertThat(summariesOnly.findByNumberAndZip(new AccountNumber("2000000000"), "87101"))
        .isEmpty();
  }

  @Test
  void aDetailOfASummaryOnlySystemHoldsTheSummaryAlone() {
    AccountDetail detail = summariesOnly.detail(SUMMARY.number()).orElseThrow();

    assertThat(detail.summary()).isEqualTo(SUMMARY);
    assertThat(detail.bills()).isEmpty();
    assertThat(detail.currentBill()).isEmpty();
    assertThat(detail.activeArrangement()).isEmpty();
    assertThat(detail.pendingServiceOrders()).isEmpty();
    assertThat(summariesOnly.detail(new AccountNumber("2000000000"))).isEmpty();
  }
}
