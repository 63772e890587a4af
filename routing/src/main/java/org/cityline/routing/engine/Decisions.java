package org.cityline.routing.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Function;
import org.cityline.common.ContactId;
import org.cityline.routing.Agent;
import org.cityline.routing.ContactState;
import org.cityline.routing.LongestIdle;
import org.cityline.routing.QueueId;
import org.cityline.routing.Requirement;

/**
 * The pure decisions at the heart of routing: which waiting contact goes to which free agent. No
 * storage, no clock, no locks: they read a queue's waiting line (in serving order) and the agents
 * who may take an offer, so they can be unit tested and benchmarked on their own; the matcher then
 * commits a decision atomically in the store.
 *
 * <p>Both directions exist because both events happen: a contact arrives (it takes the agent its
 * queue's strategy prefers among those who qualify) and an agent becomes free (it takes the contact
 * first in serving order, over every queue it can serve: priority, then waiting time, so an
 * emergency goes first everywhere). Scans are bounded: within one priority class of a queue at most
 * {@link #MOST_LOOKED_AT} contacts are looked at, since contacts that wait longer meet a wider
 * requirement, and the younger ones behind a contact nobody can take rarely qualify.
 */
public final class Decisions {

  /** How many contacts of one priority class in one queue a decision looks at, at most. */
  public static final int MOST_LOOKED_AT = 64;

  private Decisions() {}

  /** A contact and the agent chosen for it. */
  public record Match(IndexedContact contact, Agent agent, QueuePlan plan) {}

  /**
   * For a queue: the first waiting contact in serving order that a free agent may take, with the
   * agent the queue's strategy prefers; empty when none can be offered now. When {@code offerable}
   * is a sorted set in {@link LongestIdle#ORDER} (the index hands it so), a queue that prefers the
   * longest idle takes the first agent who qualifies without looking at the others; the choice is
   * the same as over any other collection of the same agents.
   */
  public static Optional<Match> forQueue(
      QueuePlan plan, NavigableSet<IndexedContact> line, Collection<Agent> offerable, Instant now) {
    if (line.isEmpty() || offerable.isEmpty()) {
      return Optional.empty();
    }
    // Who staffs the queue at all, gathered while the first contact is looked at: a queue that
    // takes the longest idle agent usually needs nobody past the first who qualifies.
    List<Agent> candidates = null;
    boolean longestIdleFirst =
        offerable instanceof SortedSet<Agent> sorted && sorted.comparator() == LongestIdle.ORDER;
    Iterator<IndexedContact> it = line.iterator();
    int classPriority = Integer.MIN_VALUE;
    int lookedAt = 0;
    while (it.hasNext()) {
      IndexedContact contact = it.next();
      if (contact.priority() != classPriority) {
        classPriority = contact.priority();
        lookedAt = 0;
      }
      if (++lookedAt > MOST_LOOKED_AT) {
        it = line.tailSet(endOfClass(contact), false).iterator();
        continue;
      }
      if (!contact.due(now)) {
        continue;
      }
      int stage = plan.stage(contact.queuedAt(), now);
      Requirement requirement = plan.requirement(stage, contact.skills());
      Comparator<Agent> preference = plan.preference(stage, contact.skills());
      boolean firstIsBest = longestIdleFirst && preference == LongestIdle.ORDER;
      Agent best = null;
      if (candidates == null) {
        candidates = new ArrayList<>();
        for (Agent agent : offerable) {
          if (!plan.widest().metBy(agent.skills())) {
            continue;
          }
          candidates.add(agent);
          if (takes(contact, requirement, agent)
              && (best == null || preference.compare(agent, best) < 0)) {
            best = agent;
            if (firstIsBest) {
              break;
            }
          }
        }
        if (best == null && candidates.isEmpty()) {
          return Optional.empty(); // nobody free staffs this queue
        }
      } else {
        for (Agent agent : candidates) {
          if (takes(contact, requirement, agent)
              && (best == null || preference.compare(agent, best) < 0)) {
            best = agent;
            if (firstIsBest) {
              break;
            }
          }
        }
      }
      if (best != null) {
        return Optional.of(new Match(contact, best, plan));
      }
    }
    return Optional.empty();
  }

  private static boolean takes(IndexedContact contact, Requirement requirement, Agent agent) {
    return !contact.declinedBy().contains(agent.id()) && requirement.metBy(agent.skills());
  }

