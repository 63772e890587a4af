package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentState;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.QueueView;
import org.cityline.routing.RoutingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds snapshots and announces changes. Announcing never fails a routing operation: a failure to
 * publish is logged, and subscribers catch up with the next snapshot.
 */
final class Announcer {

  private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);

  private final RouterSetup setup;

  Announcer(RouterSetup setup) {
    this.setup = setup;
  }

  void offerMade(Agent agent, Contact contact, Instant expiresAt) {
    publish(new RoutingEvent.OfferMade(agent.id(), contact.snapshot(), expiresAt));
  }

  void offerWithdrawn(AgentId agent, ContactId contact, String reason) {
    publish(new RoutingEvent.OfferWithdrawn(agent, contact, reason));
  }

  void contact(Contact contact) {
    publish(new RoutingEvent.ContactChanged(contact.snapshot()));
  }

  void agent(Agent agent) {
    publish(new RoutingEvent.AgentChanged(snapshot(agent)));
  }

  /** The queue's figures changed (waiting contacts, or the state of an agent who serves it). */
  void queue(QueueId queue) {
    setup
        .directory()
        .find(queue)
        .ifPresent(
            definition -> publish(new RoutingEvent.QueueChanged(snapshot(definition, agents()))));
  }

  /** The figures of every queue this agent serves changed. */
  void queuesOf(Agent agent) {
    List<Agent> all = agents();
    for (QueueDefinition queue : setup.directory().servedBy(agent)) {
      publish(new RoutingEvent.QueueChanged(snapshot(queue, all)));
    }
  }

  AgentSnapshot snapshot(Agent agent) {
    List<ContactSnapshot> contacts =
        agent.lines().stream()
            .map(AgentLine::contact)
            .map(setup.contacts()::find)
            .flatMap(Optional::stream)
            .map(Contact::snapshot)
            .toList();
    return new AgentSnapshot(
        agent.id(),
        agent.displayName(),
        agent.state(),
        agent.awayReason(),
        agent.since(),
        contacts,
        agent.voiceCapacity());
  }

  QueueSnapshot snapshot(QueueDefinition queue, List<Agent> signedIn) {
    QueueView view = setup.queues().view(queue.id(), 0);
    Instant now = setup.clock().instant();
    Duration longest =
        view.oldestSince().map(since -> Duration.between(since, now)).orElse(Duration.ZERO);
    Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
    for (AgentState state : AgentState.values()) {
      if (state != AgentState.LOGGED_OUT) {
        byState.put(state, 0);
      }
    }
    signedIn.stream()
        .filter(agent -> agent.serves(queue))
        .forEach(agent -> byState.merge(agent.state(), 1, Integer::sum));
    return new QueueSnapshot(
        queue.id(),
        queue.name(),
        view.waiting(),
        longest.isNegative() ? Duration.ZERO : longest,
        byState);
  }

  List<Agent> agents() {
    return setup.agents().all();
  }

  private void publish(RoutingEvent event) {
    try {
      setup.events().publish(event);
    } catch (RuntimeException e) {
      LOG.warn("Could not publish {}: {}", event.getClass().getSimpleName(), e.toString());
    }
  }
}
