package org.cityline.accounts.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cityline.accounts.AccountNote;
import org.cityline.accounts.Bill;
import org.cityline.accounts.Payment;
import org.cityline.accounts.testing.DemoCityDatabase;
import org.cityline.common.Language;
import org.junit.jupiter.api.Test;

class DemoCityGeneratorTest {

  private static final Clock CLOCK = DemoCityDatabase.CLOCK;
  private static final LocalDate TODAY = DemoCityDatabase.TODAY;

  @Test
  void theSameSeedAndDateGiveTheSameCity() {
    String first = DemoCity.generate(42, 1500, CLOCK).digest();

    assertThat(DemoCity.generate(42, 1500, CLOCK).digest()).isEqualTo(first);
    assertThat(DemoCity.generate(43, 1500, CLOCK).digest()).isNotEqualTo(first);
    assertThat(DemoCity.generate(42, 1500, Clock.offset(CLOCK, Duration.ofDays(1))).digest())
        .isNotEqualTo(first);
  }

  @Test
  void hasExactlyTheAccountsAskedFor() {
    for (int accounts : new int[] {7, 8, 9, 100, 1001}) {
      assertThat(DemoCity.generate(1, accounts, CLOCK).accounts()).hasSize(accounts);
    }
  }

  @Test
  void refusesASizeOutsideItsRange() {
    assertThatThrownBy(() -> DemoCity.generate(1, 6, CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7 (the showcase accounts) to 200,000");
    assertThatThrownBy(() -> DemoCity.generate(1, 200_001, CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShowcaseHouseholdsComeFirstWhateverTheSeed() {
    List<DemoHousehold> one = DemoCity.generate(1, 50, CLOCK).households().subList(0, 6);
    List<DemoHousehold> other = DemoCity.generate(2, 50, CLOCK).households().subList(0, 6);

    assertThat(other).isEqualTo(one);
    assertThat(one.stream().flatMap(h -> h.accounts().stream()).map(DemoAccount::number))
        .containsExactlyElementsOf(
            DemoCity.SHOWCASES.stream().map(ShowcaseAccount::account).toList());
  }

  @Test
  void accountNumbersAndPhonesAreUniqueAcrossHouseholds() {
    DemoCityData city = DemoCity.generate(DemoCity.DEFAULT_SEED, DemoCity.DEFAULT_ACCOUNTS, CLOCK);
    Set<String> numbers = new HashSet<>();
    Set<String> phones = new HashSet<>();

    for (DemoHousehold household : city.households()) {
      household
          .phone()
          .ifPresent(phone -> assertThat(phones.add(phone.e164())).as(phone.e164()).isTrue());
      household.accounts().forEach(a -> assertThat(numbers.add(a.number().value())).isTrue());
    }
    assertThat(phones).doesNotContain(DemoCity.SHOWCASE_UNKNOWN_PHONE.e164());
    assertThat(phones).allMatch(phone -> phone.matches("\\+1(505|575)555[0-9]{4}"));
    long spanish = city.households().stream().filter(h -> h.language() == Language.SPANISH).count();
    assertThat((double) spanish / city.households().size()).isBetween(0.2, 0.3);
  }

  @Test
  void nothingHappenedAfterToday() {
    DemoCityData city = DemoCity.generate(3, 2000, CLOCK);

    for (DemoAccount account : city.accounts()) {
      assertThat(account.openedOn()).isBefore(TODAY);
      for (Bill bill : account.bills()) {
        assertThat(bill.issuedOn()).isBeforeOrEqualTo(TODAY);
        assertThat(bill.periodEnd()).isBefore(bill.issuedOn());
      }
      for (Payment payment : account.payments()) {
        assertThat(payment.receivedOn()).as(account.number().value()).isBeforeOrEqualTo(TODAY);
      }
      for (AccountNote note : account.notes()) {
        assertThat(note.at()).isBeforeOrEqualTo(CLOCK.instant());
      }
    }
  }

  @Test
  void theShowcaseDatesFollowTheClock() {
    Clock later = Clock.offset(CLOCK, Duration.ofDays(45));
    DemoAccount english = DemoCity.generate(1, 7, later).households().get(0).accounts().get(0);

    Bill current = english.bills().get(english.bills().size() - 1);
    assertThat(current.dueOn()).isEqualTo(DemoCity.SHOWCASE_ENGLISH.dueDate(TODAY.plusDays(45)));
    assertThat(current.newCharges()).isEqualTo(DemoCity.SHOWCASE_ENGLISH.balance());
  }
}
