package org.cityline.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountStandingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final Optional<LocalDate> DUE_LATER = Optional.of(TODAY.plusDays(12));

  @Test
  void theCurrentBillIsNotPastDueBeforeItsDueDate() {
    assertThat(AccountStanding.pastDue(money("120.00"), DUE_LATER, money("120.00"), TODAY))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void whatIsOwedBeyondTheCurrentBillIsPastDue() {
    assertThat(AccountStanding.pastDue(money("350.50"), DUE_LATER, money("120.00"), TODAY))
        .isEqualTo(money("230.50"));
  }

  @Test
  void onTheDueDateTheBillIsStillNotPastDue() {
    assertThat(AccountStanding.pastDue(money("120.00"), Optional.of(TODAY), money("120.00"), TODAY))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void theDayAfterTheDueDateTheWholeBalanceIsPastDue() {
    assertThat(
            AccountStanding.pastDue(
                money("350.50"), Optional.of(TODAY.minusDays(1)), money("120.00"), TODAY))
        .isEqualTo(money("350.50"));
  }

  @Test
  void aPartlyPaidCurrentBillHasNothingPastDue() {
    assertThat(AccountStanding.pastDue(money("20.00"), DUE_LATER, money("120.00"), TODAY))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void aCreditOrZeroBalanceIsNeverPastDue() {
    assertThat(AccountStanding.pastDue(money("-15.00"), Optional.empty(), Money.ZERO, TODAY))
        .isEqualTo(Money.ZERO);
    assertThat(AccountStanding.pastDue(Money.ZERO, DUE_LATER, money("120.00"), TODAY))
        .isEqualTo(Money.ZERO);
  }

  @Test
  void aBalanceWithoutAnyBillIsPastDue() {
    assertThat(AccountStanding.pastDue(money("80.00"), Optional.empty(), Money.ZERO, TODAY))
        .isEqualTo(money("80.00"));
  }

  private static Money money(String dollars) {
    return Money.parse(dollars);
  }
}
