package org.cityline.routing.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cityline.routing.Skills;

/** Skills as the queue file writes them: {@code billing:2, spanish:3}, or {@code none}. */
public final class SkillList {

  private SkillList() {}

  /** The skills (name to level); a skill without a level needs level 1. */
  public static Map<String, Integer> parse(String text) {
    Map<String, Integer> skills = new LinkedHashMap<>();
    if (text.isBlank() || text.strip().equals("none")) {
      return skills;
    }
    for (String part : text.split(",")) {
      String[] nameLevel = part.strip().split(":", -1);
      String name = Skills.checkName(nameLevel[0].strip());
      int level = 1;
      if (nameLevel.length == 2) {
        try {
          level = Integer.parseInt(nameLevel[1].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "a skill reads name:level with a level 1 to 5, like billing:2");
        }
      } else if (nameLevel.length > 2) {
        throw new IllegalArgumentException("a skill reads name:level, like billing:2");
      }
      Skills.checkLevel(level, "the level of " + name);
      if (skills.put(name, level) != null) {
        throw new IllegalArgumentException("skill " + name + " is named twice");
      }
    }
    return skills;
  }

  /** As {@link #parse} reads it, sorted by name. */
  public static String format(Map<String, Integer> skills) {
    if (skills.isEmpty()) {
      return "none";
    }
    return skills.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(entry -> entry.getKey() + ":" + entry.getValue())
        .collect(Collectors.joining(", "));
  }
}
