package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactState;
import org.cityline.routing.testing.Requests;
import org.cityline.routing.testing.RoutingHarness;
import org.junit.jupiter.api.Test;

/** What a node lost half-way leaves in the shared state, and how recovery repairs it. */
class RecoveryTest {

  private final RoutingHarness routing = RoutingHarness.inMemory();
  private final Instant now = routing.clock.instant();

  @Test
  void aQueuedContactMissingFromItsQueueGetsItsPlaceBackAndIsOffered() {
    routing.stores.contacts().add(Contact.queued(Requests.billing("c1", now), now));
    AgentId ann = routing.availableAgent("ann");
    assertThat(routing.contact("c1").orElseThrow().state()).isEqualTo(ContactState.QUEUED);

    routing.router.recover();

    assertThat(routing.contact("c1").orElseThrow().agent()).hasValue(ann);
  }

  @Test
  void anEndedContactNotYetRecordedIsRecordedOnceAndForgotten() {
    Contact queued = Contact.queued(Requests.billing("c1", now), now);
    Contact ended =
        ((Change.Applied<Contact>)
                new ContactCommand.CallEnded(EndReason.CALLER_HUNG_UP, now).applyTo(queued))
            .after();
    routing.stores.contacts().add(ended);

    routing.router.recover();
    routing.router.recover();

    assertThat(routing.history().ended().get(new ContactId("c1")).outcome()).isEqualTo("abandoned");
    assertThat(routing.history().endCalls(new ContactId("c1"))).isEqualTo(1);
    assertThat(routing.stores.contacts().all()).isEmpty();
  }

  @Test
  void aReservationForAnOfferThatNeverReachedItsContactIsFreedAfterItsDeadline() {
    AgentId ann = routing.availableAgent("ann");
    routing
        .stores
        .agents()
        .apply(ann, new AgentCommand.Reserve(new ContactId("gone"), now, now.plusSeconds(20)));

    routing.router.recover();
    assertThat(routing.agent(ann).orElseThrow().state()).isEqualTo(AgentState.RESERVED);

    routing.clock.advance(Duration.ofSeconds(20));
    routing.router.recover();
    assertThat(routing.agent(ann).orElseThrow().state()).isEqualTo(AgentState.AVAILABLE);
  }
}
