package org.cityline.routing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured queues, in configuration order: ids unique, strategies known, overflow targets
 * configured and free of cycles (a contact never overflows back to where it was).
 */
public final class QueueDirectory {

  private final Map<QueueId, QueueDefinition> queues;

  private QueueDirectory(Map<QueueId, QueueDefinition> queues) {
    this.queues = queues;
  }

  /**
   * The given queues, checked as a whole.
   *
   * @throws IllegalArgumentException naming the queue and field that are wrong
   */
  public static QueueDirectory of(List<QueueDefinition> definitions) {
    if (definitions == null || definitions.isEmpty()) {
      throw new IllegalArgumentException("routing needs at least one queue");
    }
    Map<QueueId, QueueDefinition> byId = new LinkedHashMap<>();
    for (QueueDefinition definition : definitions) {
      if (byId.putIfAbsent(definition.id(), definition) != null) {
        throw new IllegalArgumentException("queue " + definition.id() + " is defined twice");
      }
      if (SelectionStrategies.named(definition.strategy()).isEmpty()) {
        throw new IllegalArgumentException(
            "queue "
                + definition.id()
                + ", strategy: no selection strategy named '"
                + definition.strategy()
                + "'; known: "
                + String.join(", ", SelectionStrategies.names()));
      }
    }
    for (QueueDefinition definition : byId.values()) {
      for (QueueId target : definition.overflowQueues()) {
        if (!byId.containsKey(target)) {
          throw new IllegalArgumentException(
              "queue "
                  + definition.id()
                  + ", overflow: there is no queue called '"
                  + target
                  + "' to overflow to");
        }
      }
    }
    checkNoCycle(byId);
    return new QueueDirectory(byId);
  }

  private static void checkNoCycle(Map<QueueId, QueueDefinition> byId) {
    for (QueueId start : byId.keySet()) {
      List<QueueId> path = new ArrayList<>();
      if (reachesItself(start, start, byId, path, new HashSet<>())) {
        throw new IllegalArgumentException(
            "queue "
                + start
                + ", overflow: contacts would overflow in a circle ("
                + start
                + " -> "
                + String.join(" -> ", path.stream().map(QueueId::value).toList())
                + ")");
      }
    }
  }

  private static boolean reachesItself(
      QueueId start,
      QueueId at,
      Map<QueueId, QueueDefinition> byId,
      List<QueueId> path,
      Set<QueueId> seen) {
    for (QueueId next : byId.get(at).overflowQueues()) {
      path.add(next);
      if (next.equals(start)) {
        return true;
      }
      if (seen.add(next) && reachesItself(start, next, byId, path, seen)) {
        return true;
      }
      path.removeLast();
    }
    return false;
  }

