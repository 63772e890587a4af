package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentStore;
import org.cityline.routing.Change;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactState;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.testing.InMemoryAgentStore;
import org.cityline.routing.testing.InMemoryContactStore;
import org.cityline.routing.testing.InMemoryStatisticsStore;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The matcher sends the agent's reservation and the contact's offer at once; when another node
 * changes one of the two entries between the decision and the commit, the other step is undone and
 * nobody hears of an offer that did not happen.
 */
class OfferCommitTest {

  private final InMemoryContactStore contacts = new InMemoryContactStore();
  private final Interfering agents = new Interfering(new InMemoryAgentStore());
  private final RoutingHarness routing =
      new RoutingHarness(
          new RoutingHarness.Stores(contacts, agents, new InMemoryStatisticsStore()),
          RoutingHarness.World.fresh());

  @AfterEach
  void stop() {
    routing.close();
  }

  @Test
  void anAgentTakenElsewhereAtTheCommitLeavesTheContactFirstInLineForTheNextAgent() {
    AgentId ann = routing.availableAgent("ann");
    routing.clock.advance(java.time.Duration.ofSeconds(5));
    AgentId bob = routing.availableAgent("bob"); // ann has been idle longer: she is chosen first
    ContactId elsewhere = new ContactId("taken-on-another-node");
    agents.beforeReserving =
        (agent, contact) -> {
          if (agent.equals(ann) && !contact.equals(elsewhere)) {
            agents.beforeReserving = null;
            Instant now = routing.clock.instant();
            agents.apply(
                ann,
                new AgentCommand.Reserve(elsewhere, AgentLine.Kind.OFFER, now, now.plusSeconds(20)),
                now);
          }
        };

    assertThat(routing.router.enqueue(Requests.billing("c1", routing.clock.instant())).done())
        .isTrue();

    assertThat(routing.contact("c1").orElseThrow().state()).isEqualTo(ContactState.OFFERED);
    assertThat(routing.contact("c1").orElseThrow().agent()).contains(bob);
    assertThat(routing.events.published(RoutingEvent.OfferMade.class))
        .extracting(RoutingEvent.OfferMade::agent)
        .containsExactly(bob);
    assertThat(agents.find(ann).orElseThrow().lines())
        .extracting(AgentLine::contact)
        .containsExactly(elsewhere);
  }

  @Test
  void aContactGoneAtTheCommitReleasesTheAgentsReservation() {
    AgentId ann = routing.availableAgent("ann");
    agents.beforeReserving =
        (agent, contact) -> {
          agents.beforeReserving = null;
          // the caller hangs up and another node ends the contact first
          contacts.apply(
              contact,
              new ContactCommand.CallEnded(
                  new CallId("sim", "call-c1"), EndReason.CALLER_HUNG_UP, routing.clock.instant()));
        };

    assertThat(routing.router.enqueue(Requests.billing("c1", routing.clock.instant())).done())
        .isTrue();

    assertThat(routing.events.published(RoutingEvent.OfferMade.class)).isEmpty();
    Agent after = agents.find(ann).orElseThrow();
    assertThat(after.state()).isEqualTo(AgentState.AVAILABLE);
    assertThat(after.lines()).isEmpty();
  }

  /** An agent store where something can happen to an agent just before a reservation applies. */
  private static final class Interfering implements AgentStore {
    private final AgentStore store;
    volatile BiConsumer<AgentId, ContactId> beforeReserving;

    Interfering(AgentStore store) {
      this.store = store;
    }

    @Override
    public boolean add(Agent agent) {
      return store.add(agent);
    }

    @Override
    public Optional<Agent> find(AgentId id) {
      return store.find(id);
    }

    @Override
    public Change<Agent> apply(AgentId id, AgentCommand command, Instant day) {
      BiConsumer<AgentId, ContactId> interference = beforeReserving;
      if (interference != null && command instanceof AgentCommand.Reserve reserve) {
        interference.accept(id, reserve.contact());
      }
      return store.apply(id, command, day);
    }

    @Override
    public List<Agent> all() {
      return store.all();
    }

    @Override
    public void watch(Consumer<Agent> changed, BiConsumer<AgentId, Long> removed) {
      store.watch(changed, removed);
    }
  }
}
