package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.cityline.accounts.WrapUp;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AwayReason;
import org.cityline.routing.ContactNote;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.TransferTarget;
import org.cityline.routing.TransferTarget.Mode;
import org.junit.jupiter.api.Test;

/** Blind and warm transfers and escalations, to a queue or an agent, keeping the context. */
class TransferTest extends Scenario {

  private static final TransferTarget SPECIALISTS =
      new TransferTarget.Queue(new QueueId("specialists"));

  private AgentId talking(String name) {
    AgentId agent = rep(name);
    enqueue("c1", "billing");
    connect(agent, "c1");
    return agent;
  }

  @Test
  void aBlindEscalationWaitsForASpecialistWithItsNoteAndArrival() {
    AgentId ann = talking("ann");
    var arrived = contact("c1").arrivedAt();
    pass(Duration.ofSeconds(30));

    done(routing.router.transfer(ann, id("c1"), SPECIALISTS, Mode.BLIND, "Landlord agreement."));

    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(contact("c1").queue()).isEqualTo(new QueueId("specialists"));
    assertThat(contact("c1").arrivedAt()).isEqualTo(arrived);
    assertThat(contact("c1").notes())
        .extracting(ContactNote::text)
        .containsExactly("Landlord agreement.");
    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);
    assertThat(routing.calls().requests()).contains("drop sim/call-c1 sim:ann");

