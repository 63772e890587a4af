package org.cityline.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invariants the account records keep, so nothing inconsistent reaches the store. */
class AccountRecordsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void aBillsLinesMustAddUpToItsCharges() {
    List<BillLine> lines =
        List.of(
            line(
                ChargeKind.USAGE,
                "108.97",
                Optional.of(new Usage(new BigDecimal("812"), UsageUnit.KWH))),
            line(ChargeKind.BASE, "11.50", Optional.empty()));

    Bill bill = bill(lines, "120.47");
    assertThat(bill.lines()).hasSize(2);

    assertThatThrownBy(() -> bill(lines, "120.48"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines add up to 120.47 but the bill says 120.48");
  }

  @Test
  void aBillIsNotDueBeforeItIsIssued() {
    assertThatThrownBy(
            () ->
                new Bill(
                    1,
                    DAY,
                    DAY.minusMonths(1),
                    DAY.minusDays(1),
                    DAY.minusDays(1),
                    Money.ZERO,
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usageKeepsThreeDecimalsAndReadsNaturally() {
    Usage usage = new Usage(new BigDecimal("4.25"), UsageUnit.KGAL);

    assertThat(usage.quantity()).isEqualByComparingTo("4.250");
    assertThat(usage.quantity().scale()).isEqualTo(3);
    assertThat(usage.display()).isEqualTo("4.25 kgal");
    assertThatThrownBy(() -> new Usage(new BigDecimal("-1"), UsageUnit.KWH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cardAndBankPaymentsCarryOnlyTheLastFour() {
    Payment card = payment(PaymentMethod.CARD, Optional.of("4242"));
    assertThat(card.toString()).contains("lastFour=Optional[4242]");

    assertThatThrownBy(() -> payment(PaymentMethod.CARD, Optional.of("4111111111111111")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the last four are four digits, nothing more");
    assertThatThrownBy(() -> payment(PaymentMethod.BANK, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> payment(PaymentMethod.CASH, Optional.of("1234")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(payment(PaymentMethod.CHECK, Optional.empty()).isPosted()).isTrue();
  }

  @Test
  void aPaymentIsPositiveAndHasAReadableConfirmation() {
    assertThatThrownBy(
            () ->
                new Payment(
                    1,
                    DAY,
                    Money.ZERO,
                    PaymentMethod.CASH,
                    PaymentChannel.OFFICE,
                    Optional.empty(),
                    "CL-00000001",
                    PaymentStatus.POSTED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Payment(
                    1,
                    DAY,
                    Money.parse("1.00"),
                    PaymentMethod.CASH,
                    PaymentChannel.OFFICE,
                    Optional.empty(),
                    "<script>",
                    PaymentStatus.POSTED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anArrangementsInstalmentsAddUpToItsTotal() {
    List<Instalment> instalments =
        List.of(instalment(1, "75.00"), instalment(2, "75.00"), instalment(3, "75.01"));

    PaymentArrangement arrangement =
        new PaymentArrangement(
            7,
            ArrangementKind.INSTALMENTS,
            ArrangementStatus.ACTIVE,
            DAY,
            Money.parse("225.01"),
            instalments);
    assertThat(arrangement.isActive()).isTrue();

    assertThatThrownBy(
            () ->
                new PaymentArrangement(
                    7,
                    ArrangementKind.INSTALMENTS,
                    ArrangementStatus.ACTIVE,
                    DAY,
                    Money.parse("225.00"),
                    instalments))
        .hasMessageContaining("instalments add up to 225.01");
    assertThatThrownBy(
            () ->
                new PaymentArrangement(
                    8,
                    ArrangementKind.EXTENSION,
                    ArrangementStatus.ACTIVE,
                    DAY,
                    Money.parse("225.01"),
                    instalments))
        .hasMessageContaining("an extension is one payment");
  }

  @Test
  void onlyBudgetBillingHasAnAmountAndOnlySelectDueDateADay() {
    assertThat(
            new ProgramEnrolment(
                    Program.BUDGET_BILLING,
                    DAY,
                    Optional.of(Money.parse("140.00")),
                    Optional.empty())
                .budgetAmount())
        .isPresent();
    assertThatThrownBy(
            () ->
                new ProgramEnrolment(
                    Program.EBILL, DAY, Optional.of(Money.parse("1.00")), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ProgramEnrolment(
                    Program.SELECT_DUE_DATE, DAY, Optional.empty(), Optional.of(31)))
        .hasMessageContaining("1 to 28");
    assertThatThrownBy(
            () ->
                new ProgramEnrolment(
                    Program.SELECT_DUE_DATE, DAY, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPendingDisconnectIsAnOpenOrScheduledDisconnectOrder() {
    assertThat(
            order(ServiceOrderType.DISCONNECT_NONPAYMENT, ServiceOrderStatus.SCHEDULED)
                .isPendingDisconnect())
        .isTrue();
    assertThat(
            order(ServiceOrderType.DISCONNECT_NONPAYMENT, ServiceOrderStatus.OPEN)
                .isPendingDisconnect())
        .isTrue();
    assertThat(
            order(ServiceOrderType.DISCONNECT_NONPAYMENT, ServiceOrderStatus.CANCELLED)
                .isPendingDisconnect())
        .isFalse();
    assertThat(order(ServiceOrderType.METER_REREAD, ServiceOrderStatus.OPEN).isPendingDisconnect())
        .isFalse();
  }

  @Test
  void malformedAccountNumbersAreRefusedOrNotParsed() {
    assertThat(AccountNumber.parse("100-000-0017")).hasValue(new AccountNumber("1000000017"));
    for (String bad :
        new String[] {"", "123", "10000000170", "1000000O17", "1000000017'--", "１０００００００１７"}) {
      assertThat(AccountNumber.parse(bad)).as(bad).isEmpty();
      assertThatThrownBy(() -> new AccountNumber(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(AccountNumber.parse(null)).isEmpty();
  }

  private static BillLine line(ChargeKind kind, String amount, Optional<Usage> usage) {
    return new BillLine(UtilityService.ELECTRIC, kind, kind.name(), usage, Money.parse(amount));
  }

  private static Bill bill(List<BillLine> lines, String total) {
    return new Bill(
        1, DAY, DAY.minusMonths(1), DAY.minusDays(1), DAY.plusDays(21), Money.parse(total), lines);
  }

  private static Payment payment(PaymentMethod method, Optional<String> lastFour) {
    return new Payment(
        1,
        DAY,
        Money.parse("10.00"),
        method,
        PaymentChannel.WEB,
        lastFour,
        "CL-00000001",
        PaymentStatus.POSTED);
  }

  private static Instalment instalment(int number, String amount) {
    return new Instalment(
        number, DAY.plusDays(30L * number), Money.parse(amount), Optional.empty());
  }

  private static ServiceOrder order(ServiceOrderType type, ServiceOrderStatus status) {
    return new ServiceOrder(
        1,
        type,
        status,
        Optional.empty(),
        DAY,
        Optional.of(DAY.plusDays(3)),
        Optional.empty(),
        List.of());
  }
}
