package org.cityline.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The skills an agent needs to be offered a contact: every need must be met, and a need is met by
 * any one of its alternatives at its minimum level. Escalation widens a need (adds an alternative)
 * or lowers a level; it never adds a need, so a contact that waits longer can only be offered to
 * more agents, never fewer.
 *
 * <p>A value: equal when the needs are. The needs are also kept as arrays, so that {@link #metBy},
 * which the matcher calls for every candidate agent of every contact it looks at, allocates
 * nothing.
 */
public final class Requirement {

  /** Nothing needed: every signed-in agent qualifies. */
  public static final Requirement NONE = new Requirement(List.of());

  private final List<Map<String, Integer>> needs;
  private final String[][] skills;
  private final int[][] levels;

  /**
   * @param needs each need as skill name to minimum level (1 to 5) of its alternatives
   */
  public Requirement(List<Map<String, Integer>> needs) {
    this.needs = needs.stream().map(Map::copyOf).toList();
    this.skills = new String[this.needs.size()][];
    this.levels = new int[this.needs.size()][];
    for (int i = 0; i < this.needs.size(); i++) {
      Map<String, Integer> need = this.needs.get(i);
      skills[i] = new String[need.size()];
      levels[i] = new int[need.size()];
      int j = 0;
      for (Map.Entry<String, Integer> alternative : need.entrySet()) {
        skills[i][j] = alternative.getKey();
        levels[i][j++] = alternative.getValue();
      }
    }
  }

  /** Each need as skill name to minimum level (1 to 5) of its alternatives. */
  public List<Map<String, Integer>> needs() {
    return needs;
  }

  /** One need per skill, each without alternatives. */
  public static Requirement of(Map<String, Integer> skills) {
    return new Requirement(
        skills.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(entry -> Map.of(entry.getKey(), entry.getValue()))
            .toList());
  }

  /** Whether an agent with these skills (name to level) meets every need. */
  public boolean metBy(Map<String, Integer> agentSkills) {
    for (int i = 0; i < skills.length; i++) {
      if (!meets(i, agentSkills)) {
        return false;
      }
    }
    return true;
  }

  private boolean meets(int need, Map<String, Integer> agentSkills) {
    String[] alternatives = skills[need];
    for (int j = 0; j < alternatives.length; j++) {
      Integer level = agentSkills.get(alternatives[j]);
      if (level != null && level >= levels[need][j]) {
        return true;
      }
    }
    return false;
  }

  /** The need naming {@code skill} lowered to {@code level} (never raised). */
  public Requirement lowered(String skill, int level) {
    return map(skill, need -> need.merge(skill, level, Math::min));
  }

  /** The need naming {@code skill} met also by {@code alternative} at {@code level}. */
  public Requirement widened(String skill, String alternative, int level) {
    return map(skill, need -> need.merge(alternative, level, Math::min));
  }

  /**
   * Adds a contact's own needs: a skill the queue already needs gets the higher of the two levels,
   * another skill becomes a need of its own.
   */
  public Requirement with(Map<String, Integer> contactSkills) {
    if (contactSkills.isEmpty()) {
      return this;
    }
    List<Map<String, Integer>> result = new ArrayList<>();
    Map<String, Integer> extra = new LinkedHashMap<>(contactSkills);
    for (Map<String, Integer> need : needs) {
      Map<String, Integer> copy = new LinkedHashMap<>(need);
      for (String skill : need.keySet()) {
        Integer own = extra.remove(skill);
        if (own != null) {
          copy.merge(skill, own, Math::max);
        }
      }
      result.add(copy);
    }
    extra.forEach((skill, level) -> result.add(Map.of(skill, level)));
    return new Requirement(result);
  }

  private Requirement map(String skill, java.util.function.Consumer<Map<String, Integer>> change) {
    List<Map<String, Integer>> result = new ArrayList<>();
    for (Map<String, Integer> need : needs) {
      Map<String, Integer> copy = new LinkedHashMap<>(need);
      if (need.containsKey(skill)) {
        change.accept(copy);
      }
      result.add(copy);
    }
    return new Requirement(result);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Requirement requirement && needs.equals(requirement.needs);
  }

  @Override
  public int hashCode() {
    return needs.hashCode();
  }

  @Override
  public String toString() {
    return needs.isEmpty() ? "no skills" : needs.toString();
  }
}
