package org.cityline.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A queue as configured: data, not code (see {@code config.QueueFile} for the file format). Routing
 * offers a contact waiting in it to an agent who meets its {@link #requirementAfter requirement},
 * chosen by the named selection strategy.
 *
 * @param id the queue's name in configuration and on the wire ({@code billing})
 * @param name its display name ("Billing")
 * @param skills skill name to the lowest level (1 to 5) an agent needs; empty means every agent
 * @param strategy the name of the {@link SelectionStrategy} that picks among eligible agents
 * @param priority the least priority of its contacts (0 to 100): an emergency queue's 100 puts its
 *     callers before everyone else's in every queue its agents serve
 * @param ringTimeout how long an offer rings before the contact returns to the front of the queue
 * @param wrapUpTime how long an agent has for wrap-up before routing closes it (the agent may
 *     extend it)
 * @param serviceLevel the service-level goal
 * @param hours when the queue takes new callers (published for the IVR and the supervisor)
 * @param maxWait how long a contact may wait here before it overflows
 * @param overflow where it overflows to; empty: it keeps waiting
 * @param maxWaiting how many contacts may wait at once; more are refused (a transfer too)
 * @param escalations timed rules, in order of their times
 * @param handleTime the handle time to assume for wait estimates until the queue has figures
 */
public record QueueDefinition(
    QueueId id,
    String name,
    Map<String, Integer> skills,
    String strategy,
    int priority,
    Duration ringTimeout,
    Duration wrapUpTime,
    ServiceLevelTarget serviceLevel,
    BusinessHours hours,
    Duration maxWait,
    Optional<Overflow> overflow,
    int maxWaiting,
    List<EscalationRule> escalations,
    Duration handleTime) {

  static final Duration SHORTEST_RING = Duration.ofSeconds(5);
  static final Duration LONGEST_RING = Duration.ofMinutes(5);
  static final Duration SHORTEST_WRAP_UP = Duration.ofSeconds(10);
  static final Duration LONGEST_WRAP_UP = Duration.ofMinutes(30);
  static final Duration SHORTEST_MAX_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_MAX_WAIT = Duration.ofHours(24);

  public QueueDefinition {
    if (id == null) {
      throw new IllegalArgumentException("a queue needs an id");
    }
    check(name != null && !name.isBlank() && name.length() <= 64, id, "name", "1 to 64 characters");
    try {
      skills = Skills.check(skills);
    } catch (IllegalArgumentException e) {
      throw problem(id, "skills", e.getMessage());
    }
    check(strategy != null && !strategy.isBlank(), id, "strategy", "a selection strategy name");
    check(priority >= 0 && priority <= 100, id, "priority", "0 to 100, was " + priority);
    check(within(ringTimeout, SHORTEST_RING, LONGEST_RING), id, "ring-timeout", "5s to 5m");
    check(within(wrapUpTime, SHORTEST_WRAP_UP, LONGEST_WRAP_UP), id, "wrap-up", "10s to 30m");
    check(serviceLevel != null, id, "service-level", "a target such as 80% in 30s");
    check(hours != null, id, "hours", "'always' or periods such as mon-fri 07:00-19:00");
    check(within(maxWait, SHORTEST_MAX_WAIT, LONGEST_MAX_WAIT), id, "max-wait", "30s to 24h");
    check(overflow != null, id, "overflow", "a queue, outside:<endpoint> or none");
    overflow.ifPresent(
        target ->
            check(
                !(target instanceof Overflow.ToQueue to && to.queue().equals(id)),
                id,
                "overflow",
                "a queue other than itself"));
    check(maxWaiting >= 1 && maxWaiting <= 100_000, id, "max-waiting", "1 to 100000");
    check(
        within(handleTime, Duration.ofSeconds(30), Duration.ofHours(2)),
        id,
        "handle-time",
        "30s to 2h");
    escalations = List.copyOf(escalations);
    checkEscalations(id, skills, escalations, maxWait);
  }

  private static void checkEscalations(
      QueueId id, Map<String, Integer> skills, List<EscalationRule> rules, Duration maxWait) {
    Duration previous = Duration.ZERO;
    for (EscalationRule rule : rules) {
      check(
          rule.after().compareTo(previous) > 0,
          id,
          "escalate",
          "rules in increasing order of time, each after a longer wait");
      check(rule.after().compareTo(maxWait) < 0, id, "escalate", "rules before max-wait");
      previous = rule.after();
      switch (rule.action()) {
        case EscalationRule.LowerLevel lower ->
            check(
                skills.containsKey(lower.skill()),
                id,
                "escalate",
                "lower a skill the queue needs, not " + lower.skill());
        case EscalationRule.AddSkill add ->
            check(
                skills.containsKey(add.skill()),
                id,
                "escalate",
                "widen a skill the queue needs, not " + add.skill());
        case EscalationRule.OverflowTo to ->
            check(
                !(to.target() instanceof Overflow.ToQueue q && q.queue().equals(id)),
                id,
                "escalate",
                "overflow to a queue other than itself");
      }
    }
  }

  /**
   * What an agent needs to be offered a contact that has waited {@code waited} in this queue: the
   * queue's skills with the contact's own, lowered and widened by the escalations already reached.
   */
  public Requirement requirementAfter(Duration waited, Map<String, Integer> contactSkills) {
    Requirement requirement = Requirement.of(skills).with(contactSkills);
    for (EscalationRule rule : escalations) {
      if (rule.after().compareTo(waited) > 0) {
        break;
      }
      requirement =
          switch (rule.action()) {
            case EscalationRule.LowerLevel lower ->
                requirement.lowered(lower.skill(), lower.level());
            case EscalationRule.AddSkill add ->
                requirement.widened(add.skill(), add.alternative(), add.level());
            case EscalationRule.OverflowTo ignored -> requirement;
          };
    }
    return requirement;
  }

  /** How many skill escalations a contact that waited this long has reached (0: none). */
  public int stageAfter(Duration waited) {
    int stage = 0;
    for (EscalationRule rule : escalations) {
      if (rule.after().compareTo(waited) > 0) {
        break;
      }
      if (!(rule.action() instanceof EscalationRule.OverflowTo)) {
        stage++;
      }
    }
    return stage;
  }

  /**
   * Where a contact that waited this long must go now, if anywhere: the first overflow rule
   * reached, or the queue's overflow once {@link #maxWait} is reached.
   */
  public Optional<Overflow> overflowAfter(Duration waited) {
    for (EscalationRule rule : escalations) {
      if (rule.after().compareTo(waited) > 0) {
        break;
      }
      if (rule.action() instanceof EscalationRule.OverflowTo to) {
        return Optional.of(to.target());
      }
    }
    return waited.compareTo(maxWait) >= 0 ? overflow : Optional.empty();
  }

  /** How long a contact waits here before it overflows, if it ever does. */
  public Optional<Duration> overflowWait() {
    for (EscalationRule rule : escalations) {
      if (rule.action() instanceof EscalationRule.OverflowTo) {
        return Optional.of(rule.after());
      }
    }
    return overflow.map(target -> maxWait);
  }

  /** The waits at which something changes for a contact here (escalations, overflow), in order. */
  public List<Duration> milestones() {
    List<Duration> times = new ArrayList<>();
    escalations.forEach(rule -> times.add(rule.after()));
    if (overflow.isPresent()) {
      times.add(maxWait);
    }
    return times;
  }

  /** The skill names an agent needs (at some level). */
  public Set<String> requiredSkills() {
    return skills.keySet();
  }

  /** The queues this one may send contacts to. */
  public List<QueueId> overflowQueues() {
    List<QueueId> targets = new ArrayList<>();
    overflow.ifPresent(target -> addQueue(target, targets));
    for (EscalationRule rule : escalations) {
      if (rule.action() instanceof EscalationRule.OverflowTo to) {
        addQueue(to.target(), targets);
      }
    }
    return targets;
  }

  private static void addQueue(Overflow target, List<QueueId> targets) {
    if (target instanceof Overflow.ToQueue to) {
      targets.add(to.queue());
    }
  }

  /**
   * The foundation's billing queue: agents with the {@code billing} skill, longest idle first, a
   * 20-second ring, a minute of wrap-up, 80% answered in 30 seconds, open all the time.
   */
  public static QueueDefinition billing() {
    return new QueueDefinition(
        new QueueId("billing"),
        "Billing",
        Map.of("billing", 1),
        LongestIdle.NAME,
        0,
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        new ServiceLevelTarget(80, Duration.ofSeconds(30)),
        BusinessHours.always(),
        Duration.ofMinutes(20),
        Optional.empty(),
        1_000,
        List.of(),
        Duration.ofMinutes(5));
  }

  /** Office hours: weekdays 07:00 to 19:00, Saturdays 08:00 to 13:00. */
  public static BusinessHours officeHours() {
    BusinessHours weekdays =
        BusinessHours.weekly(
            List.of(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY),
            LocalTime.of(7, 0),
            LocalTime.of(19, 0));
    var periods = new java.util.EnumMap<DayOfWeek, List<BusinessHours.Period>>(DayOfWeek.class);
    periods.putAll(weekdays.periods());
    periods.put(
        DayOfWeek.SATURDAY,
        List.of(new BusinessHours.Period(LocalTime.of(8, 0), LocalTime.of(13, 0))));
    return new BusinessHours(periods);
  }

  /** A copy with other required skills, each at level 1. */
  public QueueDefinition withRequiredSkills(Set<String> names) {
    Map<String, Integer> levels = new java.util.HashMap<>();
    names.forEach(skill -> levels.put(skill, 1));
    return toBuilder().skills(levels).build();
  }

  /** A copy with another ring timeout. */
  public QueueDefinition withRingTimeout(Duration timeout) {
    return toBuilder().ringTimeout(timeout).build();
  }

  /** A builder starting from this queue. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Changes a few fields of a queue; {@link #build} checks the result. */
  public static final class Builder {
    private QueueId id;
    private String name;
    private Map<String, Integer> skills;
    private String strategy;
    private int priority;
    private Duration ringTimeout;
    private Duration wrapUpTime;
    private ServiceLevelTarget serviceLevel;
    private BusinessHours hours;
    private Duration maxWait;
    private Optional<Overflow> overflow;
    private int maxWaiting;
    private List<EscalationRule> escalations;
    private Duration handleTime;

    private Builder(QueueDefinition from) {
      id = from.id;
      name = from.name;
      skills = from.skills;
      strategy = from.strategy;
      priority = from.priority;
      ringTimeout = from.ringTimeout;
      wrapUpTime = from.wrapUpTime;
      serviceLevel = from.serviceLevel;
      hours = from.hours;
      maxWait = from.maxWait;
      overflow = from.overflow;
      maxWaiting = from.maxWaiting;
      escalations = from.escalations;
      handleTime = from.handleTime;
    }

    public Builder id(QueueId value) {
      id = value;
      return this;
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder skills(Map<String, Integer> value) {
      skills = value;
      return this;
    }

    public Builder strategy(String value) {
      strategy = value;
      return this;
    }

    public Builder priority(int value) {
      priority = value;
      return this;
    }

    public Builder ringTimeout(Duration value) {
      ringTimeout = value;
      return this;
    }

    public Builder wrapUpTime(Duration value) {
      wrapUpTime = value;
      return this;
    }

    public Builder serviceLevel(ServiceLevelTarget value) {
      serviceLevel = value;
      return this;
    }

    public Builder hours(BusinessHours value) {
      hours = value;
      return this;
    }

    public Builder maxWait(Duration value) {
      maxWait = value;
      return this;
    }

    public Builder overflow(Optional<Overflow> value) {
      overflow = value;
      return this;
    }

    public Builder maxWaiting(int value) {
      maxWaiting = value;
      return this;
    }

    public Builder escalations(List<EscalationRule> value) {
      escalations = value;
      return this;
    }

    public Builder handleTime(Duration value) {
      handleTime = value;
      return this;
    }

    public QueueDefinition build() {
      return new QueueDefinition(
          id,
          name,
          skills,
          strategy,
          priority,
          ringTimeout,
          wrapUpTime,
          serviceLevel,
          hours,
          maxWait,
          overflow,
          maxWaiting,
          escalations,
          handleTime);
    }
  }

  private static boolean within(Duration value, Duration least, Duration most) {
    return value != null && value.compareTo(least) >= 0 && value.compareTo(most) <= 0;
  }

  private static void check(boolean ok, QueueId id, String field, String expected) {
    if (!ok) {
      throw problem(id, field, "must be " + expected);
    }
  }

  private static IllegalArgumentException problem(QueueId id, String field, String what) {
    return new QueueProblem(id, field, what);
  }

  /** A queue field that is wrong, naming the queue and the field as the queue file does. */
  public static final class QueueProblem extends IllegalArgumentException {
    private final transient QueueId queue;
    private final String field;

    QueueProblem(QueueId queue, String field, String what) {
      super("queue " + queue + ", " + field + ": " + what);
      this.queue = queue;
      this.field = field;
    }

    public QueueId queue() {
      return queue;
    }

    public String field() {
      return field;
    }
  }
}
