package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingResult;
import org.cityline.routing.TrailStep;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input and failures at every entry point: each gets a clear refusal (or a clear exception for
 * a programming error) and leaves the state as it was.
 */
abstract class RefusalScenarios {

  static final ContactId C1 = new ContactId("c1");
  static final CallId CALL1 = new CallId("sim", "call-c1");

  RoutingHarness routing;
  AgentId ann;

  abstract RoutingHarness.Stores freshStores();

  @BeforeEach
  void start() {
    routing = new RoutingHarness(freshStores(), RoutingHarness.World.fresh());
    ann = routing.availableAgent("ann");
  }

  @AfterEach
  void stop() {
    routing.close();
  }

  static RoutingResult refused(String reason) {
    return RoutingResult.refused(reason);
  }

  /** What a refusal must leave unchanged: the agent, the contact, and no new events. */
  record Picture(AgentSnapshot agent, List<ContactSnapshot> contacts, int events) {}

  Picture picture() {
    return new Picture(
        routing.agent(ann).orElseThrow(),
        routing.stores.contacts().all().stream().map(c -> c.snapshot()).toList(),
        routing.events.published().size());
  }

  void enqueue(String id) {
    assertThat(routing.router.enqueue(Requests.billing(id, routing.clock.instant())).done())
        .isTrue();
  }

  void connected() {
    enqueue("c1");
    assertThat(routing.router.accept(ann, C1).done()).isTrue();
  }

  @Test
  void aCallClaimedByAContactThatNeverCameIsClearedByTheSweep() {
    ContactRequest request = Requests.billing("c1", routing.clock.instant());
    // a node claimed the call, then was lost before adding its contact
    routing.stores.contacts().mapCall(request.call(), new ContactId("lost"));
    enqueue("c2");
    assertThat(routing.router.enqueue(request))
        .isEqualTo(refused("Contact c1 or its call is already in routing."));

    routing.scheduler.advance(Duration.ofSeconds(59)); // seen at 30 s: it may be an add in flight
    assertThat(routing.stores.contacts().claimedCalls()).containsKey(request.call());
    routing.scheduler.advance(Duration.ofSeconds(1)); // still there 30 s later: cleared

    assertThat(routing.stores.contacts().claimedCalls())
        .containsOnlyKeys(Requests.billing("c2", routing.clock.instant()).call());
    assertThat(routing.router.enqueue(request).done()).isTrue();
    assertThat(routing.contact("c1")).isPresent();
  }

  @Test
  void anUnknownQueueIsRefusedAndNothingIsStored() {
    ContactRequest toNowhere = Requests.to("c1", "gas-leak", 0, routing.clock.instant());

    assertThat(routing.router.enqueue(toNowhere))
        .isEqualTo(refused("There is no queue called 'gas-leak'."));
    assertThat(routing.stores.contacts().all()).isEmpty();
  }

  @Test
  void aContactOrACallAlreadyInRoutingIsRefused() {
    routing.router.goAway(ann, AwayReason.BREAK);
    enqueue("c1");
    ContactRequest sameCall =
        new ContactRequest(
            new ContactId("c2"),
            CALL1,
            java.util.Optional.empty(),
            org.cityline.common.Language.SPANISH,
            java.util.Optional.empty(),
            false,
            List.of(),
            "",
            new QueueId("billing"),
            0,
            routing.clock.instant());
    Picture before = picture();

    assertThat(routing.router.enqueue(Requests.billing("c1", routing.clock.instant())))
        .isEqualTo(refused("Contact c1 is already in routing."));
    assertThat(routing.router.enqueue(sameCall))
        .isEqualTo(refused("Call sim/call-c1 already has a contact in routing."));
    assertThat(picture()).isEqualTo(before);
  }

