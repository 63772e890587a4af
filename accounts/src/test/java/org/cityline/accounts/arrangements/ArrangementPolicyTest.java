package org.cityline.accounts.arrangements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountStatus;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.Instalment;
import org.cityline.accounts.Money;
import org.cityline.accounts.arrangements.ArrangementEligibility.Eligible;
import org.cityline.accounts.arrangements.ArrangementEligibility.NotEligible;
import org.cityline.accounts.arrangements.ArrangementEligibility.Reason;
import org.junit.jupiter.api.Test;

/** Each eligibility rule on its own, and the shape of extensions and instalments. */
class ArrangementPolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final ArrangementPolicy POLICY = ArrangementPolicy.defaults();

  private static ArrangementFacts facts(
      AccountStatus status, long pastDueCents, boolean active, Optional<LocalDate> broken) {
    return new ArrangementFacts(
        status,
        Money.ofCents(pastDueCents),
        active,
        broken,
        Optional.of(TODAY.plusDays(12)),
        TODAY);
  }

  private static ArrangementFacts ok() {
    return facts(AccountStatus.ACTIVE, 57_984, false, Optional.empty());
  }

  @Test
  void anActiveAccountWithAModestPastDueMayHaveOne() {
    assertThat(POLICY.evaluate(ok()))
        .isEqualTo(
            new Eligible(Money.ofCents(57_984), TODAY.plusDays(10), 2, 6, TODAY.plusDays(12)));
  }

  @Test
  void eachRuleRefusesOnItsOwn() {
    assertThat(POLICY.evaluate(facts(AccountStatus.DISCONNECTED, 57_984, false, Optional.empty())))
        .isEqualTo(new NotEligible(Reason.ACCOUNT_NOT_ACTIVE));
    assertThat(POLICY.evaluate(facts(AccountStatus.ACTIVE, 57_984, true, Optional.empty())))
        .isEqualTo(new NotEligible(Reason.ALREADY_ARRANGED));
    assertThat(
            POLICY.evaluate(
                facts(AccountStatus.ACTIVE, 57_984, false, Optional.of(TODAY.minusMonths(11)))))
        .isEqualTo(new NotEligible(Reason.BROKEN_RECENTLY));
    assertThat(POLICY.evaluate(facts(AccountStatus.ACTIVE, 0, false, Optional.empty())))
        .isEqualTo(new NotEligible(Reason.NOTHING_PAST_DUE));
    assertThat(POLICY.evaluate(facts(AccountStatus.ACTIVE, 1_999, false, Optional.empty())))
        .isEqualTo(new NotEligible(Reason.TOO_LITTLE_PAST_DUE));
    assertThat(POLICY.evaluate(facts(AccountStatus.ACTIVE, 200_001, false, Optional.empty())))
        .isEqualTo(new NotEligible(Reason.TOO_DELINQUENT));
  }

  @Test
  void theBoundsThemselvesAreAllowed() {
    assertThat(POLICY.evaluate(facts(AccountStatus.ACTIVE, 2_000, false, Optional.empty())))
        .isInstanceOf(Eligible.class);
    assertThat(POLICY.evaluate(facts(AccountStatus.ACTIVE, 200_000, false, Optional.empty())))
        .isInstanceOf(Eligible.class);
    assertThat(
            POLICY.evaluate(
                facts(
                    AccountStatus.ACTIVE,
                    57_984,
                    false,
                    Optional.of(TODAY.minusMonths(12).minusDays(1)))))
        .as("a broken arrangement older than twelve months no longer counts")
        .isInstanceOf(Eligible.class);
  }

  @Test
  void extensionsAreUpToTenDaysAndInstalmentsTwoToSix() {
    Eligible eligible = (Eligible) POLICY.evaluate(ok());

    assertThat(POLICY.problem(eligible, ArrangementKind.EXTENSION, 10)).isEmpty();
    assertThat(POLICY.problem(eligible, ArrangementKind.EXTENSION, 11)).isPresent();
    assertThat(POLICY.problem(eligible, ArrangementKind.EXTENSION, 0)).isPresent();
    assertThat(POLICY.problem(eligible, ArrangementKind.INSTALMENTS, 2)).isEmpty();
    assertThat(POLICY.problem(eligible, ArrangementKind.INSTALMENTS, 6)).isEmpty();
    assertThat(POLICY.problem(eligible, ArrangementKind.INSTALMENTS, 1)).isPresent();
    assertThat(POLICY.problem(eligible, ArrangementKind.INSTALMENTS, 7)).isPresent();
  }

  @Test
  void anExtensionIsTheWholePastDueOnTheChosenDay() {
    Eligible eligible = (Eligible) POLICY.evaluate(ok());

    assertThat(ArrangementPolicy.instalments(eligible, ArrangementKind.EXTENSION, 10, TODAY))
        .containsExactly(
            new Instalment(1, TODAY.plusDays(10), Money.ofCents(57_984), Optional.empty()));
  }

  @Test
  void instalmentsSplitEvenlyWithTheOddCentsFirstOnTheNextBills() {
    Eligible eligible = (Eligible) POLICY.evaluate(ok());

    List<Instalment> three =
        ArrangementPolicy.instalments(eligible, ArrangementKind.INSTALMENTS, 3, TODAY);

    assertThat(three)
        .extracting(Instalment::amount)
        .containsExactly(Money.ofCents(19_328), Money.ofCents(19_328), Money.ofCents(19_328));
    List<Instalment> seven =
        ArrangementPolicy.instalments(
            new Eligible(Money.ofCents(1_000), TODAY, 2, 6, TODAY),
            ArrangementKind.INSTALMENTS,
            3,
            TODAY);
    assertThat(seven)
        .extracting(Instalment::amount)
        .containsExactly(Money.ofCents(334), Money.ofCents(333), Money.ofCents(333));
    assertThat(three)
        .extracting(Instalment::dueOn)
        .containsExactly(
            TODAY.plusDays(12).plusMonths(1),
            TODAY.plusDays(12).plusMonths(2),
            TODAY.plusDays(12).plusMonths(3));
  }

  @Test
  void aPolicyOutOfItsOwnBoundsIsRefused() {
    assertThatThrownBy(
            () ->
                new ArrangementPolicy(
                    Money.ofCents(100), Money.ofCents(50), 10, 2, 6, java.time.Period.ofMonths(12)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ArrangementPolicy(
                    Money.ofCents(100),
                    Money.ofCents(500),
                    10,
                    1,
                    6,
                    java.time.Period.ofMonths(12)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
