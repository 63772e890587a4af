package org.cityline.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityline.accounts.ContactRecord;
import org.cityline.common.Language;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.ManualClock;
import org.cityline.ivr.flow.Session;
import org.cityline.ivr.testing.DemoAccounts;
import org.cityline.ivr.testing.FakeContactHistory;
import org.cityline.ivr.testing.FakeCustomerInformation;
import org.cityline.ivr.testing.FakeRoutingService;
import org.cityline.ivr.testing.InMemorySessionStore;
import org.cityline.ivr.testing.TestCall;
import org.cityline.ivr.testing.TestPorts;
import org.junit.jupiter.api.Test;

/** The runtime around the engine: sessions, ports, endings, and events it did not expect. */
class IvrTest {

  private static final String EXPIRED =
      "We're sorry, this call has timed out. Please call again. Lo sentimos, el tiempo de esta"
          + " llamada se agotó. Por favor, vuelva a llamar.";

  private final ManualClock clock = new ManualClock();
  private final InMemorySessionStore sessions =
      new InMemorySessionStore(clock, Duration.ofMinutes(30));
  private final FakeCustomerInformation customers = DemoAccounts.all();
  private final FakeRoutingService routing = new FakeRoutingService();
  private final FakeContactHistory history = new FakeContactHistory();
  private final Ivr ivr = TestPorts.ivr(sessions, customers, routing, history, clock);

  @Test
  void aCallerWhoHangsUpMidIvrIsRecordedAbandonedAndLeavesNothingBehind() {
    TestCall call = TestCall.from(ivr, clock, "gone", "+15055550177");
    call.arrive();
    call.silence();
    call.press("12345");

    assertThat(call.hangUp()).isEmpty();

    ContactRecord record = history.only();
    assertThat(record.outcome()).isEqualTo("abandoned");
    assertThat(record.account()).isEmpty();
    assertThat(record.verified()).isFalse();
    assertThat(record.channel()).isEqualTo("voice");
    assertThat(record.arrivedAt()).isEqualTo(clock.instant().minusSeconds(3));
    assertThat(record.endedAt()).isEqualTo(clock.instant());
    assertThat(record.ivrTrail())
        .contains("Caller number +15055550177 matched no account")
        .contains("Keyed an invalid entry at the account number prompt");
    assertThat(sessions.size()).isZero();
    assertThat(routing.callEvents()).as("routing never knew the call").isEmpty();
  }

  @Test
  void aCallerWhoHangsUpAfterHearingTheirBalanceWasServed() {
    TestCall call = TestCall.from(ivr, clock, "served", "+15055550101");
    call.arrive();
    call.silence();
    call.press("1");

    call.hangUp();

    assertThat(history.only().outcome()).isEqualTo("self-service");
  }

  @Test
  void whenTheIvrHangsUpTheContactIsRecordedOnceAndTheLaterEndIsANoOp() {
    TestCall call = TestCall.from(ivr, clock, "bye", "+15055550101");
    call.arrive();
    call.silence();
    call.press("1");
    call.press("2");
    assertThat(history.only().outcome()).isEqualTo("self-service");

    call.send(
        new CallEvent.CallEnded(
            call.id(), CallEvent.EndReason.HUNG_UP_BY_CITYLINE, clock.instant()));

    assertThat(history.ended()).hasSize(1);
    assertThat(routing.callEvents()).as("the dispatcher, not the IVR, tells routing").isEmpty();
  }

  @Test
  void afterTheTransferRoutingOwnsTheCallAndTheIvrLeavesItsEndAlone() {
    TestCall call = TestCall.from(ivr, clock, "xfer", "+15055550101");
    call.arrive();
    call.press("0");
    assertThat(routing.only().reason()).isEqualTo("Pressed 0 at the welcome (language choice)");
    assertThat(routing.only().account())
        .as("the caller's number was looked up before the greeting")
        .contains(new org.cityline.accounts.AccountNumber("1234567890"));
    assertThat(sessions.size()).as("the IVR answers the caller while they wait").isOne();

    call.hangUp();

    assertThat(routing.callEvents()).as("the dispatcher, not the IVR, tells routing").isEmpty();
    assertThat(history.ended()).as("routing records the abandon, not the IVR").isEmpty();
    assertThat(sessions.size()).isZero();
  }

