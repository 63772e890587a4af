package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueView;
import org.cityline.routing.RoutingDecision;
import org.cityline.routing.RoutingDecision.Match;
import org.cityline.routing.SelectionStrategies;
import org.cityline.routing.SelectionStrategy;
import org.cityline.routing.Waiting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes offers, event-driven: whenever a contact joins a queue or an agent becomes free, the
 * affected queues are matched until no waiting contact can be served. No polling.
 *
 * <p>An offer reserves the agent first (an atomic command on the agent's entry: available, with a
 * free line), then offers the contact (an atomic command on the contact's entry: still queued, for
 * the same visit). If the second step is refused, the first is undone. So across any number of
 * nodes, no contact is offered to two agents and no agent gets more offers than free lines; a node
 * that loses a race just tries the next pair.
 *
 * <p>On one node, one matcher runs per queue at a time; a request that arrives while it runs makes
 * it run once more, so no trigger is lost.
 */
final class Matcher {

  private static final Logger LOG = LoggerFactory.getLogger(Matcher.class);

  /** How many waiting contacts the decision looks at. */
  static final int HEAD = 50;

  /** A guard against a matcher that never finishes; each round makes progress or stops. */
  private static final int MOST_ROUNDS = 10_000;

  private final RouterSetup setup;
  private final Announcer announce;
  private final OfferTimers timers;
  private final Map<QueueId, AtomicInteger> requests = new ConcurrentHashMap<>();

  Matcher(RouterSetup setup, Announcer announce, OfferTimers timers) {
    this.setup = setup;
    this.announce = announce;
    this.timers = timers;
  }

  /** Matches every queue this agent serves. */
  void matchFor(Agent agent) {
    setup.directory().servedBy(agent).forEach(queue -> match(queue.id()));
  }

  /** Matches every queue. */
  void matchAll() {
    setup.directory().all().forEach(queue -> match(queue.id()));
  }

  /** Offers the queue's waiting contacts to free agents until no more can be offered. */
  void match(QueueId queue) {
    Optional<QueueDefinition> definition = setup.directory().find(queue);
    if (definition.isEmpty()) {
      LOG.warn("Queue {} is no longer configured; its contacts wait until it is again", queue);
      return;
    }
    AtomicInteger pending = requests.computeIfAbsent(queue, id -> new AtomicInteger());
    if (pending.getAndIncrement() > 0) {
      return; // the matcher running on this node will run once more
    }
    int handled;
    do {
      handled = pending.get();
      try {
        matchUntilStuck(definition.get());
      } catch (RuntimeException e) {
        pending.set(0);
        LOG.error("Matching queue {} failed; the next trigger retries it", queue, e);
        return;
      }
    } while (pending.addAndGet(-handled) != 0);
  }

  private void matchUntilStuck(QueueDefinition queue) {
    SelectionStrategy strategy = SelectionStrategies.named(queue.strategy()).orElseThrow();
    for (int round = 0; round < MOST_ROUNDS; round++) {
      QueueView view = setup.queues().view(queue.id(), HEAD);
      if (view.head().isEmpty()) {
        return;
      }
      Optional<Match> match =
          RoutingDecision.next(queue, view.head(), setup.agents().available(), strategy);
      if (match.isEmpty()) {
        return;
      }
      offer(queue, match.get().contact(), match.get().agent());
    }
    LOG.warn("Matching queue {} stopped after {} rounds", queue.id(), MOST_ROUNDS);
  }

  /** Tries to offer one contact to one agent; false when another node or thread got there first. */
  boolean offer(QueueDefinition queue, Waiting waiting, Agent agent) {
    Instant now = setup.clock().instant();
    Instant expiresAt = now.plus(queue.ringTimeout());
    Change<Agent> reserved =
        setup
            .agents()
            .apply(agent.id(), new AgentCommand.Reserve(waiting.contact(), now, expiresAt));
    if (!(reserved instanceof Change.Applied<Agent> reservedAgent)) {
      return false;
    }
    Change<Contact> offered;
    try {
      offered =
          setup
              .contacts()
              .apply(
                  waiting.contact(),
                  new ContactCommand.Offer(agent.id(), waiting.visit(), now, expiresAt));
    } catch (RuntimeException e) {
      unreserve(waiting, agent, now);
      throw e;
    }
    if (!(offered instanceof Change.Applied<Contact> offeredContact)) {
      unreserve(waiting, agent, now);
      dropIfStale(queue, waiting);
      return false;
    }
    Contact contact = offeredContact.after();
    setup.queues().leave(queue.id(), contact.id(), waiting.visit());
    timers.arm(contact.id(), agent.id(), expiresAt);
    LOG.info("Offered contact {} to {} until {}", contact.id(), agent.id(), expiresAt);
    announce.offerMade(reservedAgent.after(), contact, expiresAt);
    announce.agent(reservedAgent.after());
    announce.contact(contact);
    announce.queuesOf(reservedAgent.after());
    return true;
  }

  private void unreserve(Waiting waiting, Agent agent, Instant now) {
    Change<Agent> released =
        setup
            .agents()
            .apply(
                agent.id(),
                new AgentCommand.Release(
                    waiting.contact(), AgentCommand.Release.Why.WITHDRAWN, now));
    if (released instanceof Change.Refused<Agent> refused) {
      LOG.warn(
          "Could not undo the reservation of {} for contact {}: {}",
          agent.id(),
          waiting.contact(),
          refused.reason());
    }
  }

  /** Drops a place whose contact is gone, no longer queued, or queued again for a later visit. */
  private void dropIfStale(QueueDefinition queue, Waiting waiting) {
    Optional<Contact> contact = setup.contacts().find(waiting.contact());
    boolean current =
        contact.isPresent()
            && contact.get().state() == ContactState.QUEUED
            && contact.get().visit() == waiting.visit();
    if (!current) {
      setup.queues().leave(queue.id(), waiting.contact(), waiting.visit());
    }
  }
}
