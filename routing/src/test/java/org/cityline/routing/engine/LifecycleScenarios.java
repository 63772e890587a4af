package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.WrapUp;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A contact's life through the router, from enqueue to the record in the history: run over the
 * in-memory stores and over a real two-member Hazelcast cluster by the subclasses.
 */
abstract class LifecycleScenarios {

  static final ContactId C1 = new ContactId("c1");
  static final CallId CALL1 = new CallId("sim", "call-c1");

  RoutingHarness routing;

  abstract RoutingHarness.Stores freshStores();

  @BeforeEach
  void start() {
    routing = new RoutingHarness(freshStores(), RoutingHarness.World.fresh());
  }

  @AfterEach
  void stop() {
    routing.close();
  }

  Instant now() {
    return routing.clock.instant();
  }

  AgentSnapshot agent(AgentId agent) {
    return routing.agent(agent).orElseThrow();
  }

  ContactState contactState(String id) {
    return routing.contact(id).orElseThrow().state();
  }

  void enqueue(String id) {
    assertThat(routing.router.enqueue(Requests.billing(id, now()))).isEqualTo(done());
  }

  static org.cityline.routing.RoutingResult done() {
    return org.cityline.routing.RoutingResult.ok();
  }

  @Test
  void aCallerIsOfferedAcceptedHeldResumedHungUpAndWrappedUp() {
    AgentId ann = routing.availableAgent("ann");

    enqueue("c1");

    RoutingEvent.OfferMade offer = routing.events.published(RoutingEvent.OfferMade.class).get(0);
    assertThat(offer.agent()).isEqualTo(ann);
    assertThat(offer.contact().account()).map(a -> a.value()).hasValue("1234567890");
    assertThat(offer.contact().trail()).hasSize(3);
    assertThat(offer.expiresAt()).isEqualTo(now().plusSeconds(20));
    assertThat(agent(ann).state()).isEqualTo(AgentState.RESERVED);
    assertThat(agent(ann).contacts()).extracting(c -> c.id()).containsExactly(C1);

    routing.clock.advance(Duration.ofSeconds(4));
    assertThat(routing.router.accept(ann, C1)).isEqualTo(done());
    assertThat(contactState("c1")).isEqualTo(ContactState.CONNECTED);
    assertThat(agent(ann).state()).isEqualTo(AgentState.ON_CALL);

    assertThat(routing.router.hold(ann, C1)).isEqualTo(done());
    assertThat(contactState("c1")).isEqualTo(ContactState.ON_HOLD);
    assertThat(agent(ann).state()).isEqualTo(AgentState.ON_HOLD);

    assertThat(routing.router.resume(ann, C1)).isEqualTo(done());
    assertThat(agent(ann).state()).isEqualTo(AgentState.ON_CALL);

    routing.clock.advance(Duration.ofMinutes(3));
    assertThat(routing.router.hangUp(ann, C1)).isEqualTo(done());
    assertThat(contactState("c1")).isEqualTo(ContactState.WRAP_UP);
    assertThat(agent(ann).state()).isEqualTo(AgentState.WRAP_UP);
    assertThat(routing.calls().requests())
        .containsExactly(
            "connect sim/call-c1 sim:ann",
            "hold sim/call-c1",
            "resume sim/call-c1",
            "hangup sim/call-c1");

    routing.clock.advance(Duration.ofSeconds(30));
    assertThat(routing.router.finishWrapUp(ann, C1, "billing-question", "Explained the bill."))
        .isEqualTo(done());

    assertThat(agent(ann).state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(agent(ann).contacts()).isEmpty();
    assertThat(routing.router.contact(C1)).isEmpty();
    assertThat(routing.router.contactForCall(CALL1)).isEmpty();
    ContactRecord record = routing.history().ended().get(C1);
    assertThat(record.outcome()).isEqualTo("answered");
    assertThat(record.agent()).hasValue("ann");
    assertThat(record.queue()).hasValue("billing");
    assertThat(record.answeredAt()).isPresent();
    assertThat(record.ivrTrail()).startsWith("identify: Identified by caller number\n");
    assertThat(routing.history().endCalls(C1)).isEqualTo(1);
    WrapUp wrapUp = routing.history().wrapUps().get(0);
    assertThat(wrapUp.disposition()).isEqualTo("billing-question");
    assertThat(wrapUp.note()).isEqualTo("Explained the bill.");
    assertThat(wrapUp.agent()).isEqualTo("ann");
  }

  @Test
  void theLongestIdleAgentIsOfferedTheCaller() {
    AgentId ann = routing.availableAgent("ann");
    routing.clock.advance(Duration.ofSeconds(10));
    AgentId bea = routing.availableAgent("bea");
    routing.clock.advance(Duration.ofSeconds(10));
    AgentId cal = routing.availableAgent("cal");

    enqueue("c1");
    enqueue("c2");

    assertThat(routing.router.contact(C1).orElseThrow().agent()).hasValue(ann);
    assertThat(routing.contact("c2").orElseThrow().agent()).hasValue(bea);
    assertThat(agent(cal).state()).isEqualTo(AgentState.AVAILABLE);
  }

  @Test
  void anOfferThatRingsOutReturnsToTheFrontAndSetsTheAgentAwayMissed() {
    AgentId ann = routing.availableAgent("ann");
    enqueue("c1");
    routing.clock.advance(Duration.ofSeconds(5));
    enqueue("c2");

    routing.scheduler.advance(Duration.ofSeconds(14));
    assertThat(contactState("c1")).isEqualTo(ContactState.OFFERED);

    routing.scheduler.advance(Duration.ofSeconds(1));

    assertThat(contactState("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(agent(ann).state()).isEqualTo(AgentState.AWAY);
    assertThat(agent(ann).awayReason()).hasValue(AwayReason.MISSED_OFFER);
    assertThat(routing.events.published(RoutingEvent.OfferWithdrawn.class))
        .containsExactly(new RoutingEvent.OfferWithdrawn(ann, C1, "The offer rang out."));

    AgentId bea = routing.availableAgent("bea");
    assertThat(routing.contact("c1").orElseThrow().agent()).hasValue(bea);
    assertThat(contactState("c2")).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void acceptingAfterTheRingTimeoutIsRefusedEvenBeforeTheTimerRan() {
    AgentId ann = routing.availableAgent("ann");
    enqueue("c1");

    routing.clock.advance(Duration.ofSeconds(20)); // the timer has not run: its node was slow

    assertThat(routing.router.accept(ann, C1))
        .isEqualTo(
            org.cityline.routing.RoutingResult.refused("The offer of contact c1 has timed out."));
    assertThat(contactState("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(agent(ann).awayReason()).hasValue(AwayReason.MISSED_OFFER);
    assertThat(routing.calls().requests()).isEmpty();

    routing.scheduler.runDue(); // the late timer changes nothing more
    assertThat(contactState("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(routing.router.accept(ann, C1).done()).isFalse();
  }

  @Test
  void aCallerWhoHangsUpWhileQueuedIsAbandonedAndNothingIsLeftBehind() {
    enqueue("c1");

    routing.router.onCallEvent(new CallEvent.CallEnded(CALL1, EndReason.CALLER_HUNG_UP, now()));

    assertThat(routing.router.contact(C1)).isEmpty();
    assertThat(routing.router.queues().get(0).waiting()).isZero();
    assertThat(routing.history().ended().get(C1).outcome()).isEqualTo("abandoned");
    assertThat(routing.history().ended().get(C1).agent()).isEmpty();
    assertThat(routing.stores.contacts().all()).isEmpty();
  }

  @Test
  void aCallerWhoHangsUpWhileRingingWithdrawsTheOfferAndTheAgentIsAvailable() {
    AgentId ann = routing.availableAgent("ann");
    enqueue("c1");

    routing.router.onCallEvent(new CallEvent.CallEnded(CALL1, EndReason.CALLER_HUNG_UP, now()));

    assertThat(agent(ann).state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(agent(ann).contacts()).isEmpty();
    assertThat(routing.events.published(RoutingEvent.OfferWithdrawn.class))
        .containsExactly(new RoutingEvent.OfferWithdrawn(ann, C1, "The caller hung up."));
    assertThat(routing.history().ended().get(C1).outcome()).isEqualTo("abandoned");

    enqueue("c2");
    assertThat(routing.contact("c2").orElseThrow().agent()).hasValue(ann);
  }

  @Test
  void aCallerWhoHangsUpWhileConnectedSendsTheAgentToWrapUp() {
    AgentId ann = routing.availableAgent("ann");
    enqueue("c1");
    routing.router.accept(ann, C1);

    routing.router.onCallEvent(new CallEvent.CallEnded(CALL1, EndReason.CALLER_HUNG_UP, now()));

    assertThat(contactState("c1")).isEqualTo(ContactState.WRAP_UP);
    assertThat(agent(ann).state()).isEqualTo(AgentState.WRAP_UP);
    assertThat(routing.history().ended()).isEmpty();

    assertThat(routing.router.finishWrapUp(ann, C1, "other", "Caller hung up mid-sentence."))
        .isEqualTo(done());
    assertThat(routing.history().ended().get(C1).outcome()).isEqualTo("answered");
  }

  @Test
  void theSameCallEndedTwiceEndsTheContactOnce() {
    enqueue("c1");
    CallEvent.CallEnded ended = new CallEvent.CallEnded(CALL1, EndReason.CALLER_HUNG_UP, now());

    routing.router.onCallEvent(ended);
    routing.router.onCallEvent(ended);

    assertThat(routing.history().endCalls(C1)).isEqualTo(1);
  }

  @Test
  void aDuplicateCallEndedDuringWrapUpChangesNothing() {
    AgentId ann = routing.availableAgent("ann");
    enqueue("c1");
    routing.router.accept(ann, C1);
    routing.router.hangUp(ann, C1);
    routing.events.clear();

    routing.router.onCallEvent(
        new CallEvent.CallEnded(CALL1, EndReason.HUNG_UP_BY_CITYLINE, now()));

    assertThat(contactState("c1")).isEqualTo(ContactState.WRAP_UP);
    assertThat(agent(ann).state()).isEqualTo(AgentState.WRAP_UP);
    assertThat(routing.events.published()).isEmpty();
  }

  @Test
  void aRejectedCallerGoesToAnotherAgentAndNotBackToTheOneWhoRejected() {
    AgentId ann = routing.availableAgent("ann");
    enqueue("c1");
    AgentId bea = routing.availableAgent("bea");

    assertThat(routing.router.reject(ann, C1)).isEqualTo(done());

    assertThat(routing.contact("c1").orElseThrow().agent()).hasValue(bea);
    assertThat(agent(ann).state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(routing.router.reject(bea, C1)).isEqualTo(done());
    assertThat(contactState("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(agent(ann).state()).isEqualTo(AgentState.AVAILABLE);
  }

  @Test
  void anAgentsFailedPhoneReturnsTheCallerToTheFrontAndSetsTheAgentAway() {
    AgentId ann = routing.availableAgent("ann");
    enqueue("c1");
    routing.router.accept(ann, C1);

    routing.router.onCallEvent(
        new CallEvent.AgentLegFailed(CALL1, "sim:someone-else", "busy", now()));
    assertThat(contactState("c1")).isEqualTo(ContactState.CONNECTED);

    routing.router.onCallEvent(new CallEvent.AgentLegFailed(CALL1, "sim:ann", "no answer", now()));

    assertThat(contactState("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(agent(ann).awayReason()).hasValue(AwayReason.MISSED_OFFER);
    assertThat(routing.history().ended()).isEmpty();
  }

  @Test
  void subscribersSeeTheQueueAndTheAgentChange() {
    java.util.List<RoutingEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (var subscription = routing.router.subscribe(seen::add)) {
      enqueue("c1");
      routing.clock.advance(Duration.ofSeconds(42));
      QueueSnapshot waiting = routing.router.queues().get(0);
      assertThat(waiting.waiting()).isEqualTo(1);
      assertThat(waiting.longestWait()).isEqualTo(Duration.ofSeconds(42));

      routing.availableAgent("ann");
      routing.scheduler.advance(Duration.ofMillis(250)); // queue figures come once per window

      assertThat(seen).anyMatch(e -> e instanceof RoutingEvent.OfferMade);
      assertThat(seen)
          .filteredOn(RoutingEvent.QueueChanged.class::isInstance)
          .map(e -> ((RoutingEvent.QueueChanged) e).queue())
          .filteredOn(queue -> queue.id().value().equals("billing"))
          .last()
          .satisfies(
              queue -> {
                assertThat(queue.waiting()).isZero();
                assertThat(queue.agentsByState()).containsEntry(AgentState.RESERVED, 1);
              });
    }
    int before = seen.size();
    routing.router.goAway(new AgentId("ann"), AwayReason.BREAK);
    assertThat(seen).hasSize(before);
  }
}
