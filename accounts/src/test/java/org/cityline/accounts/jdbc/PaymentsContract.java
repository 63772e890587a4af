package org.cityline.accounts.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.FieldNotification;
import org.cityline.accounts.Money;
import org.cityline.accounts.Payment;
import org.cityline.accounts.PaymentChannel;
import org.cityline.accounts.PaymentMethod;
import org.cityline.accounts.ServiceOrder;
import org.cityline.accounts.ServiceOrderStatus;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.payments.CapturedPayment;
import org.cityline.accounts.payments.EntryResult;
import org.cityline.accounts.payments.IdempotencyKey;
import org.cityline.accounts.payments.PaymentField;
import org.cityline.accounts.payments.PaymentOutcome;
import org.cityline.accounts.payments.PaymentRequest;
import org.cityline.accounts.payments.PaymentToken;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.accounts.testing.DatabaseText;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Card and bank payments through the sandbox gateway: posted once whatever is retried, nothing
 * charged when declined or failed, never half-recorded when the gateway's answer is lost, a pending
 * disconnect cancelled when the past due is paid, and no digits anywhere in the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PaymentsContract {

  private SelfServiceFixture city;
  private int calls;

  abstract StoreEngine engine();

  @BeforeAll
  void city() {
    city = new SelfServiceFixture(engine());
  }

  private PaymentRequest request(AccountNumber account, long cents, PaymentToken token) {
    return request(
        IdempotencyKey.forCall(new CallId("sim", "pay-" + ++calls), 1), account, cents, token);
  }

  private PaymentRequest request(
      IdempotencyKey key, AccountNumber account, long cents, PaymentToken token) {
    return new PaymentRequest(
        key,
        account,
        Money.ofCents(cents),
        token,
        PaymentChannel.IVR,
        Optional.of(new ContactId("contact-" + calls)),
        "ivr",
        city.clock.instant());
  }

  private PaymentToken visa() {
    return city.card(SandboxNumbers.VISA, "1228", "123", "87101");
  }

  @Test
  void aCardPaymentIsPostedWithOnlyTheTokenAndLastFourAndAudited() {
    AccountNumber account =
        city.account(s -> s.balance().cents() > 5_000 && !s.pastDue().isPositive());
    Money before = city.summary(account).balance();
    PaymentRequest request = request(account, 5_000, visa());

    PaymentOutcome outcome = city.services.payments().pay(request);

    assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
    PaymentOutcome.Approved approved = (PaymentOutcome.Approved) outcome;
    assertThat(approved.confirmation()).matches("[1-9][0-9]{9}");
    assertThat(approved.lastFour()).isEqualTo("1111");
    assertThat(approved.method()).isEqualTo(PaymentMethod.CARD);
    assertThat(approved.disconnectCancelled()).isFalse();
    assertThat(city.summary(account).balance()).isEqualTo(before.minus(Money.ofCents(5_000)));
    Payment payment = city.store.customers().detail(account).orElseThrow().payments().getFirst();
    assertThat(payment.confirmation()).isEqualTo(approved.confirmation());
    assertThat(payment.lastFour()).contains("1111");
    assertThat(payment.channel()).isEqualTo(PaymentChannel.IVR);
    assertThat(city.store.audit().forAccount(account, 10))
        .extracting(AuditEntry::action)
        .containsSubsequence("payment-posted", "payment-requested");
    assertThat(city.store.audit().forAccount(account, 10))
        .filteredOn(entry -> entry.action().startsWith("payment-"))
        .hasSize(2)
        .allSatisfy(entry -> assertThat(entry.contact()).isEqualTo(request.contact()));
    assertThat(city.services.payments().outcome(request.key())).contains(outcome);
    String everything = DatabaseText.of(city.dataSource);
    assertThat(everything).doesNotContain(SandboxNumbers.VISA).doesNotContain("411111111111");
  }

  private CapturedPayment captured(AccountNumber account, long cents) {
    return new CapturedPayment(
        IdempotencyKey.forCall(new CallId("twilio", "pay-" + ++calls), 1),
        account,
        Money.ofCents(cents),
        PaymentMethod.CARD,
        "4242",
        "ch_a9dc6297cd1a4fb0",
        PaymentChannel.IVR,
        Optional.of(new ContactId("contact-" + calls)),
        "ivr",
        city.clock.instant());
  }

  @Test
  void aPaymentTheConnectorChargedIsPostedOnceWithoutAskingTheGateway() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);
    Money before = city.summary(account).balance();
    CapturedPayment payment = captured(account, 3_000);

    PaymentOutcome first = city.services.payments().recordCaptured(payment);
    PaymentOutcome again = city.services.payments().recordCaptured(payment);

    assertThat(first).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(((PaymentOutcome.Approved) first).lastFour()).isEqualTo("4242");
    assertThat(again).isEqualTo(first);
    assertThat(payments(payment.key())).isEqualTo(1);
    assertThat(city.count(charges(payment.key()))).as("the gateway was never asked").isZero();
    assertThat(city.summary(account).balance()).isEqualTo(before.minus(Money.ofCents(3_000)));
    assertThat(city.services.payments().recoverPending(Duration.ZERO)).isZero();
  }

  @Test
  void aConnectorPaymentUnderAKeyUsedForAnotherPaymentIsRefused() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);
    PaymentRequest request = request(account, 1_500, visa());
    city.services.payments().pay(request);
    CapturedPayment clash =
        new CapturedPayment(
            request.key(),
            account,
            Money.ofCents(1_500),
            PaymentMethod.CARD,
            "4242",
            "ch_other",
            PaymentChannel.IVR,
            Optional.empty(),
            "ivr",
            city.clock.instant());

    assertThat(city.services.payments().recordCaptured(clash))
        .isInstanceOf(PaymentOutcome.Refused.class);
    assertThat(payments(request.key())).isEqualTo(1);
  }

  @Test
  void theSameRequestAgainAnswersTheSamePaymentAndChargesNothingMore() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);
    PaymentRequest request = request(account, 2_500, visa());

    PaymentOutcome first = city.services.payments().pay(request);
    PaymentOutcome again = city.services.payments().pay(request);

    assertThat(again).isEqualTo(first);
    assertThat(payments(request.key())).isEqualTo(1);
    assertThat(city.count(charges(request.key()))).isEqualTo(1);
  }

  @Test
  void eightNodesAskingAtOnceMakeOnePayment() throws Exception {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);
    PaymentRequest request = request(account, 1_000, visa());
    List<Callable<PaymentOutcome>> nodes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      nodes.add(() -> city.services.payments().pay(request));
    }

    List<PaymentOutcome> outcomes = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (Future<PaymentOutcome> outcome : pool.invokeAll(nodes)) {
        outcomes.add(outcome.get());
      }
    }

    assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(PaymentOutcome.Approved.class));
    assertThat(outcomes.stream().map(o -> ((PaymentOutcome.Approved) o).confirmation()).distinct())
        .hasSize(1);
    assertThat(payments(request.key())).isEqualTo(1);
    assertThat(city.count(charges(request.key()))).isEqualTo(1);
  }

  @Test
  void aKeyUsedForAnotherPaymentIsRefused() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);
    PaymentToken card = visa();
    IdempotencyKey key = IdempotencyKey.forCall(new CallId("sim", "reused"), 1);
    city.services.payments().pay(request(key, account, 1_000, card));

    assertThat(city.services.payments().pay(request(key, account, 2_000, card)))
        .isInstanceOf(PaymentOutcome.Refused.class);
    assertThat(payments(key)).isEqualTo(1);
  }

  @Test
  void aDeclinedCardChargesNothingAndIsAudited() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);
    Money before = city.summary(account).balance();
    PaymentRequest request =
        request(account, 3_000, city.card(SandboxNumbers.CARD_DECLINED, "1228", "123", "87101"));

    assertThat(city.services.payments().pay(request))
        .isEqualTo(new PaymentOutcome.Declined("the card was declined"));
    assertThat(city.services.payments().pay(request))
        .isEqualTo(new PaymentOutcome.Declined("the card was declined"));
    assertThat(payments(request.key())).isZero();
    assertThat(city.summary(account).balance()).isEqualTo(before);
    assertThat(city.store.audit().forAccount(account, 5))
        .extracting(AuditEntry::action)
        .contains("payment-declined");
  }

  @Test
  void insufficientFundsAndAZipThatDoesNotMatchAreDeclined() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);

    assertThat(
            city.services
                .payments()
                .pay(
                    request(
                        account,
                        1_000,
                        city.card(SandboxNumbers.CARD_NO_FUNDS, "1228", "123", "87101"))))
        .isEqualTo(new PaymentOutcome.Declined("insufficient funds"));
    assertThat(
            city.services
                .payments()
                .pay(
                    request(
                        account,
                        1_000,
                        city.card(
                            SandboxNumbers.VISA, "1228", "123", SandboxNumbers.ZIP_MISMATCH))))
        .isEqualTo(new PaymentOutcome.Declined("the billing ZIP code does not match the card"));
  }

  @Test
  void aProcessorThatIsDownFailsWithNothingCharged() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);
    PaymentRequest request =
        request(
            account, 3_000, city.card(SandboxNumbers.CARD_PROCESSOR_DOWN, "1228", "123", "87101"));

    assertThat(city.services.payments().pay(request)).isInstanceOf(PaymentOutcome.Failed.class);
    assertThat(payments(request.key())).isZero();
  }

  @Test
  void aLostAnswerIsNeverHalfRecordedAndIsPostedOnceLater() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);
    Money before = city.summary(account).balance();
    PaymentRequest request =
        request(account, 4_000, city.card(SandboxNumbers.CARD_ANSWER_LOST, "1228", "123", "87101"));

    assertThat(city.services.payments().pay(request))
        .isInstanceOf(PaymentOutcome.Unconfirmed.class);
    assertThat(payments(request.key())).as("charged at the gateway, not yet posted").isZero();
    assertThat(city.count(charges(request.key()))).isEqualTo(1);

    city.later(Duration.ofMinutes(10));
    assertThat(city.services.payments().recoverPending(Duration.ofMinutes(5))).isEqualTo(1);
    assertThat(city.services.payments().recoverPending(Duration.ofMinutes(5))).isZero();

    assertThat(payments(request.key())).isEqualTo(1);
    assertThat(city.summary(account).balance()).isEqualTo(before.minus(Money.ofCents(4_000)));
    assertThat(city.services.payments().pay(request)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(payments(request.key())).isEqualTo(1);
    assertThat(city.count(charges(request.key()))).isEqualTo(1);
  }

  @Test
  void payingThePastDueCancelsThePendingDisconnectAndTellsTheField() {
    AccountNumber account =
        city.account(s -> s.pendingDisconnect().isPresent() && s.pastDue().isPositive());
    Money pastDue = city.summary(account).pastDue();
    PaymentRequest request = request(account, pastDue.cents(), visa());

    PaymentOutcome.Approved approved =
        (PaymentOutcome.Approved) city.services.payments().pay(request);

    assertThat(approved.disconnectCancelled()).isTrue();
    assertThat(city.summary(account).pendingDisconnect()).isEmpty();
    ServiceOrder order =
        city.store.customers().detail(account).orElseThrow().serviceOrders().stream()
            .filter(o -> o.type() == ServiceOrderType.DISCONNECT_NONPAYMENT)
            .filter(o -> o.status() == ServiceOrderStatus.CANCELLED)
            .findFirst()
            .orElseThrow();
    assertThat(order.notes().getLast().text())
        .contains("past-due amount paid")
        .contains(approved.confirmation());
    assertThat(city.store.customers().detail(account).orElseThrow().notes().getFirst().text())
        .contains("Disconnect order " + order.id() + " cancelled");
    assertThat(city.store.audit().forAccount(account, 10))
        .extracting(AuditEntry::action)
        .contains(FieldNotification.DISCONNECT_CANCELLED, "payment-posted");
    FieldNotification told =
        city.notifier.told.stream()
            .filter(n -> n.account().equals(account))
            .findFirst()
            .orElseThrow();
    assertThat(told.serviceOrder()).isEqualTo(order.id());
    assertThat(told.message()).contains("Do not disconnect account " + account);
    assertThat(told.contact()).isEqualTo(request.contact());
    assertThat(city.services.fieldNotifications().forAccount(account, 5)).contains(told);
    assertThat(city.services.payments().pay(request)).isEqualTo(approved);
  }

  @Test
  void payingLessThanThePastDueLeavesTheDisconnect() {
    AccountNumber account =
        city.account(s -> s.pendingDisconnect().isPresent() && s.pastDue().cents() > 200);
    Money pastDue = city.summary(account).pastDue();

    PaymentOutcome.Approved approved =
        (PaymentOutcome.Approved)
            city.services.payments().pay(request(account, pastDue.cents() - 100, visa()));

    assertThat(approved.disconnectCancelled()).isFalse();
    assertThat(city.summary(account).pendingDisconnect()).isPresent();
  }

  @Test
  void aFieldSystemThatIsDownGetsTheNotificationFromTheRelay() {
    AccountNumber account =
        city.account(s -> s.pendingDisconnect().isPresent() && s.pastDue().isPositive());
    city.notifier.failing = true;
    try {
      city.services
          .payments()
          .pay(request(account, city.summary(account).pastDue().cents(), visa()));
    } finally {
      city.notifier.failing = false;
    }
    assertThat(city.notifier.told).noneMatch(n -> n.account().equals(account));

    assertThat(city.services.fieldNotifications().relayUnpublished()).isGreaterThanOrEqualTo(1);

    assertThat(city.notifier.told).anyMatch(n -> n.account().equals(account));
    assertThat(city.services.fieldNotifications().relayUnpublished()).isZero();
  }

  @Test
  void aBankPaymentIsTakenAndABankThatDeclinesChargesNothing() {
    AccountNumber account = city.account(s -> s.balance().cents() > 5_000);

    PaymentOutcome approved =
        city.services
            .payments()
            .pay(
                request(
                    account,
                    1_500,
                    city.bank(SandboxNumbers.ROUTING, SandboxNumbers.BANK_ACCOUNT)));
    PaymentOutcome declined =
        city.services
            .payments()
            .pay(request(account, 1_500, city.bank("011000015", SandboxNumbers.BANK_DECLINE)));

    assertThat(approved).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(((PaymentOutcome.Approved) approved).lastFour()).isEqualTo("6789");
    assertThat(((PaymentOutcome.Approved) approved).method()).isEqualTo(PaymentMethod.BANK);
    assertThat(declined).isEqualTo(new PaymentOutcome.Declined("the bank declined the payment"));
    assertThat(DatabaseText.of(city.dataSource))
        .doesNotContain(SandboxNumbers.BANK_ACCOUNT)
        .doesNotContain(SandboxNumbers.ROUTING);
  }

  @Test
  void requestsOutsideTheLimitsForUnknownAccountsOrWithIncompleteDetailsAreRefused() {
    AccountNumber account = city.account(s -> true);
    PaymentToken incomplete =
        ((EntryResult.Accepted)
                city.enter(Optional.empty(), PaymentField.CARD_NUMBER, SandboxNumbers.VISA))
            .token();

    assertThat(city.services.payments().pay(request(account, 99, visa())))
        .isEqualTo(new PaymentOutcome.Refused("the smallest payment is $1.00"));
    assertThat(city.services.payments().pay(request(account, 500_001, visa())))
        .isEqualTo(new PaymentOutcome.Refused("the largest payment is $5000.00"));
    assertThat(
            city.services.payments().pay(request(new AccountNumber("9999999999"), 1_000, visa())))
        .isEqualTo(new PaymentOutcome.Refused("there is no account 9999999999"));
    assertThat(city.services.payments().pay(request(account, 1_000, incomplete)))
        .isInstanceOf(PaymentOutcome.Refused.class);
    assertThat(
            city.services
                .payments()
                .pay(request(account, 1_000, new PaymentToken("pm_sbx_unknown1"))))
        .isInstanceOf(PaymentOutcome.Refused.class);
  }

  @Test
  void badDetailsAreRefusedOneByOneAndChangeNothing() {
    Optional<PaymentToken> none = Optional.empty();
    assertThat(city.enter(none, PaymentField.CARD_NUMBER, "4111111111111112"))
        .isInstanceOf(EntryResult.Invalid.class);
    assertThat(city.enter(none, PaymentField.ROUTING_NUMBER, "021000022"))
        .isInstanceOf(EntryResult.Invalid.class);
    assertThat(city.enter(none, PaymentField.CARD_EXPIRY, "1228"))
        .as("a detail before the number")
        .isInstanceOf(EntryResult.Invalid.class);
    assertThat(
            city.enter(
                Optional.of(new PaymentToken("pm_sbx_nosuchtoken")),
                PaymentField.CARD_EXPIRY,
                "1228"))
        .isInstanceOf(EntryResult.Unavailable.class);
    PaymentToken card =
        ((EntryResult.Accepted) city.enter(none, PaymentField.CARD_NUMBER, SandboxNumbers.VISA))
            .token();
    assertThat(city.enter(Optional.of(card), PaymentField.CARD_EXPIRY, "0226"))
        .isEqualTo(new EntryResult.Invalid("the card has expired"));
    assertThat(city.enter(Optional.of(card), PaymentField.CARD_SECURITY_CODE, "1234"))
        .isInstanceOf(EntryResult.Invalid.class);
    assertThat(city.enter(Optional.of(card), PaymentField.BANK_ACCOUNT_NUMBER, "000123456789"))
        .isInstanceOf(EntryResult.Invalid.class);
    assertThat(city.services.gateway().describe(card).orElseThrow().complete()).isFalse();

    city.later(Duration.ofHours(2));
    assertThat(city.enter(Optional.of(card), PaymentField.CARD_EXPIRY, "1228"))
        .as("an hour-old token has expired")
        .isInstanceOf(EntryResult.Unavailable.class);
  }

  private long payments(IdempotencyKey key) {
    return city.count("SELECT COUNT(*) FROM payment WHERE idempotency_key = '" + key.value() + "'");
  }

  private static String charges(IdempotencyKey key) {
    return "SELECT COUNT(*) FROM sandbox_charge WHERE idempotency_key = '" + key.value() + "'";
  }
}
