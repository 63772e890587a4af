package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentLine;
import org.cityline.routing.Change;
import org.cityline.routing.Consult;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps routing honest when a node is lost, from the shared state alone. Every second the leading
 * node looks at the live contacts that are not waiting, every agent, and the waiting contacts that
 * joined their queue before its first overflow, and acts on what is due: offers and consults whose
 * ring time passed, wrap-ups whose time ran out, waiting contacts due to overflow (and the
 * escalations reached, by matching again), ended contacts not yet recorded, reservations a lost
 * node left half made, and lines whose contact is gone; every 30 s, also calls claimed by a contact
 * that does not exist. Every action is idempotent (a live node's own timer may act on the same
 * deadline), and anything that might be in flight is only repaired when it is still wrong at the
 * next sweep. Every node also rebuilds its index from the store now and then, and at once when a
 * member leaves.
 */
final class Sweeper {

  private static final Logger LOG = LoggerFactory.getLogger(Sweeper.class);

  /**
   * How long an ended contact may stay unrecorded before the sweep records it: longer than the
   * recording node's own first retry, so a live node's retry usually does it.
   */
  static final Duration UNRECORDED = Duration.ofSeconds(30);

  /** How often the sweep reads every call claim, looking for claims that name no live contact. */
  static final Duration CLAIMS_EVERY = Duration.ofSeconds(30);

  private final Ops ops;
  private final Returns returns;
  private final Transfers transfers;
  private final WrapUps wrapUps;
  private final Overflows overflows;
  private final Endings endings;
  private final Matcher matcher;
  private final Announcer announce;
  private Set<String> suspects = new HashSet<>();
  private Set<String> orphanClaims = new HashSet<>();
  private Instant lastClaimCheck = Instant.MIN;
  private Instant lastResync = Instant.MIN;
  private volatile boolean stopped;
  private org.cityline.common.time.Scheduler.Timer timer;

  Sweeper(
      Ops ops,
      Returns returns,
      Transfers transfers,
      WrapUps wrapUps,
      Overflows overflows,
      Endings endings,
      Matcher matcher,
      Announcer announce) {
    this.ops = ops;
    this.returns = returns;
    this.transfers = transfers;
    this.wrapUps = wrapUps;
    this.overflows = overflows;
    this.endings = endings;
    this.matcher = matcher;
    this.announce = announce;
  }

  /** Sweeps every sweep interval from now on, until {@link #stop}. */
  synchronized void start() {
    stopped = false;
    schedule();
  }

  synchronized void stop() {
    stopped = true;
    if (timer != null) {
      timer.cancel();
    }
  }

  private synchronized void schedule() {
    if (!stopped) {
      timer = ops.setup().scheduler().schedule(ops.setup().settings().sweepInterval(), this::tick);
    }
  }

  private void tick() {
    try {
      Instant now = ops.now();
      if (Duration.between(lastResync, now).compareTo(ops.setup().settings().resyncInterval())
          >= 0) {
        resync();
      }
      if (ops.setup().leadership().leads()) {
        sweep();
      }
    } catch (RuntimeException e) {
      LOG.error("A routing sweep failed; the next one tries again", e);
    } finally {
      schedule();
    }
  }

  /** Rebuilds this node's index from the shared state. */
  synchronized void resync() {
    long started = LiveIndex.now();
    lastResync = ops.now();
    ops.index().resync(ops.setup().contacts().all(), ops.setup().agents().all(), started);
  }

  /** After a lost member or when this node starts leading: resync, then sweep now. */
  void recover() {
    resync();
    if (ops.setup().leadership().leads()) {
      sweep();
      announce.allQueuesChanged();
    }
  }

  /** Acts on everything overdue. */
  synchronized void sweep() {
    Instant now = ops.now();
    Set<String> seen = new HashSet<>();
    for (IndexedContact contact : ops.index().notWaiting()) {
      sweepContact(contact, now);
    }
    for (QueuePlan plan : ops.setup().queues().plans()) {
      overflowDue(plan.definition(), now);
    }
    for (Agent agent : ops.index().agents()) {
      for (AgentLine line : agent.lines()) {
        sweepLine(agent, line, now, seen);
      }
    }
    suspects = seen;
    if (Duration.between(lastClaimCheck, now).compareTo(CLAIMS_EVERY) >= 0) {
      lastClaimCheck = now;
      clearOrphanClaims();
    }
    matcher.matchAll();
  }

  /**
   * Clears the claims on calls whose contact does not exist, once they are still there at the next
   * look (an enqueue claims its call a moment before its contact exists). They are left by a node
   * lost in between, and would refuse that call forever.
   */
  private void clearOrphanClaims() {
    Set<String> seen = new HashSet<>();
    ops.setup()
        .contacts()
        .claimedCalls()
        .forEach(
            (call, contact) -> {
              if (ops.index().contact(contact).isPresent()
                  || ops.setup().contacts().find(contact).isPresent()) {
                return;
              }
              String key = call + " " + contact;
              seen.add(key);
              if (orphanClaims.contains(key)) {
                LOG.warn(
                    "Call {} was claimed by contact {}, which does not exist (a node was lost"
                        + " while adding or removing it); the claim is cleared",
                    call,
                    contact);
                ops.setup().contacts().unmapCall(call, contact);
              }
            });
    orphanClaims = seen;
  }

