package org.cityline.routing.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cityline.routing.Agent;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.Requirement;
import org.cityline.routing.SelectionStrategies;
import org.cityline.routing.SelectionStrategy;

/**
 * A queue prepared for matching: the requirement and agent preference of each escalation stage
 * worked out once, so a decision only looks them up.
 */
public final class QueuePlan {

  private final QueueDefinition definition;
  private final SelectionStrategy strategy;
  private final List<Duration> stageStarts = new ArrayList<>();
  private final List<Requirement> stages = new ArrayList<>();
  private final List<Comparator<Agent>> preferences = new ArrayList<>();
  private final Requirement widest;

  public QueuePlan(QueueDefinition definition) {
    this.definition = definition;
    this.strategy =
        SelectionStrategies.named(definition.strategy())
            .orElseThrow(
                () -> new IllegalArgumentException("no strategy " + definition.strategy()));
    stageStarts.add(Duration.ZERO);
    for (var rule : definition.escalations()) {
      if (definition.stageAfter(rule.after()) > stageStarts.size() - 1) {
        stageStarts.add(rule.after());
      }
    }
    for (Duration start : stageStarts) {
      Requirement requirement = definition.requirementAfter(start, Map.of());
      stages.add(requirement);
      preferences.add(strategy.preference(requirement));
    }
    this.widest = stages.getLast();
  }

  public QueueDefinition definition() {
    return definition;
  }

  /** The stage a contact that joined at {@code queuedAt} has reached at {@code now}. */
  int stage(Instant queuedAt, Instant now) {
    Duration waited = Duration.between(queuedAt, now);
    int stage = 0;
    while (stage + 1 < stageStarts.size() && stageStarts.get(stage + 1).compareTo(waited) <= 0) {
      stage++;
    }
    return stage;
  }

  /** What an agent needs for a contact of this queue with these own skills, at a stage. */
  Requirement requirement(int stage, Map<String, Integer> contactSkills) {
    return contactSkills.isEmpty()
        ? stages.get(stage)
        : definition.requirementAfter(stageStarts.get(stage), contactSkills);
  }

  /** Who is preferred for that requirement. */
  Comparator<Agent> preference(int stage, Map<String, Integer> contactSkills) {
    return contactSkills.isEmpty()
        ? preferences.get(stage)
        : strategy.preference(requirement(stage, contactSkills));
  }

  /** The requirement once every escalation is reached: who staffs the queue at all. */
  public Requirement widest() {
    return widest;
  }

  /** Whether this agent can be offered this queue's contacts at some stage. */
  public boolean staffedBy(Agent agent) {
    return widest.metBy(agent.skills());
  }
}