  /**
   * The city utility's nine queues with their usual settings: billing, payments, credit and
   * collections, start/stop/transfer service, outages and field, specialists, supervisors, Spanish,
   * and emergency (gas smell) at the top priority. Skills match the demo staff (billing, credit,
   * specialist, supervisor, spanish). All are open all the time so a demo works at any hour; a
   * queue file sets office hours (see {@code docs/queues.example.properties}).
   */
  public static QueueDirectory defaults() {
    QueueDefinition billing = QueueDefinition.billing();
    return of(
        List.of(
            billing.toBuilder()
                .escalations(
                    List.of(
                        rule(240, new EscalationRule.AddSkill("billing", "credit", 1)),
                        rule(900, overflowTo("supervisors"))))
                .overflow(Optional.of(new Overflow.ToQueue(new QueueId("supervisors"))))
                .build(),
            queue(billing, "payments", "Payments", Map.of("billing", 1), 0, 45)
                .escalations(List.of(rule(600, overflowTo("billing"))))
                .handleTime(Duration.ofMinutes(3))
                .build(),
            queue(billing, "credit", "Credit and collections", Map.of("credit", 3), 0, 90)
                .strategy(MostSkilled.NAME)
                .escalations(
                    List.of(
                        rule(120, new EscalationRule.LowerLevel("credit", 1)),
                        rule(300, new EscalationRule.AddSkill("credit", "billing", 4))))
                .overflow(Optional.of(new Overflow.ToQueue(new QueueId("supervisors"))))
                .handleTime(Duration.ofMinutes(8))
                .build(),
            queue(
                    billing,
                    "start-stop",
                    "Start, stop or transfer service",
                    Map.of("billing", 2),
                    0,
                    60)
                .escalations(List.of(rule(180, new EscalationRule.LowerLevel("billing", 1))))
                .handleTime(Duration.ofMinutes(6))
                .build(),
            queue(billing, "outages", "Outages and field", Map.of(), 10, 30)
                .strategy(RoundRobin.NAME)
                .handleTime(Duration.ofMinutes(3))
                .build(),
            queue(billing, "specialists", "Specialists", Map.of("specialist", 3), 0, 120)
                .strategy(MostSkilled.NAME)
                .escalations(List.of(rule(180, new EscalationRule.LowerLevel("specialist", 1))))
                .overflow(Optional.of(new Overflow.ToQueue(new QueueId("supervisors"))))
                .handleTime(Duration.ofMinutes(10))
                .build(),
            queue(billing, "supervisors", "Supervisors", Map.of("supervisor", 1), 0, 120)
                .maxWait(Duration.ofMinutes(30))
                .handleTime(Duration.ofMinutes(10))
                .build(),
            queue(billing, "spanish", "Spanish", Map.of("spanish", 2), 0, 60)
                .escalations(List.of(rule(120, new EscalationRule.LowerLevel("spanish", 1))))
                .handleTime(Duration.ofMinutes(6))
                .build(),
            queue(billing, "emergency", "Emergency (gas smell)", Map.of(), 100, 10)
                .ringTimeout(Duration.ofSeconds(15))
                .wrapUpTime(Duration.ofMinutes(2))
                .serviceLevel(new ServiceLevelTarget(95, Duration.ofSeconds(10)))
                .maxWait(Duration.ofMinutes(2))
                .overflow(Optional.of(new Overflow.ToQueue(new QueueId("supervisors"))))
                .handleTime(Duration.ofMinutes(4))
                .build()));
  }

  private static QueueDefinition.Builder queue(
      QueueDefinition base,
      String id,
      String name,
      Map<String, Integer> skills,
      int priority,
      int serviceLevelSeconds) {
    return base.toBuilder()
        .id(new QueueId(id))
        .name(name)
        .skills(skills)
        .priority(priority)
        .serviceLevel(new ServiceLevelTarget(80, Duration.ofSeconds(serviceLevelSeconds)))
        .overflow(Optional.empty())
        .escalations(List.of());
  }

  private static EscalationRule rule(int seconds, EscalationRule.Action action) {
    return new EscalationRule(Duration.ofSeconds(seconds), action);
  }

  private static EscalationRule.Action overflowTo(String queue) {
    return new EscalationRule.OverflowTo(new Overflow.ToQueue(new QueueId(queue)));
  }

  public Optional<QueueDefinition> find(QueueId id) {
    return Optional.ofNullable(queues.get(id));
  }

  /** Every queue, in configuration order. */
  public List<QueueDefinition> all() {
    return new ArrayList<>(queues.values());
  }

  /** How many queues there are. */
  public int size() {
    return queues.size();
  }

  /**
   * The queues whose contacts this agent may be offered before any escalation (their skills at the
   * queue's levels).
   */
  public List<QueueDefinition> servedBy(Agent agent) {
    return queues.values().stream().filter(agent::serves).toList();
  }

  /**
   * The queues this agent can be offered contacts of at some stage of waiting (after escalations),
   * which is who counts as staffing the queue.
   */
  public List<QueueDefinition> reachableBy(Agent agent) {
    return queues.values().stream()
        .filter(
            queue ->
                queue.requirementAfter(queue.maxWait(), Map.of()).metBy(agent.skills())
                    || agent.serves(queue))
        .toList();
  }

  /** A directory with this queue added or replaced (same checks as {@link #of}). */
  public QueueDirectory with(QueueDefinition queue) {
    Map<QueueId, QueueDefinition> copy = new LinkedHashMap<>(queues);
    copy.put(queue.id(), queue);
    return of(new ArrayList<>(copy.values()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QueueDirectory directory && directory.queues.equals(queues);
  }

  @Override
  public int hashCode() {
    return queues.hashCode();
  }

  @Override
  public String toString() {
    return "QueueDirectory" + queues.keySet();
  }
}