  /**
   * For an agent who may take an offer: the contact they should take, first in serving order over
   * every queue whose contacts they qualify for now; empty when there is none. The contact then
   * goes to the agent its queue's strategy prefers among all who may take it: usually the agent who
   * asked, but when several became free before the contact arrived (the store's notice of an agent
   * may reach the matcher after the contact), the longest idle still gets it.
   */
  public static Optional<Match> forAgent(
      Agent agent,
      Collection<QueuePlan> plans,
      Function<QueueId, NavigableSet<IndexedContact>> lines,
      Collection<Agent> offerable,
      Instant now) {
    return forAgent(agent, plans, lines, now)
        .map(match -> new Match(match.contact(), preferred(match, offerable, now), match.plan()));
  }

  private static Agent preferred(Match match, Collection<Agent> offerable, Instant now) {
    IndexedContact contact = match.contact();
    QueuePlan plan = match.plan();
    int stage = plan.stage(contact.queuedAt(), now);
    Requirement requirement = plan.requirement(stage, contact.skills());
    Comparator<Agent> preference = plan.preference(stage, contact.skills());
    Agent best = match.agent();
    boolean inPreferenceOrder =
        preference == LongestIdle.ORDER
            && offerable instanceof SortedSet<Agent> sorted
            && sorted.comparator() == LongestIdle.ORDER;
    for (Agent agent : offerable) {
      if (inPreferenceOrder && preference.compare(agent, best) >= 0) {
        break; // everyone from here on comes after the agent we have
      }
      if (agent.mayTakeOffer()
          && plan.staffedBy(agent)
          && !contact.declinedBy().contains(agent.id())
          && requirement.metBy(agent.skills())
          && preference.compare(agent, best) < 0) {
        best = agent;
      }
    }
    return best;
  }

  /**
   * For an agent who may take an offer: the contact they should take, first in serving order over
   * every queue whose contacts they qualify for now; empty when there is none. The match names this
   * agent (see the overload that weighs the other free agents).
   */
  public static Optional<Match> forAgent(
      Agent agent,
      Collection<QueuePlan> plans,
      Function<QueueId, NavigableSet<IndexedContact>> lines,
      Instant now) {
    if (!agent.mayTakeOffer()) {
      return Optional.empty();
    }
    Match best = null;
    for (QueuePlan plan : plans) {
      if (!plan.staffedBy(agent)) {
        continue;
      }
      NavigableSet<IndexedContact> line = lines.apply(plan.definition().id());
      Optional<IndexedContact> candidate = firstFor(agent, plan, line, now, best);
      if (candidate.isPresent()
          && (best == null
              || IndexedContact.SERVING_ORDER.compare(candidate.get(), best.contact()) < 0)) {
        best = new Match(candidate.get(), agent, plan);
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<IndexedContact> firstFor(
      Agent agent, QueuePlan plan, NavigableSet<IndexedContact> line, Instant now, Match best) {
    Iterator<IndexedContact> it = line.iterator();
    int classPriority = Integer.MIN_VALUE;
    int lookedAt = 0;
    while (it.hasNext()) {
      IndexedContact contact = it.next();
      if (best != null && IndexedContact.SERVING_ORDER.compare(contact, best.contact()) >= 0) {
        return Optional.empty(); // nothing further in this queue comes before what we have
      }
      if (contact.priority() != classPriority) {
        classPriority = contact.priority();
        lookedAt = 0;
      }
      if (++lookedAt > MOST_LOOKED_AT) {
        it = line.tailSet(endOfClass(contact), false).iterator();
        continue;
      }
      if (!contact.due(now) || contact.declinedBy().contains(agent.id())) {
        continue;
      }
      int stage = plan.stage(contact.queuedAt(), now);
      if (plan.requirement(stage, contact.skills()).metBy(agent.skills())) {
        return Optional.of(contact);
      }
    }
    return Optional.empty();
  }

  /** A key just after every contact of this contact's priority class in serving order. */
  private static IndexedContact endOfClass(IndexedContact contact) {
    return new IndexedContact(
        new ContactId("end-of-class"),
        contact.queue(),
        ContactState.QUEUED,
        0,
        contact.priority(),
        Instant.MAX,
        Instant.MAX,
        java.util.Set.of(),
        Map.of(),
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty(),
        0);
  }
}
