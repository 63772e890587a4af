package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentState;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactState;
import org.cityline.routing.LongestIdle;
import org.cityline.routing.QueueId;

/**
 * This node's index of the live contacts and signed-in agents: each queue's waiting contacts in
 * serving order, and the agents who may take an offer. It is not the state (that is in the shared
 * store) but a view of it, fed by this node's own changes at once and by every node's changes
 * through the store's notifications, and rebuilt from the store after a member is lost. Every entry
 * carries the stored version it was made from and only a newer one replaces it, so the two feeds
 * may arrive in any order. A decision made on a stale view is harmless: the store's atomic commands
 * refuse it, and the matcher tries again.
 *
 * <p>Thread-safe; every method holds the index's lock briefly.
 */
public final class LiveIndex {

  private static final Duration TOMBSTONE_LIFE = Duration.ofMinutes(2);
  private static final int RANKS_STALE_MILLIS = 500;
  private static final int EXACT_RANKS = 1_000;

  private final Map<ContactId, IndexedContact> contacts = new HashMap<>();
  private final Map<QueueId, NavigableSet<IndexedContact>> waiting = new HashMap<>();
  private final Map<QueueId, NavigableSet<IndexedContact>> byWait = new HashMap<>();

  /**
   * Each queue's waiting contacts in the order they joined it, so the sweep finds the few due to
   * overflow without looking at the thousands that are not.
   */
  private final Map<QueueId, NavigableSet<IndexedContact>> byJoining = new HashMap<>();

  /** The contacts that are not waiting (offered, with an agent, ended): the sweep's other work. */
  private final Map<ContactId, IndexedContact> notWaiting = new HashMap<>();

  private final Map<AgentId, Agent> agents = new HashMap<>();
  private final Map<AgentId, Agent> offerable = new LinkedHashMap<>();

  /**
   * The same agents, longest idle first: a queue that prefers the longest idle takes the first who
   * qualifies instead of weighing every free agent (with hundreds free, touching each cost a
   * decision a few hundred microseconds in cache misses).
   */
  private final NavigableSet<Agent> offerableByIdle = new TreeSet<>(LongestIdle.ORDER);

  private final Map<QueueId, Integer> callbacksWaiting = new HashMap<>();
  private final Map<Object, Tombstone> removed = new HashMap<>();
  private final Map<QueueId, Ranks> ranks = new HashMap<>();
  private final Map<QueueId, Boolean> rankDirty = new HashMap<>();
  private final Map<Object, Long> touched = new HashMap<>();
  private final List<Consumer<Trigger>> listeners = new ArrayList<>();
  private final List<Consumer<Object>> touchListeners = new ArrayList<>();

  /** Something that may let the matcher make an offer. */
  public sealed interface Trigger {
    /** A contact is waiting (new, returned, overflowed, transferred). */
    record ContactWaiting(QueueId queue) implements Trigger {}

    /** An agent may take an offer. */
    record AgentFree(AgentId agent) implements Trigger {}
  }

  private record Tombstone(long version, long removedAtMillis) {}

  private record Ranks(long builtAtMillis, Map<ContactId, Integer> positions) {}

  /** Calls the listener (outside the lock) whenever a change may allow an offer. */
  public void onTrigger(Consumer<Trigger> listener) {
    synchronized (this) {
      listeners.add(listener);
    }
  }

  /**
   * Calls the listener (outside the lock) after every change that alters a queue's figures: with
   * the {@link QueueId} of a contact's queue, or with the changed {@link Agent}.
   */
  public void onTouched(Consumer<Object> listener) {
    synchronized (this) {
      touchListeners.add(listener);
    }
  }

  // ---- feeding ----

  /** A contact as stored (any version; older than the one indexed is ignored). */
  public void contact(Contact contact) {
    contact(contact, true);
  }

