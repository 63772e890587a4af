package org.cityline.routing;

import java.util.Comparator;
import java.util.Map;

/**
 * The agent with the highest levels in the skills the contact needs gets it (for each need, the
 * best level among its alternatives, summed); ties go to the longest idle.
 */
public final class MostSkilled implements SelectionStrategy {

  /** The name queues use for it. */
  public static final String NAME = "most-skilled";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Comparator<Agent> preference(Requirement requirement) {
    return Comparator.<Agent>comparingInt(agent -> -score(agent, requirement))
        .thenComparing(LongestIdle.ORDER);
  }

  /** How skilled the agent is for these needs. */
  static int score(Agent agent, Requirement requirement) {
    int score = 0;
    for (Map<String, Integer> need : requirement.needs()) {
      int best = 0;
      for (String skill : need.keySet()) {
        best = Math.max(best, agent.skills().getOrDefault(skill, 0));
      }
      score += best;
    }
    return score;
  }
}
