package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.QueueId;
import org.cityline.routing.engine.Decisions.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes offers, event-driven and on the leading node only: whenever a contact starts waiting or an
 * agent may take an offer (this node's changes and, through the index, every node's), the matcher
 * decides on the index and commits each decision in the store.
 *
 * <p>A commit reserves the agent (an atomic command on the agent's entry: ready, with a free line,
 * every other line on hold) and offers the contact (an atomic command on the contact's entry: still
 * queued, for the same visit), both sent at once. If either is refused, the other is undone. So
 * across any number of nodes (two may lead for a moment while the cluster changes) no contact is
 * offered to two agents and no agent gets more offers than free lines; a refused step only
 * refreshes the index and the matcher goes on.
 *
 * <p>Work is drained by one thread at a time per node: the thread that asks (an API call drains on
 * its own thread, which gives the lowest latency), or the scheduler's, for work that arrives from
 * the store's notifications.
 */
final class Matcher {

  private static final Logger LOG = LoggerFactory.getLogger(Matcher.class);

  /** A guard against a drain that never finishes; each round makes progress or stops. */
  private static final int MOST_ROUNDS = 100_000;

  private final Ops ops;
  private final Announcer announce;
  private final Timers timers;
  private final Queue<Object> work = new ConcurrentLinkedQueue<>();

  /**
   * What is in {@link #work}: a queue or agent asked for again before it is matched is not queued
   * twice, so a burst of triggers (a resync, a busy minute) costs one match each, not one per ask.
   */
  private final Set<Object> pending = ConcurrentHashMap.newKeySet();

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private Returns returns;

  Matcher(Ops ops, Announcer announce, Timers timers) {
    this.ops = ops;
    this.announce = announce;
    this.timers = timers;
    ops.index().onTrigger(this::triggered);
  }

  /** Set once the returns exist (they need the matcher too). */
  void returns(Returns value) {
    this.returns = value;
  }

  private void triggered(LiveIndex.Trigger trigger) {
    switch (trigger) {
      case LiveIndex.Trigger.ContactWaiting waiting -> request(waiting.queue());
      case LiveIndex.Trigger.AgentFree free -> request(free.agent());
    }
    drainSoon();
  }

  /** Asks for a queue (or an agent) to be matched; {@link #drain} does it. */
  void request(Object queueOrAgent) {
    if (ops.setup().leadership().leads() && pending.add(queueOrAgent)) {
      work.add(queueOrAgent);
    }
  }

  /** Asks for every queue to be matched, and matches now. */
  void matchAll() {
    ops.setup().queues().plans().forEach(plan -> request(plan.definition().id()));
    drain();
  }

  /** Matches what was asked for, on this thread, unless another thread is at it. */
  void drain() {
    while (!work.isEmpty() && draining.compareAndSet(false, true)) {
      try {
        int rounds = 0;
        Object next;
        while (rounds++ < MOST_ROUNDS && (next = work.poll()) != null) {
          pending.remove(next); // asked again from now on: matched again
          try {
            switch (next) {
              case QueueId queue -> matchQueue(queue);
              case AgentId agent -> matchAgent(agent);
              default -> LOG.warn("Unknown matching work {}", next);
            }
          } catch (RuntimeException e) {
            LOG.error("Matching {} failed; the next trigger or sweep retries it", next, e);
          }
        }
      } finally {
        draining.set(false);
      }
    }
  }

  /** Drains on the scheduler's thread soon (for work that arrives on a store's thread). */
  private void drainSoon() {
    if (!work.isEmpty() && drainScheduled.compareAndSet(false, true)) {
      ops.setup()
          .scheduler()
          .schedule(
              Duration.ZERO,
              () -> {
                drainScheduled.set(false);
                drain();
              });
    }
  }

  private void matchQueue(QueueId queue) {
    Optional<QueuePlan> plan = ops.setup().queues().plan(queue);
    if (plan.isEmpty()) {
      return; // no longer configured: its contacts wait until it is again
    }
    for (int round = 0; round < MOST_ROUNDS; round++) {
      Instant now = ops.now();
      Optional<Match> match =
          ops.index()
              .decide(
                  (lines, offerable) ->
                      Decisions.forQueue(plan.get(), lines.apply(queue), offerable, now));
      if (match.isEmpty()) {
        return;
      }
      commit(match.get());
    }
  }

  private void matchAgent(AgentId id) {
    for (int round = 0; round < MOST_ROUNDS; round++) {
      Optional<Agent> agent = ops.index().agent(id);
      if (agent.isEmpty() || !agent.get().mayTakeOffer()) {
        return;
      }
      Instant now = ops.now();
      Optional<Match> match =
          ops.index()
              .decide(
                  (lines, offerable) ->
                      Decisions.forAgent(
                          agent.get(), ops.setup().queues().plans(), lines, offerable, now));
      if (match.isEmpty()) {
        return;
      }
      commit(match.get());
    }
  }