  /**
   * A contact as stored; {@code fedTwice} when the same version may also come by the other feed (a
   * change and the store's event of it), so that the second still asks for matching. A resync
   * re-reads what is indexed already: the same version is then nothing new, and asks for nothing
   * (ten thousand waiting contacts would otherwise ask ten thousand times).
   */
  private void contact(Contact contact, boolean fedTwice) {
    Trigger trigger = null;
    Trigger sameVersionWaiting = null;
    QueueId oldQueue = null;
    synchronized (this) {
      ContactId id = contact.id();
      IndexedContact old = contacts.get(id);
      if (old != null && old.version() == contact.version()) {
        if (old.state() != ContactState.QUEUED || !fedTwice) {
          return;
        }
        // The store's event indexed this very version first and may not have fired yet: fire on
        // this thread too, so the caller's own drain sees the work (a second request is harmless).
        sameVersionWaiting = new Trigger.ContactWaiting(old.queue());
      } else if (old != null && old.version() > contact.version()
          || isTombstoned(id, contact.version())) {
        return;
      }
      if (sameVersionWaiting == null) {
        oldQueue = old == null ? null : old.queue();
        if (old != null) {
          unlist(old);
        }
        IndexedContact entry = IndexedContact.of(contact);
        contacts.put(id, entry);
        touched.put(id, now());
        if (entry.state() != ContactState.QUEUED) {
          notWaiting.put(id, entry);
        } else {
          if (line(waiting, entry.queue(), IndexedContact.SERVING_ORDER).add(entry)
              && entry.callback()) {
            callbacksWaiting.merge(entry.queue(), 1, Integer::sum);
          }
          line(byWait, entry.queue(), IndexedContact.WAITING_ORDER).add(entry);
          line(byJoining, entry.queue(), IndexedContact.JOINING_ORDER).add(entry);
          rankDirty.put(entry.queue(), true);
          if (old == null
              || old.state() != ContactState.QUEUED
              || !old.queue().equals(entry.queue())) {
            trigger = new Trigger.ContactWaiting(entry.queue());
          }
        }
      }
    }
    if (sameVersionWaiting != null) {
      fire(sameVersionWaiting);
      return;
    }
    fire(trigger);
    touch(contact.queue());
    if (oldQueue != null && !oldQueue.equals(contact.queue())) {
      touch(oldQueue);
    }
  }

  /** A contact left the store (recorded and forgotten). */
  public void contactRemoved(ContactId id, long version) {
    IndexedContact old;
    synchronized (this) {
      old = contacts.remove(id);
      if (old != null) {
        unlist(old);
      }
      touched.remove(id);
      removed.put(id, new Tombstone(Math.max(version, old == null ? 0 : old.version()), now()));
    }
    if (old != null) {
      touch(old.queue());
    }
  }

  /** An agent as stored (a signed-out agent is removed). */
  public void agent(Agent agent) {
    agent(agent, true);
  }

  /** An agent as stored; {@code fedTwice} as for {@link #contact(Contact, boolean)}. */
  private void agent(Agent agent, boolean fedTwice) {
    Trigger trigger = null;
    synchronized (this) {
      AgentId id = agent.id();
      Agent old = agents.get(id);
      if (old != null
          && old.version() == agent.version()
          && offerable.containsKey(id)
          && fedTwice) {
        // As for contacts: the store's event got here first; fire on this thread too.
        trigger = new Trigger.AgentFree(id);
      } else if (old != null && old.version() >= agent.version()
          || isTombstoned(id, agent.version())) {
        return;
      } else if (agent.state() == AgentState.LOGGED_OUT) {
        agents.remove(id);
        notOfferable(id);
        touched.remove(id);
        removed.put(id, new Tombstone(agent.version(), now()));
        trigger = null;
      } else {
        agents.put(id, agent);
        touched.put(id, now());
        if (agent.mayTakeOffer()) {
          offerable(agent);
          trigger = new Trigger.AgentFree(id);
        } else {
          notOfferable(id);
        }
      }
    }
    fire(trigger);
    touch(agent);
  }

  /** An agent left the store. */
  public void agentRemoved(AgentId id, long version) {
    synchronized (this) {
      Agent old = agents.remove(id);
      notOfferable(id);
      touched.remove(id);
      removed.put(id, new Tombstone(Math.max(version, old == null ? 0 : old.version()), now()));
    }
  }