  @Test
  void agentLegEventsAreNotTheIvrsBusiness() {
    CallId call = new CallId("sim", "agent-leg");

    assertThat(ivr.handle(new CallEvent.AgentConnected(call, "desk-1", clock.instant()))).isEmpty();
    assertThat(
            ivr.handle(new CallEvent.AgentLegFailed(call, "desk-1", "no answer", clock.instant())))
        .isEmpty();
    assertThat(routing.callEvents()).isEmpty();
    assertThat(sessions.size()).isZero();
  }

  @Test
  void keysForAnExpiredSessionGetAnApologyInBothLanguagesAndNothingIsCreated() {
    TestCall call = TestCall.from(ivr, clock, "late", "+15055550101");
    call.arrive();
    clock.advance(Duration.ofMinutes(31));

    call.press("1");

    assertThat(call.heard()).isEqualTo(EXPIRED);
    assertThat(call.last().getLast()).isInstanceOf(CallCommand.Hangup.class);
    assertThat(sessions.size()).isZero();
    assertThat(sessions.peek(call.id())).isEmpty();
    assertThat(call.silence()).isNotEmpty();
    assertThat(call.heard()).isEqualTo(EXPIRED);
  }

  @Test
  void aSessionThatExpiresWithoutAHangUpIsRecordedOnce() {
    TestCall lost = TestCall.from(ivr, clock, "lost", "+15055550177");
    lost.arrive();
    TestCall served = TestCall.from(ivr, clock, "lost-served", "+15055550101");
    served.arrive();
    served.silence();
    served.press("1");
    clock.advance(Duration.ofMinutes(31));

    sessions.expire();

    assertThat(history.ended())
        .extracting(ContactRecord::outcome)
        .containsExactlyInAnyOrder("abandoned", "self-service");
    lost.hangUp();
    assertThat(history.ended()).hasSize(2);
  }

  @Test
  void keysReplayedAfterTheTransferAreToldToKeepHolding() {
    TestCall call = TestCall.from(ivr, clock, "replay-xfer", "+15055550101");
    call.arrive();
    call.press("1");
    call.press("0");
    List<CallCommand> first = call.last();

    List<CallCommand> again = call.replay();

    assertThat(again)
        .singleElement()
        .isInstanceOfSatisfying(
            CallCommand.WaitForAgent.class,
            wait ->
                assertThat(wait.announcement().text())
                    .isEqualTo(
                        "Para que le devolvamos la llamada sin perder su lugar en la fila, oprima"
                            + " 1."));
    assertThat(again.getLast()).as("the same hold, same step token").isEqualTo(first.getLast());
    assertThat(routing.enqueued()).hasSize(1);
  }

  @Test
  void aReplayedKeyIsAnsweredTheSameAndCountsOnce() {
    TestCall call = TestCall.from(ivr, clock, "replay", "+15055550101");
    call.arrive();
    call.silence();
    List<CallCommand> wrong = call.press("7");

    assertThat(call.replay()).isEqualTo(wrong);
    assertThat(call.replay()).isEqualTo(wrong);

    assertThat(sessions.peek(call.id()).map(Session::retries)).contains(1);
    int lookupsBefore = customers.lookups();
    call.press("1");
    List<CallCommand> balance = call.last();
    assertThat(call.replay()).isEqualTo(balance);
    assertThat(customers.lookups()).as("the balance is read once").isEqualTo(lookupsBefore + 1);
  }

  @Test
  void aRetriedArrivalRepeatsTheWelcomeForTheSameContact() {
    TestCall call = TestCall.from(ivr, clock, "twice", "+15055550101");
    List<CallCommand> first = call.arrive();
    var contact = sessions.peek(call.id()).orElseThrow().contact();

    assertThat(call.replay()).isEqualTo(first);
    assertThat(sessions.peek(call.id()).orElseThrow().contact()).isEqualTo(contact);
  }

