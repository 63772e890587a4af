package org.cityline.routing;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A queue as configured: data, not code. Routing offers a contact waiting in it only to an agent
 * who has every required skill, chosen by the named selection strategy.
 *
 * @param id the queue's name in configuration and on the wire ({@code billing})
 * @param name its display name ("Billing")
 * @param requiredSkills skill names an agent needs (any level) to be offered its contacts; empty
 *     means every signed-in agent serves it
 * @param strategy the name of the {@link SelectionStrategy} that picks among eligible agents
 * @param ringTimeout how long an offer rings before the contact returns to the front of the queue
 * @param wrapUpTime the time allowed for wrap-up (shown to the agent; enforced by later issues)
 * @param serviceLevel the service-level goal
 */
public record QueueDefinition(
    QueueId id,
    String name,
    Set<String> requiredSkills,
    String strategy,
    Duration ringTimeout,
    Duration wrapUpTime,
    ServiceLevelTarget serviceLevel) {

  private static final Pattern SKILL = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  private static final Duration SHORTEST_RING = Duration.ofSeconds(5);
  private static final Duration LONGEST_RING = Duration.ofMinutes(5);
  private static final Duration LONGEST_WRAP_UP = Duration.ofMinutes(30);

  public QueueDefinition {
    if (id == null) {
      throw new IllegalArgumentException("a queue needs an id");
    }
    if (name == null || name.isBlank() || name.length() > 64) {
      throw new IllegalArgumentException("queue " + id + " needs a display name of 1 to 64 chars");
    }
    requiredSkills = Set.copyOf(requiredSkills);
    for (String skill : requiredSkills) {
      if (!SKILL.matcher(skill).matches()) {
        throw new IllegalArgumentException(
            "queue " + id + ": a skill is 1 to 32 lower-case letters, digits or dashes: " + skill);
      }
    }
    if (strategy == null || strategy.isBlank()) {
      throw new IllegalArgumentException("queue " + id + " needs a selection strategy name");
    }
    if (ringTimeout == null
        || ringTimeout.compareTo(SHORTEST_RING) < 0
        || ringTimeout.compareTo(LONGEST_RING) > 0) {
      throw new IllegalArgumentException(
          "queue " + id + ": ring timeout must be 5 s to 5 min, was " + ringTimeout);
    }
    if (wrapUpTime == null
        || wrapUpTime.isNegative()
        || wrapUpTime.compareTo(LONGEST_WRAP_UP) > 0) {
      throw new IllegalArgumentException(
          "queue " + id + ": wrap-up time must be 0 to 30 min, was " + wrapUpTime);
    }
    if (serviceLevel == null) {
      throw new IllegalArgumentException("queue " + id + " needs a service-level target");
    }
  }

  /**
   * The foundation's billing queue: agents with the {@code billing} skill, longest idle first, a
   * 20-second ring, a minute of wrap-up, 80% answered in 30 seconds.
   */
  public static QueueDefinition billing() {
    return new QueueDefinition(
        new QueueId("billing"),
        "Billing",
        Set.of("billing"),
        LongestIdle.NAME,
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        new ServiceLevelTarget(80, Duration.ofSeconds(30)));
  }

  /** A copy with other required skills. */
  public QueueDefinition withRequiredSkills(Set<String> skills) {
    return new QueueDefinition(id, name, skills, strategy, ringTimeout, wrapUpTime, serviceLevel);
  }

  /** A copy with another ring timeout. */
  public QueueDefinition withRingTimeout(Duration timeout) {
    return new QueueDefinition(
        id, name, requiredSkills, strategy, timeout, wrapUpTime, serviceLevel);
  }
}