  /**
   * Replaces the index with the store's full contents, read after {@code readStartedMillis}:
   * entries the read did not see and that were indexed before it started are dropped; everything
   * else is merged by version.
   */
  public void resync(
      Collection<Contact> allContacts, Collection<Agent> allAgents, long readStarted) {
    Map<ContactId, Contact> seenContacts = new HashMap<>();
    allContacts.forEach(contact -> seenContacts.put(contact.id(), contact));
    Map<AgentId, Agent> seenAgents = new HashMap<>();
    allAgents.forEach(agent -> seenAgents.put(agent.id(), agent));
    synchronized (this) {
      for (IndexedContact entry : List.copyOf(contacts.values())) {
        if (!seenContacts.containsKey(entry.id()) && indexedBefore(entry.id(), readStarted)) {
          contacts.remove(entry.id());
          touched.remove(entry.id());
          unlist(entry);
        }
      }
      for (Agent agent : List.copyOf(agents.values())) {
        if (!seenAgents.containsKey(agent.id()) && indexedBefore(agent.id(), readStarted)) {
          agents.remove(agent.id());
          touched.remove(agent.id());
          notOfferable(agent.id());
        }
      }
      removed.values().removeIf(t -> now() - t.removedAtMillis() > TOMBSTONE_LIFE.toMillis());
    }
    allContacts.forEach(contact -> contact(contact, false));
    allAgents.forEach(agent -> agent(agent, false));
  }

  // ---- reading ----

  public synchronized Optional<IndexedContact> contact(ContactId id) {
    return Optional.ofNullable(contacts.get(id));
  }

  public synchronized Optional<Agent> agent(AgentId id) {
    return Optional.ofNullable(agents.get(id));
  }

  /** How many live contacts (waiting or not) are in a queue. */
  public synchronized long liveIn(QueueId queue) {
    return contacts.values().stream().filter(contact -> contact.queue().equals(queue)).count();
  }

  /** Every indexed contact that is not waiting in a queue: offered, with an agent, or ended. */
  public synchronized List<IndexedContact> notWaiting() {
    return List.copyOf(notWaiting.values());
  }

  /**
   * A queue's waiting contacts that joined it at or before {@code cutoff}, first joined first: the
   * ones that may be due to overflow. Costs as many as it returns, not the whole queue.
   */
  public synchronized List<IndexedContact> joinedBy(QueueId queue, Instant cutoff) {
    NavigableSet<IndexedContact> line = byJoining.get(queue);
    List<IndexedContact> joined = new ArrayList<>();
    if (line != null) {
      for (IndexedContact contact : line) {
        if (contact.queuedAt().isAfter(cutoff)) {
          break;
        }
        joined.add(contact);
      }
    }
    return joined;
  }

  /** Every indexed agent. */
  public synchronized List<Agent> agents() {
    return List.copyOf(agents.values());
  }

  /** How many contacts wait in a queue. */
  public synchronized int waiting(QueueId queue) {
    NavigableSet<IndexedContact> line = waiting.get(queue);
    return line == null ? 0 : line.size();
  }

  /** How many of a queue's waiting contacts are callbacks (kept as they come and go). */
  public synchronized int callbacksWaiting(QueueId queue) {
    return callbacksWaiting.getOrDefault(queue, 0);
  }

  /** How many contacts wait in every queue. */
  public synchronized int waitingInAll() {
    int all = 0;
    for (NavigableSet<IndexedContact> line : waiting.values()) {
      all += line.size();
    }
    return all;
  }

  /** When the longest-waiting contact of a queue started waiting. */
  public synchronized Optional<Instant> longestWaitingSince(QueueId queue) {
    NavigableSet<IndexedContact> line = byWait.get(queue);
    return line == null || line.isEmpty()
        ? Optional.empty()
        : Optional.of(line.first().waitingSince());
  }

  /** The first {@code limit} waiting contacts of a queue, in serving order. */
  public synchronized List<IndexedContact> head(QueueId queue, int limit) {
    List<IndexedContact> head = new ArrayList<>();
    NavigableSet<IndexedContact> line = waiting.get(queue);
    if (line != null) {
      Iterator<IndexedContact> it = line.iterator();
      while (it.hasNext() && head.size() < limit) {
        head.add(it.next());
      }
    }
    return head;
  }