  @Test
  void malformedRequestsAreRefusedWithWhatIsWrong() {
    var now = routing.clock.instant();
    ContactRequest good = Requests.billing("c1", now);
    ContactRequest noCaller =
        new ContactRequest(
            good.id(),
            good.call(),
            null,
            good.language(),
            good.account(),
            true,
            good.trail(),
            good.reason(),
            good.queue(),
            0,
            now);
    ContactRequest urgentBeyond =
        new ContactRequest(
            good.id(),
            good.call(),
            good.caller(),
            good.language(),
            good.account(),
            true,
            good.trail(),
            good.reason(),
            good.queue(),
            101,
            now);
    ContactRequest longTrail =
        new ContactRequest(
            good.id(),
            good.call(),
            good.caller(),
            good.language(),
            good.account(),
            true,
            java.util.Collections.nCopies(101, new TrailStep("menu", "pressed 1", now)),
            good.reason(),
            good.queue(),
            0,
            now);

    assertThat(routing.router.enqueue(noCaller).toString()).contains("needs a caller");
    assertThat(routing.router.enqueue(urgentBeyond))
        .isEqualTo(refused("A priority is 0 to 100, was 101."));
    assertThat(routing.router.enqueue(longTrail).toString()).contains("at most 100 steps");
    assertThat(routing.stores.contacts().all()).isEmpty();
    assertThatThrownBy(() -> routing.router.enqueue(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request");
  }

  @Test
  void unknownInactiveOrDoubleSignInsAreRefused() {
    routing.staff().add("dee", Map.of("billing", 2), false);

    assertThat(routing.router.signIn(new AgentId("nobody")))
        .isEqualTo(refused("There is no staff member called nobody."));
    assertThat(routing.router.signIn(new AgentId("dee")))
        .isEqualTo(refused("The account of dee is disabled."));
    assertThat(routing.router.signIn(ann)).isEqualTo(refused("You are already signed in."));
    assertThat(routing.router.agent(new AgentId("dee"))).isEmpty();
    assertThat(routing.router.makeAvailable(new AgentId("nobody")))
        .isEqualTo(refused("You are not signed in."));
  }

  @Test
  void anAgentStartsAwayAndCannotBeAvailableTwice() {
    routing.staff().addRepresentative("bea");
    AgentId bea = new AgentId("bea");
    routing.router.signIn(bea);

    AgentSnapshot signedIn = routing.agent(bea).orElseThrow();
    assertThat(signedIn.state()).isEqualTo(AgentState.AWAY);
    assertThat(signedIn.awayReason()).hasValue(AwayReason.SIGNED_IN);
    assertThat(signedIn.displayName()).isEqualTo("Rep bea");
    assertThat(routing.router.makeAvailable(ann)).isEqualTo(refused("You are already available."));
  }

  @Test
  void acceptingAnOfferHeldBySomeoneElseIsRefusedAndChangesNothing() {
    routing.staff().addRepresentative("bea");
    routing.router.signIn(new AgentId("bea"));
    enqueue("c1");
    Picture before = picture();

    assertThat(routing.router.accept(new AgentId("bea"), C1))
        .isEqualTo(refused("Contact c1 is not being offered to you."));
    assertThat(routing.router.accept(ann, new ContactId("nope")))
        .isEqualTo(refused("There is no live contact nope."));
    assertThat(picture()).isEqualTo(before);
  }

  @Test
  void holdResumeAndHangUpWhenNotConnectedAreRefusedAndChangeNothing() {
    enqueue("c1"); // offered, not accepted
    Picture before = picture();

    assertThat(routing.router.hold(ann, C1))
        .isEqualTo(refused("You are not talking to contact c1."));
    assertThat(routing.router.resume(ann, C1))
        .isEqualTo(refused("Contact c1 is not on hold with you."));
    assertThat(routing.router.hangUp(ann, C1))
        .isEqualTo(refused("You are not on a call with contact c1."));
    assertThat(routing.router.finishWrapUp(ann, C1, "other", "note"))
        .isEqualTo(refused("Contact c1 is not in wrap-up with you."));
    assertThat(picture()).isEqualTo(before);
    assertThat(routing.calls().requests()).isEmpty();
  }

  @Test
  void badDispositionsAndNotesAreRefusedAndTheContactStaysInWrapUp() {
    connected();
    routing.router.hangUp(ann, C1);
    Picture before = picture();

    assertThat(routing.router.finishWrapUp(ann, C1, " ", "note"))
        .isEqualTo(refused("Choose a disposition."));
    assertThat(routing.router.finishWrapUp(ann, C1, "y".repeat(500), "note"))
        .isEqualTo(refused("A disposition code is at most 40 characters."));
    assertThat(routing.router.finishWrapUp(ann, C1, "other", ""))
        .isEqualTo(refused("Write a note about the contact."));
    assertThat(routing.router.finishWrapUp(ann, C1, "other", "n".repeat(4_001)))
        .isEqualTo(refused("The note is 4001 characters; at most 4000 are kept."));
    assertThat(picture()).isEqualTo(before);
    assertThat(routing.history().wrapUps()).isEmpty();
    assertThat(routing.history().ended()).isEmpty();
  }

  @Test
  void signingOutWithAContactIsRefusedAndSigningOutForgetsTheAgent() {
    connected();
    assertThat(routing.router.signOut(ann))
        .isEqualTo(refused("Finish your contacts before signing out."));

    routing.router.hangUp(ann, C1);
    routing.router.finishWrapUp(ann, C1, "billing-question", "ok");
    assertThat(routing.router.signOut(ann).done()).isTrue();

    assertThat(routing.router.agent(ann)).isEmpty();
    assertThat(routing.router.agents()).isEmpty();
    assertThat(routing.events.published(RoutingEvent.AgentChanged.class).getLast().agent().state())
        .isEqualTo(AgentState.LOGGED_OUT);
  }

  @Test
  void whenThePhoneSystemCannotConnectTheCallerReturnsToTheFront() {
    enqueue("c1");
    routing.calls().failNext("connect");

    RoutingResult result = routing.router.accept(ann, C1);

    assertThat(result.toString()).contains("could not connect the caller to your phone");
    assertThat(routing.contact("c1").orElseThrow().state())
        .isEqualTo(org.cityline.routing.ContactState.QUEUED);
    assertThat(routing.agent(ann).orElseThrow().awayReason()).hasValue(AwayReason.MISSED_OFFER);
    assertThat(routing.history().ended()).isEmpty();
  }

  @Test
  void whenThePhoneSystemCannotHoldNothingChanges() {
    connected();
    Picture before = picture();
    routing.calls().failNext("hold");

    assertThat(routing.router.hold(ann, C1))
        .isEqualTo(refused("The phone system could not put the caller on hold; try again."));
    assertThat(picture()).isEqualTo(before);
  }

  @Test
  void whenHangingUpFailsTheAgentStillWrapsUp() {
    connected();
    routing.calls().failNext("hangup");

    assertThat(routing.router.hangUp(ann, C1).done()).isTrue();
    assertThat(routing.agent(ann).orElseThrow().state()).isEqualTo(AgentState.WRAP_UP);
  }

  @Test
  void whenTheHistoryIsDownTheEndIsRecordedLaterExactlyOnce() {
    enqueue("c1");
    routing.history().failNext(1);

    routing.router.onCallEvent(
        new CallEvent.CallEnded(CALL1, EndReason.CALLER_HUNG_UP, routing.clock.instant()));

    assertThat(routing.history().ended()).isEmpty();
    assertThat(routing.stores.contacts().all()).hasSize(1); // kept until recorded
    routing.scheduler.advance(Duration.ofSeconds(5));
    assertThat(routing.history().ended().get(C1).outcome()).isEqualTo("abandoned");
    assertThat(routing.history().endCalls(C1)).isEqualTo(1);
    assertThat(routing.stores.contacts().all()).isEmpty();
  }

  @Test
  void eventsForUnknownCallsAreIgnored() {
    CallId stranger = new CallId("sim", "stranger");
    Picture before = picture();

    routing.router.onCallEvent(
        new CallEvent.CallEnded(stranger, EndReason.CALLER_HUNG_UP, routing.clock.instant()));
    routing.router.onCallEvent(
        new CallEvent.AgentLegFailed(stranger, "sim:ann", "busy", routing.clock.instant()));
    routing.router.onCallEvent(
        new CallEvent.AgentConnected(stranger, "sim:ann", routing.clock.instant()));

    assertThat(picture()).isEqualTo(before);
  }

  @Test
  void nullArgumentsAreProgrammingErrorsNamedInTheException() {
    assertThatThrownBy(() -> routing.router.accept(null, C1)).hasMessage("agent");
    assertThatThrownBy(() -> routing.router.hold(ann, null)).hasMessage("contact");
    assertThatThrownBy(() -> routing.router.goAway(ann, null)).hasMessage("reason");
    assertThatThrownBy(() -> routing.router.onCallEvent(null)).hasMessage("event");
  }
}
