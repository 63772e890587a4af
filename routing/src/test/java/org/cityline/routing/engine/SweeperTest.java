package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.AwayReason;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.testing.InMemoryAgentStore;
import org.cityline.routing.testing.InMemoryContactStore;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a lost node leaves behind, staged directly in the shared stores (as if its timers and
 * half-done steps died with it), and how the leading node's sweep repairs it.
 */
class SweeperTest {

  private final RoutingHarness.Stores stores = RoutingHarness.Stores.inMemory();
  private final RoutingHarness.World world = RoutingHarness.World.with(QueueDirectory.defaults());
  private RoutingHarness lost;
  private RoutingHarness survivor;

  @AfterEach
  void stop() {
    if (survivor != null) {
      survivor.close();
    }
  }

  private Instant now() {
    return world.clock().instant();
  }

  /** A node that did some work and was lost: its timers never run. */
  private RoutingHarness lostNode() {
    lost = new RoutingHarness(stores, world);
    return lost;
  }

  private RoutingHarness survivor() {
    lost.close();
    survivor = new RoutingHarness(stores, world);
    return survivor;
  }

  @Test
  void anOfferWhoseRingTimerDiedWithItsNodeRingsOut() {
    RoutingHarness node = lostNode();
    AgentId ann = node.availableAgent("ann");
    node.router.enqueue(Requests.billing("c1", now()));
    RoutingHarness other = survivor();

    world.clock().advance(Duration.ofSeconds(21));
    other.scheduler.advance(Duration.ofSeconds(1));

    assertThat(other.contact("c1").orElseThrow().state()).isEqualTo(ContactState.QUEUED);
    assertThat(other.agent(ann).orElseThrow().awayReason()).contains(AwayReason.MISSED_OFFER);
  }

  @Test
  void aReservationWhoseOfferNeverReachedTheContactIsFreed() {
    RoutingHarness node = lostNode();
    AgentId ann = node.availableAgent("ann");
    stores
        .agents()
        .apply(
            ann,
            new AgentCommand.Reserve(
                new ContactId("ghost"), AgentLine.Kind.OFFER, now(), now().plusSeconds(20)),
            now());
    RoutingHarness other = survivor();

    world.clock().advance(Duration.ofSeconds(21));
    other.scheduler.advance(Duration.ofSeconds(2));

    assertThat(other.agent(ann).orElseThrow().state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(other.agent(ann).orElseThrow().contacts()).isEmpty();
  }

  @Test
  void anAgentHoldingALineWhoseContactVanishedIsFreed() {
    RoutingHarness node = lostNode();
    AgentId ann = node.availableAgent("ann");
    node.router.enqueue(Requests.billing("c1", now()));
    node.router.accept(ann, new ContactId("c1"));
    Contact contact = stores.contacts().find(new ContactId("c1")).orElseThrow();
    stores.contacts().remove(contact); // recorded by a node that died before freeing the agent
    RoutingHarness other = survivor();

    other.scheduler.advance(Duration.ofSeconds(2));

    assertThat(other.agent(ann).orElseThrow().state()).isEqualTo(AgentState.AVAILABLE);
  }

  @Test
  void anEndedContactNotYetRecordedIsRecordedOnce() {
    RoutingHarness node = lostNode();
    node.router.enqueue(Requests.billing("c1", now()));
    stores
        .contacts()
        .apply(
            new ContactId("c1"),
            new ContactCommand.CallEnded(
                Requests.billing("c1", now()).call(),
                org.cityline.common.call.CallEvent.EndReason.CALLER_HUNG_UP,
                now()));
    RoutingHarness other = survivor();

    other.scheduler.advance(Duration.ofSeconds(31));

    assertThat(world.history().ended().get(new ContactId("c1")).outcome()).isEqualTo("abandoned");
    assertThat(world.history().endCalls(new ContactId("c1"))).isEqualTo(1);
    assertThat(stores.contacts().all()).isEmpty();
  }

  @Test
  void aWrapUpWhoseTimerDiedIsClosedAtItsDeadline() {
    RoutingHarness node = lostNode();
    AgentId ann = node.availableAgent("ann");
    node.router.enqueue(Requests.billing("c1", now()));
    node.router.accept(ann, new ContactId("c1"));
    node.router.hangUp(ann, new ContactId("c1"));
    RoutingHarness other = survivor();

    other.scheduler.advance(Duration.ofSeconds(61));

    assertThat(other.agent(ann).orElseThrow().state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(world.history().wrapUps().getFirst().disposition()).isEqualTo("wrap-up-timed-out");
  }

  @Test
  void aNodeThatDoesNotLeadNeitherMatchesNorSweeps() {
    RoutingHarness follower =
        new RoutingHarness(
            stores,
            world,
            new Leadership() {
              @Override
              public boolean leads() {
                return false;
              }

              @Override
              public void onChange(Runnable listener) {}
            });
    follower.availableAgent("ann");
    follower.router.enqueue(Requests.billing("c1", now()));
    assertThat(follower.contact("c1").orElseThrow().state()).isEqualTo(ContactState.QUEUED);

    survivor = new RoutingHarness(stores, world);
    survivor.scheduler.advance(Duration.ofSeconds(1));

    assertThat(survivor.contact("c1").orElseThrow().state()).isEqualTo(ContactState.OFFERED);
    follower.close();
  }

  @Test
  void theIndexIsRebuiltFromTheSharedState() {
    RoutingHarness node = lostNode();
    node.router.enqueue(Requests.billing("c1", now()));
    RoutingHarness other = survivor();
    ((InMemoryContactStore) stores.contacts())
        .put(
            Contact.queued(
                Requests.billing("behind-its-back", now()),
                org.cityline.routing.QueueDefinition.billing(),
                now()));
    Agent agent = Agent.signedIn(world.staff().addRepresentative("zed"), now(), now());
    ((InMemoryAgentStore) stores.agents())
        .put(
            ((Change.Applied<Agent>) new AgentCommand.MakeAvailable(By.AGENT, now()).applyTo(agent))
                .after());

    other.router.recover();

    assertThat(other.router.index().waitingInAll()).isEqualTo(1);
    assertThat(List.of(other.contact("c1"), other.contact("behind-its-back")))
        .allSatisfy(contact -> assertThat(contact).isPresent());
    assertThat(other.agent(new AgentId("zed")).orElseThrow().contacts()).hasSize(1);
    assertThat(Optional.of(other.router.index().waitingInAll())).contains(1);
  }
}