  /**
   * A waiting contact's place in its queue (1 for the next to be offered). Positions are worked out
   * for the whole queue at once; in a queue of a thousand or more they are reused for up to half a
   * second, since announcements need no more.
   */
  public synchronized Optional<Integer> position(ContactId id) {
    IndexedContact entry = contacts.get(id);
    if (entry == null || entry.state() != ContactState.QUEUED) {
      return Optional.empty();
    }
    Ranks current = ranks.get(entry.queue());
    NavigableSet<IndexedContact> line = waiting.get(entry.queue());
    boolean dirty = rankDirty.getOrDefault(entry.queue(), true);
    if (current == null
        || !current.positions().containsKey(id)
        || dirty
            && (line.size() < EXACT_RANKS
                || now() - current.builtAtMillis() > RANKS_STALE_MILLIS)) {
      Map<ContactId, Integer> positions = new HashMap<>();
      int place = 1;
      for (IndexedContact each : line) {
        positions.put(each.id(), place++);
      }
      current = new Ranks(now(), positions);
      ranks.put(entry.queue(), current);
      rankDirty.put(entry.queue(), false);
    }
    return Optional.ofNullable(current.positions().get(id));
  }

  /** Runs a decision over a consistent view of a queue's waiting line and the free agents. */
  public synchronized <T> T decide(Decision<T> decision) {
    return decision.decide(this::line, offerableByIdle);
  }

  /**
   * A decision over the index, run under its lock: {@code lines} gives each queue's waiting
   * contacts in serving order, {@code offerable} the agents who may take an offer, longest idle
   * first.
   */
  @FunctionalInterface
  public interface Decision<T> {
    T decide(
        java.util.function.Function<QueueId, NavigableSet<IndexedContact>> lines,
        Collection<Agent> offerable);
  }

  // ---- inside ----

  private void offerable(Agent agent) {
    notOfferable(agent.id());
    offerable.put(agent.id(), agent);
    offerableByIdle.add(agent);
  }

  private void notOfferable(AgentId id) {
    Agent was = offerable.remove(id);
    if (was != null) {
      offerableByIdle.remove(was);
    }
  }

  private NavigableSet<IndexedContact> line(QueueId queue) {
    NavigableSet<IndexedContact> line = waiting.get(queue);
    return line == null ? java.util.Collections.emptyNavigableSet() : line;
  }

  private void unlist(IndexedContact entry) {
    notWaiting.remove(entry.id());
    if (entry.state() == ContactState.QUEUED) {
      NavigableSet<IndexedContact> line = waiting.get(entry.queue());
      if (line != null && line.remove(entry) && entry.callback()) {
        callbacksWaiting.merge(
            entry.queue(), -1, (was, less) -> was + less == 0 ? null : was + less);
      }
      NavigableSet<IndexedContact> wait = byWait.get(entry.queue());
      if (wait != null) {
        wait.remove(entry);
      }
      NavigableSet<IndexedContact> joining = byJoining.get(entry.queue());
      if (joining != null) {
        joining.remove(entry);
      }
      rankDirty.put(entry.queue(), true);
    }
  }

  private static NavigableSet<IndexedContact> line(
      Map<QueueId, NavigableSet<IndexedContact>> lines,
      QueueId queue,
      java.util.Comparator<IndexedContact> order) {
    return lines.computeIfAbsent(queue, id -> new TreeSet<>(order));
  }

  private boolean isTombstoned(Object id, long version) {
    Tombstone tombstone = removed.get(id);
    return tombstone != null && tombstone.version() >= version;
  }

  /** Whether the entry was last fed before a read of the store began (so the read saw it). */
  private boolean indexedBefore(Object id, long readStarted) {
    return touched.getOrDefault(id, Long.MIN_VALUE) < readStarted;
  }

  private void touch(Object what) {
    List<Consumer<Object>> current;
    synchronized (this) {
      current = List.copyOf(touchListeners);
    }
    for (Consumer<Object> listener : current) {
      listener.accept(what);
    }
  }

  private void fire(Trigger trigger) {
    if (trigger == null) {
      return;
    }
    List<Consumer<Trigger>> current;
    synchronized (this) {
      current = List.copyOf(listeners);
    }
    for (Consumer<Trigger> listener : current) {
      listener.accept(trigger);
    }
  }

  /** The index's own clock (for {@link #resync}): monotonic milliseconds of this JVM. */
  static long now() {
    return System.nanoTime() / 1_000_000;
  }
}
