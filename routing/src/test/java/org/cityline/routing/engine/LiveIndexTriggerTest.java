package org.cityline.routing.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.AgentTally;
import org.cityline.routing.AwayReason;
import org.cityline.routing.Contact;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index is fed twice with each change: by the thread that made it, and by the store's event on
 * another thread. Whichever comes second must still ask for matching on its own thread, or an API
 * call that drains right after its change can find no work while the event thread has not yet fired
 * (the offer then waits for the next sweep).
 */
class LiveIndexTriggerTest {

  private static final Instant NOW = Instant.parse("2026-03-02T16:00:00Z");

  private final LiveIndex index = new LiveIndex();
  private final List<LiveIndex.Trigger> fired = new CopyOnWriteArrayList<>();

  @BeforeEach
  void listen() {
    index.onTrigger(fired::add);
  }

  @Test
  void aWaitingContactIndexedAgainAtTheSameVersionAsksForMatchingAgain() {
    Contact waiting = Contact.queued(Requests.billing("c1", NOW), QueueDefinition.billing(), NOW);

    index.contact(waiting); // the store's event, first
    index.contact(waiting); // the API thread, second

    assertThat(fired)
        .containsExactly(
            new LiveIndex.Trigger.ContactWaiting(new QueueId("billing")),
            new LiveIndex.Trigger.ContactWaiting(new QueueId("billing")));
    assertThat(index.waiting(new QueueId("billing"))).isOne();
  }

  @Test
  void anOlderVersionAsksForNothingAndChangesNothing() {
    Contact waiting = Contact.queued(Requests.billing("c1", NOW), QueueDefinition.billing(), NOW);
    index.contact(waiting.versioned(3));
    fired.clear();

    index.contact(waiting.versioned(2));

    assertThat(fired).isEmpty();
    assertThat(index.contact(waiting.id()).orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void aFreeAgentIndexedAgainAtTheSameVersionAsksForMatchingAgainButABusyOneDoesNot() {
    Agent free = agent("ann", AgentState.AVAILABLE, true);
    Agent away = agent("bea", AgentState.AWAY, false);

    index.agent(free);
    index.agent(free);
    index.agent(away);
    index.agent(away);

    assertThat(fired)
        .containsExactly(
            new LiveIndex.Trigger.AgentFree(free.id()), new LiveIndex.Trigger.AgentFree(free.id()));
  }

  @Test
  void aResyncThatFindsWhatIsIndexedAsksForNothingButANewContactStillAsks() {
    Contact waiting = Contact.queued(Requests.billing("c1", NOW), QueueDefinition.billing(), NOW);
    Contact missed = Contact.queued(Requests.billing("c2", NOW), QueueDefinition.billing(), NOW);
    Agent free = agent("ann", AgentState.AVAILABLE, true);
    index.contact(waiting);
    index.agent(free);
    fired.clear();

    index.resync(List.of(waiting, missed), List.of(free), 0);

    assertThat(fired).containsExactly(new LiveIndex.Trigger.ContactWaiting(new QueueId("billing")));
    assertThat(index.waiting(new QueueId("billing"))).isEqualTo(2);
  }

  private static Agent agent(String id, AgentState state, boolean ready) {
    return new Agent(
        new AgentId(id),
        "Rep " + id,
        "sim:" + id,
        Map.of("billing", 3),
        1,
        ready,
        ready ? Optional.empty() : Optional.of(AwayReason.BREAK),
        state,
        NOW,
        NOW,
        Optional.empty(),
        List.of(),
        AgentTally.startOf(NOW.minusSeconds(16 * 3600)),
        1);
  }
}