  @Test
  void whenRoutingRefusesTheCallerHearsAnApologyAndTheCallEndsAsFailed() {
    routing.refuseWith("billing is closed");
    TestCall call = TestCall.from(ivr, clock, "refused", "+15055550101");
    call.arrive();

    call.press("0");

    assertThat(call.heard())
        .isEqualTo(
            "We're sorry, no representative can take your call right now. Please call again"
                + " later.");
    assertThat(call.last().getLast()).isInstanceOf(CallCommand.Hangup.class);
    ContactRecord record = history.only();
    assertThat(record.outcome()).isEqualTo("failed");
    assertThat(record.ivrTrail())
        .contains("Routing refused the transfer to billing: billing is closed");
    assertThat(sessions.size()).isZero();
  }

  @Test
  void whenTheAccountRecordsAreDownTheCallerIsAskedToIdentifyThenGoesToAPerson() {
    customers.goDown();
    TestCall call = TestCall.from(ivr, clock, "cis-down", "+15055550101");
    call.arrive();

    call.silence();
    assertThat(call.heard())
        .isEqualTo(
            "Please enter your 10-digit account number, then press pound. If you don't have it, press 8.");
    call.press("1234567890");
    call.press("87101");

    assertThat(call.heard())
        .isEqualTo(
            "Sorry, we can't reach our account records right now. Please hold for the next"
                + " available representative. To be called back instead, without losing your"
                + " place in line, press 1.");
    assertThat(routing.only().reason()).isEqualTo("The IVR could not reach account records");
    assertThat(routing.only().verified()).isFalse();
  }

  @Test
  void aBrokenSessionStoreGetsAnApologyNotAnException() {
    SessionStore broken =
        new SessionStore() {
          @Override
          public Lease lock(CallId call) {
            throw new IllegalStateException("the cluster is gone (test)");
          }

          @Override
          public void onExpired(java.util.function.Consumer<Session> listener) {}
        };
    Ivr failing = TestPorts.ivr(broken, customers, routing, history, clock);
    TestCall call = TestCall.from(failing, clock, "broken", "+15055550101");

    call.arrive();

    assertThat(call.heard())
        .isEqualTo(
            "We're sorry, we are having technical difficulties. Please call again later. Lo"
                + " sentimos, tenemos dificultades técnicas. Por favor, llame más tarde.");
    assertThat(call.last().getLast()).isInstanceOf(CallCommand.Hangup.class);
    assertThat(call.hangUp()).isEmpty();
  }

  @Test
  void theCallContractRefusesLettersEmptyAndOverlongKeys() {
    CallId id = new CallId("sim", "bad");
    for (String bad : new String[] {"", "12a4", "1 2", "123456789012345678901234567890123"}) {
      assertThatThrownBy(() -> new CallEvent.DigitsEntered(id, bad, clock.instant()))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void overlongKeysAtTheAccountPromptAreRetried() {
    TestCall call = TestCall.from(ivr, clock, "long", null);
    call.arrive();
    call.silence();

    call.press("12345678901234567890");

    assertThat(call.heard())
        .isEqualTo(
            "Sorry, that is not a valid entry. Please enter your 10-digit account number, then"
                + " press pound. If you don't have it, press 8.");
  }

  @Test
  void concurrentEventsForOneCallAreAppliedOneAfterTheOther() throws Exception {
    TestCall call = TestCall.from(ivr, clock, "busy", "+15055550101");
    call.arrive();
    call.silence();
    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<CallCommand>>> answers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int n = i;
      answers.add(
          threads.submit(
              () -> {
                start.await();
                return ivr.handle(
                    new CallEvent.DigitsEntered(call.id(), "7", clock.instant().plusMillis(n + 1)));
              }));
    }
    start.countDown();
    for (Future<List<CallCommand>> answer : answers) {
      assertThat(answer.get()).isNotEmpty();
    }
    threads.close();

    assertThat(sessions.peek(call.id()).map(Session::retries)).contains(2);
  }

  @Test
  void aCallWithoutACallerNumberStillReachesAPerson() {
    TestCall call = TestCall.from(ivr, clock, "anon", null);
    call.arrive(Language.ENGLISH);

    call.press("0");

    assertThat(routing.only().caller()).isEqualTo(Optional.empty());
    assertThat(routing.only().verified()).isFalse();
  }
}