  /** Commits one decision; false when a store refused it (the index is refreshed then). */
  boolean commit(Match match) {
    return offer(match.contact().id(), match.contact().visit(), match.agent().id(), match.plan())
        .isPresent();
  }

  /**
   * Offers a waiting contact (on its {@code visit}) to an agent: the agent's reservation and the
   * contact's offer are two atomic commands on two entries, sent at once so that an offer costs one
   * round trip to the cluster, not two. Both applied: the offer stands. One refused: the other is
   * undone (the reservation released, or the contact returned to its place in the queue) and the
   * index refreshed. Used by matching and by a supervisor's assignment.
   *
   * @return the contact as offered, or empty when either step was refused
   */
  Optional<Contact> offer(
      org.cityline.common.ContactId contactId, int visit, AgentId agentId, QueuePlan plan) {
    Instant now = ops.now();
    Instant expiresAt = now.plus(plan.definition().ringTimeout());
    Supplier<Change<Agent>> reserving =
        ops.startAgent(
            agentId, new AgentCommand.Reserve(contactId, AgentLine.Kind.OFFER, now, expiresAt));
    Supplier<Change<Contact>> offering;
    try {
      offering =
          ops.startContact(contactId, new ContactCommand.Offer(agentId, visit, now, expiresAt));
    } catch (RuntimeException e) {
      undoReservation(reserving, contactId, agentId);
      throw e;
    }
    Change<Agent> reserved;
    try {
      reserved = reserving.get();
    } catch (RuntimeException e) {
      undoOffer(offering, contactId, agentId);
      throw e;
    }
    Change<Contact> offered;
    try {
      offered = offering.get();
    } catch (RuntimeException e) {
      if (reserved instanceof Change.Applied<Agent>) {
        unreserve(contactId, agentId);
      }
      throw e;
    }
    if (reserved instanceof Change.Applied<Agent> reservedAgent
        && offered instanceof Change.Applied<Contact> offeredContact) {
      Contact contact = offeredContact.after();
      timers.arm(Timers.ring(contactId), expiresAt, () -> returns.ringOut(contactId, agentId));
      LOG.info("Offered contact {} to {} until {}", contactId, agentId, expiresAt);
      announce.offerMade(reservedAgent.after(), contact, expiresAt);
      announce.agent(reservedAgent.after(), contact);
      announce.contact(contact);
      return Optional.of(contact);
    }
    if (reserved instanceof Change.Applied<Agent>) {
      unreserve(contactId, agentId);
    } else {
      refreshAgent(agentId);
    }
    if (offered instanceof Change.Applied<Contact>) {
      cancelOffer(contactId, agentId);
    } else {
      refreshContact(contactId);
    }
    return Optional.empty();
  }

  /** The offer failed before the reservation was waited for: release it if it was made. */
  private void undoReservation(
      Supplier<Change<Agent>> reserving, org.cityline.common.ContactId contact, AgentId agent) {
    try {
      if (reserving.get() instanceof Change.Applied<Agent>) {
        unreserve(contact, agent);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not learn whether {} was reserved for contact {}: {}", agent, contact, e);
    }
  }

  /** The reservation failed: return the contact to its place if the offer was made. */
  private void undoOffer(
      Supplier<Change<Contact>> offering, org.cityline.common.ContactId contact, AgentId agent) {
    try {
      if (offering.get() instanceof Change.Applied<Contact>) {
        cancelOffer(contact, agent);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not learn whether contact {} was offered to {}: {}", contact, agent, e);
    }
  }

  /**
   * Returns a contact offered to an agent who could not be reserved to its place in the queue (it
   * keeps its waiting time, so its place); nothing was announced, so nobody saw the offer.
   */
  private void cancelOffer(org.cityline.common.ContactId contact, AgentId agent) {
    Change<Contact> back =
        ops.contact(
            contact,
            new ContactCommand.ReturnToQueue(
                agent, ContactCommand.ReturnToQueue.Why.CANCELLED, ops.now()));
    if (back instanceof Change.Refused<Contact> refused) {
      LOG.warn(
          "Could not return contact {} offered to {} who was not reserved: {}",
          contact,
          agent,
          refused.reason());
    }
  }

  private void unreserve(org.cityline.common.ContactId contact, AgentId agent) {
    Change<Agent> released =
        ops.agent(
            agent,
            new AgentCommand.Release(contact, AgentCommand.Release.Why.WITHDRAWN, ops.now()));
    if (released instanceof Change.Refused<Agent> refused) {
      LOG.warn(
          "Could not undo the reservation of {} for contact {}: {}",
          agent,
          contact,
          refused.reason());
    }
  }

  private void refreshAgent(AgentId id) {
    ops.setup()
        .agents()
        .find(id)
        .ifPresentOrElse(ops.index()::agent, () -> ops.index().agentRemoved(id, 0));
  }

  private void refreshContact(org.cityline.common.ContactId id) {
    ops.setup()
        .contacts()
        .find(id)
        .ifPresentOrElse(ops.index()::contact, () -> ops.index().contactRemoved(id, 0));
  }
}
