package org.cityline.routing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentSnapshot;
import org.cityline.routing.AgentStatistics;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.RoutingEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds snapshots and announces changes. Contacts, agents and offers are announced at once by the
 * node that changed them. Queue figures are announced by the leading node only (one voice, so
 * figures never flip between nodes' views), at most once per queue per statistics window however
 * many changes arrive, and only when something in the queue changed. Announcing never fails a
 * routing operation: a failure is logged and subscribers catch up with the next snapshot.
 */
final class Announcer {

  private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);

  private final Ops ops;
  private final Statistics statistics;
  private final Set<QueueId> dirty = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean flushScheduled = new AtomicBoolean();

  Announcer(Ops ops, Statistics statistics) {
    this.ops = ops;
    this.statistics = statistics;
    ops.index().onTouched(this::touched);
    ops.setup().statistics().watch(this::queueChanged);
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

  /** The agent changed; {@code known} are contacts already at hand (no need to read them). */
  void agent(Agent agent, Contact... known) {
    publish(new RoutingEvent.AgentChanged(snapshot(agent, known)));
  }

  AgentSnapshot snapshot(Agent agent, Contact... known) {
    List<ContactSnapshot> contacts = new ArrayList<>();
    for (AgentLine line : agent.lines()) {
      Optional<Contact> contact = find(line.contact(), known);
      contact.map(Contact::snapshot).ifPresent(contacts::add);
    }
    return new AgentSnapshot(
        agent.id(),
        agent.displayName(),
        agent.state(),
        agent.awayReason(),
        agent.since(),
        contacts,
        agent.voiceCapacity(),
        agent.skills(),
        AgentStatistics.of(agent, ops.now()));
  }

  private Optional<Contact> find(ContactId id, Contact... known) {
    for (Contact contact : known) {
      if (contact.id().equals(id)) {
        return Optional.of(contact);
      }
    }
    return ops.setup().contacts().find(id);
  }

  /** A queue's figures may have changed: announce them within the statistics window. */
  void queueChanged(QueueId queue) {
    if (!ops.setup().leadership().leads()) {
      return;
    }
    dirty.add(queue);
    if (flushScheduled.compareAndSet(false, true)) {
      ops.setup().scheduler().schedule(ops.setup().settings().statisticsWindow(), this::flush);
    }
  }

  /** Every queue's figures may have changed (the configuration changed, leading moved here). */
  void allQueuesChanged() {
    ops.setup().queues().directory().all().forEach(queue -> queueChanged(queue.id()));
  }

  private void touched(Object what) {
    switch (what) {
      case QueueId queue -> queueChanged(queue);
      case Agent agent -> {
        for (QueuePlan plan : ops.setup().queues().plans()) {
          if (plan.staffedBy(agent)) {
            queueChanged(plan.definition().id());
          }
        }
      }
      default -> {}
    }
  }

  /** Publishes every changed queue's figures now. */
  void flush() {
    flushScheduled.set(false);
    List<QueueId> queues = new ArrayList<>(dirty);
    dirty.removeAll(queues);
    if (queues.isEmpty()) {
      return;
    }
    StaffTimes staff = StaffTimes.of(ops.index().agents(), ops.setup().queues().plans(), ops.now());
    for (QueueId queue : queues) {
      Optional<QueueDefinition> definition = ops.setup().queues().find(queue);
      if (definition.isPresent()) {
        try {
          publish(new RoutingEvent.QueueChanged(statistics.snapshot(definition.get(), staff)));
        } catch (RuntimeException e) {
          LOG.warn("Could not work out the figures of queue {}: {}", queue, e.toString());
        }
      }
    }
  }

  private void publish(RoutingEvent event) {
    try {
      ops.setup().events().publish(event);
    } catch (RuntimeException e) {
      LOG.warn("Could not publish {}: {}", event.getClass().getSimpleName(), e.toString());
    }
  }
}