  /**
   * Overflows a queue's waiting contacts that waited their time: only those that joined before the
   * queue's first overflow are looked at, so a long queue costs what is due, not its length.
   */
  private void overflowDue(QueueDefinition queue, Instant now) {
    Optional<Duration> wait = queue.overflowWait();
    if (wait.isEmpty()) {
      return;
    }
    for (IndexedContact contact : ops.index().joinedBy(queue.id(), now.minus(wait.get()))) {
      overflows.due(contact, now).ifPresent(target -> overflows.overflow(contact, target));
    }
  }

  private void sweepContact(IndexedContact contact, Instant now) {
    switch (contact.state()) {
      case OFFERED -> {
        if (overdue(contact.deadline(), now)) {
          returns.ringOut(contact.id(), contact.agent().orElseThrow());
        }
      }
      case ON_HOLD -> {
        if (overdue(contact.deadline(), now)) {
          consultOf(contact)
              .ifPresent(consult -> transfers.consultRangOut(contact.id(), consult.agent()));
        }
      }
      case QUEUED -> {
        // waiting contacts are swept by queue (overflowDue)
      }
      case ENDED ->
          ops.setup()
              .contacts()
              .find(contact.id())
              .filter(stored -> stored.state() == ContactState.ENDED)
              .filter(stored -> !stored.endedAt().orElseThrow().plus(UNRECORDED).isAfter(now))
              .ifPresent(endings::ended);
      case CONNECTED, WRAP_UP -> {
        // with an agent, who goes on with it
      }
    }
  }

  private void sweepLine(Agent agent, AgentLine line, Instant now, Set<String> seen) {
    switch (line.state()) {
      case WRAP_UP -> {
        if (overdue(line.deadline(), now)) {
          wrapUps.expire(agent.id(), line.contact());
        }
      }
      case RINGING -> {
        if (overdue(line.deadline(), now)
            && suspect("ringing:" + agent.id() + line.contact(), seen)) {
          releaseIfDangling(agent, line);
        }
      }
      case ACTIVE, HELD -> {
        if (!holds(agent, line) && suspect("line:" + agent.id() + line.contact(), seen)) {
          dropIfVanished(agent, line);
        }
      }
    }
  }

  /** Whether the index agrees that the contact is with this agent (or consulting them). */
  private boolean holds(Agent agent, AgentLine line) {
    Optional<IndexedContact> contact = ops.index().contact(line.contact());
    return contact.isPresent()
        && (contact.get().agent().filter(agent.id()::equals).isPresent()
            || line.kind() == AgentLine.Kind.CONSULT);
  }

  /** A reservation whose offer never reached the contact (its node was lost) is freed. */
  private void releaseIfDangling(Agent agent, AgentLine line) {
    Optional<Contact> contact = ops.setup().contacts().find(line.contact());
    boolean ringing =
        contact.isPresent()
            && (line.kind() == AgentLine.Kind.OFFER
                ? contact.get().state() == ContactState.OFFERED && contact.get().isWith(agent.id())
                : contact.get().consult().filter(c -> c.agent().equals(agent.id())).isPresent());
    if (ringing) {
      return; // its ring-out deals with it
    }
    release(agent, line, "a reservation a lost node left behind");
  }

  /** A line whose contact ended or went elsewhere (its node was lost mid-way) is freed. */
  private void dropIfVanished(Agent agent, AgentLine line) {
    Optional<Contact> contact = ops.setup().contacts().find(line.contact());
    boolean holds =
        contact.isPresent()
            && contact.get().state() != ContactState.ENDED
            && (contact.get().isWith(agent.id())
                || contact.get().consult().filter(c -> c.agent().equals(agent.id())).isPresent());
    if (!holds) {
      release(agent, line, "a line whose contact is gone");
    }
  }

  private void release(Agent agent, AgentLine line, String what) {
    Change<Agent> change =
        ops.agent(agent.id(), new AgentCommand.DropLine(line.contact(), ops.now()));
    if (change instanceof Change.Applied<Agent> applied) {
      LOG.warn("Freed {} from {} (contact {})", agent.id(), what, line.contact());
      announce.agent(applied.after());
    }
  }

  private Optional<Consult> consultOf(IndexedContact contact) {
    return ops.setup().contacts().find(contact.id()).flatMap(Contact::consult);
  }

  private boolean suspect(String key, Set<String> seen) {
    seen.add(key);
    return suspects.contains(key);
  }

  private static boolean overdue(Optional<Instant> deadline, Instant now) {
    return deadline.isPresent() && !deadline.get().isAfter(now);
  }
}