    AgentId sam = agent("sam", Map.of("specialist", 4));
    assertThat(with("c1")).isEqualTo(sam);
    connect(sam, "c1");
    finish(sam, "c1");
    done(routing.router.finishWrapUp(ann, id("c1"), "transferred", "Sent to specialists."));
    assertThat(routing.history().wrapUps())
        .extracting(WrapUp::agent)
        .containsExactlyInAnyOrder("ann", "sam");
    assertThat(outcome("c1")).isEqualTo("answered");
    assertThat(routing.history().ended().get(id("c1")).agent()).contains("sam");
  }

  @Test
  void theTransferringAgentsWrapUpIsRetriedLessAndLessOftenWhileTheHistoryIsDown() {
    AgentId ann = talking("ann");
    done(routing.router.transfer(ann, id("c1"), SPECIALISTS, Mode.BLIND, ""));
    routing.history().failNext(3);

    done(routing.router.finishWrapUp(ann, id("c1"), "transferred", "Sent to specialists."));
    pass(Duration.ofSeconds(34)); // tried again after 5, 10 and 20 s

    assertThat(routing.history().wrapUps()).isEmpty();
    pass(Duration.ofSeconds(1));
    assertThat(routing.history().wrapUps()).extracting(WrapUp::agent).containsExactly("ann");
  }

  @Test
  void aBlindTransferToAnAgentOffersItToThemNow() {
    AgentId ann = talking("ann");
    AgentId bob = rep("bob");

    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.BLIND, ""));

    assertThat(with("c1")).isEqualTo(bob);
    assertThat(state("c1")).isEqualTo(ContactState.OFFERED);
    connect(bob, "c1");
    assertThat(routing.calls().requests())
        .endsWith("drop sim/call-c1 sim:ann", "connect sim/call-c1 sim:bob");
  }

  @Test
  void aBlindTransferToAnAgentThatIsRejectedOrRingsOutWaitsAtTheFrontOfItsQueue() {
    AgentId ann = talking("ann");
    var queuedAt = contact("c1").enqueuedAt();
    pass(Duration.ofSeconds(30));
    enqueue("c2", "billing");
    pass(Duration.ofSeconds(30));
    AgentId bob = agent("bob", Map.of("specialist", 3)); // takes no billing caller of his own

    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.BLIND, ""));
    done(routing.router.reject(bob, id("c1")));

    assertThat(state("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(contact("c1").enqueuedAt()).as("its original wait").isEqualTo(queuedAt);
    assertThat(routing.router.waitEstimate(id("c1")).orElseThrow().position()).isEqualTo(1);
    AgentId cy = rep("cy");
    assertThat(with("c1")).as("ahead of c2, who came later").isEqualTo(cy);
    assertThat(state("c2")).isEqualTo(ContactState.QUEUED);

    connect(cy, "c1");
    AgentId dee = agent("dee", Map.of("specialist", 3));
    done(routing.router.transfer(cy, id("c1"), new TransferTarget.Agent(dee), Mode.BLIND, ""));
    pass(Duration.ofSeconds(20)); // dee lets it ring out
    assertThat(state(dee)).isEqualTo(AgentState.AWAY);
    assertThat(contact("c1").enqueuedAt()).isEqualTo(queuedAt);
    assertThat(routing.router.waitEstimate(id("c1")).orElseThrow().position()).isEqualTo(1);
  }

  @Test
  void aTransferToSomeoneWhoCannotTakeItOrToAFullQueueChangesNothing() {
    AgentId ann = talking("ann");
    AgentId bob = rep("bob");
    done(routing.router.goAway(bob, AwayReason.LUNCH));
    int events = routing.events.published().size();

    refused(
        routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.BLIND, ""),
        "bob cannot take a call now.");
    refused(
        routing.router.transfer(
            ann, id("c1"), new TransferTarget.Queue(new QueueId("nowhere")), Mode.BLIND, ""),
        "There is no queue called 'nowhere'.");
    refused(
        routing.router.transfer(ann, id("c1"), SPECIALISTS, Mode.BLIND, "4111 1111 1111 1111"),
        "The note seems to hold a card number. Card and bank numbers must never be written in notes; remove it.");

    assertThat(state("c1")).isEqualTo(ContactState.CONNECTED);
    assertThat(state(ann)).isEqualTo(AgentState.ON_CALL);
    assertThat(routing.events.published()).hasSize(events);
  }

  @Test
  void aTransferToAFullQueueIsRefused() {
    QueueDefinition tiny =
        QueueDefinition.billing().toBuilder()
            .id(new QueueId("tiny"))
            .name("Tiny")
            .maxWaiting(1)
            .build();
    Scenario scenario =
        new Scenario(QueueDirectory.of(java.util.List.of(QueueDefinition.billing(), tiny))) {};
    AgentId ann = scenario.rep("ann");
    scenario.enqueue("c1", "billing");
    scenario.connect(ann, "c1");
    scenario.enqueue("t1", "tiny");

    refused(
        scenario.routing.router.transfer(
            ann, id("c1"), new TransferTarget.Queue(new QueueId("tiny")), Mode.BLIND, ""),
        "Tiny is full (1 waiting); try later or another queue.");
    assertThat(scenario.state("c1")).isEqualTo(ContactState.CONNECTED);
    scenario.routing.close();
  }

  @Test
  void aWarmTransferConsultsThenHandsTheCallerOver() {
    AgentId ann = talking("ann");
    AgentId sam = agent("sam", Map.of("specialist", 4, "billing", 5));

    done(routing.router.transfer(ann, id("c1"), SPECIALISTS, Mode.WARM, "Disputed deposit."));

    assertThat(state("c1")).isEqualTo(ContactState.ON_HOLD);
    assertThat(state(ann)).isEqualTo(AgentState.ON_HOLD);
    assertThat(state(sam)).isEqualTo(AgentState.RESERVED);
    assertThat(
            routing
                .events
                .published(RoutingEvent.OfferMade.class)
                .getLast()
                .contact()
                .consultedAgent())
        .contains(sam);
    refused(
        routing.router.completeTransfer(ann, id("c1")),
        "sam has not taken the transfer yet; wait or cancel it.");

    connect(sam, "c1");
    assertThat(routing.calls().requests()).contains("hold sim/call-c1", "add sim/call-c1 sim:sam");
    done(routing.router.completeTransfer(ann, id("c1")));

    assertThat(with("c1")).isEqualTo(sam);
    assertThat(state("c1")).isEqualTo(ContactState.CONNECTED);
    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);
    assertThat(state(sam)).isEqualTo(AgentState.ON_CALL);
    assertThat(routing.calls().requests())
        .endsWith("drop sim/call-c1 sim:ann", "resume sim/call-c1");
    finish(sam, "c1");
    assertThat(routing.history().ended().get(id("c1")).agent()).contains("sam");
  }

  @Test
  void aCancelledWarmTransferLeavesTheCallerOnHoldWithTheFirstAgent() {
    AgentId ann = talking("ann");
    AgentId bob = rep("bob");
    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.WARM, ""));
    connect(bob, "c1");

    done(routing.router.cancelTransfer(ann, id("c1")));

    assertThat(state(bob)).isEqualTo(AgentState.AVAILABLE);
    assertThat(state("c1")).isEqualTo(ContactState.ON_HOLD);
    assertThat(with("c1")).isEqualTo(ann);
    assertThat(routing.calls().requests()).endsWith("drop sim/call-c1 sim:bob");
    done(routing.router.resume(ann, id("c1")));
  }

  @Test
  void aConsultNotTakenRingsOutAndTheConsultedAgentIsSetAway() {
    AgentId ann = talking("ann");
    AgentId bob = rep("bob");
    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.WARM, ""));

    pass(Duration.ofSeconds(21));

    assertThat(agent(bob).awayReason()).contains(AwayReason.MISSED_OFFER);
    assertThat(contact("c1").consultedAgent()).isEmpty();
    assertThat(with("c1")).isEqualTo(ann);
  }

  @Test
  void aConsultedAgentMayDeclineOrHangUp() {
    AgentId ann = talking("ann");
    AgentId bob = rep("bob");
    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.WARM, ""));
    done(routing.router.reject(bob, id("c1")));
    assertThat(state(bob)).isEqualTo(AgentState.AVAILABLE);

    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.WARM, ""));
    connect(bob, "c1");
    done(routing.router.hangUp(bob, id("c1")));
    assertThat(state(bob)).isEqualTo(AgentState.AVAILABLE);
    assertThat(contact("c1").consultedAgent()).isEmpty();
  }

  @Test
  void aWarmTransferToAQueueWithNobodyFreeIsRefused() {
    AgentId ann = talking("ann");
    refused(
        routing.router.transfer(ann, id("c1"), SPECIALISTS, Mode.WARM, ""),
        "Nobody in Specialists is free now; transfer blind to let the caller wait there.");
    assertThat(state("c1")).isEqualTo(ContactState.CONNECTED);
  }

  @Test
  void onlyTheAgentOnTheCallMayTransferIt() {
    talking("ann");
    AgentId bob = rep("bob");
    refused(
        routing.router.transfer(bob, id("c1"), SPECIALISTS, Mode.BLIND, ""),
        "You are not on a call with contact c1.");
  }

  @Test
  void theCallerHangingUpDuringAConsultEndsItAndWrapsUp() {
    AgentId ann = talking("ann");
    AgentId bob = rep("bob");
    done(routing.router.transfer(ann, id("c1"), new TransferTarget.Agent(bob), Mode.WARM, ""));

    callerHangsUp("c1");

    assertThat(state(ann)).isEqualTo(AgentState.WRAP_UP);
    assertThat(state(bob)).isEqualTo(AgentState.AVAILABLE);
  }
}
