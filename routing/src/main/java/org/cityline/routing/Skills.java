package org.cityline.routing;

import java.util.Map;
import java.util.regex.Pattern;

/** What a skill name and a proficiency level may be. */
public final class Skills {

  /** The lowest proficiency: learning. */
  public static final int LOWEST = 1;

  /** The highest proficiency: expert. */
  public static final int HIGHEST = 5;

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  private Skills() {}

  /** Throws unless the name is 1 to 32 lower-case letters, digits or dashes. */
  public static String checkName(String skill) {
    if (skill == null || !NAME.matcher(skill).matches()) {
      throw new IllegalArgumentException(
          "a skill is 1 to 32 lower-case letters, digits or dashes, starting with a letter; got "
              + (skill == null ? "nothing" : "'" + skill + "'"));
    }
    return skill;
  }

  /** Throws unless the level is 1 to 5. */
  public static int checkLevel(int level, String what) {
    if (level < LOWEST || level > HIGHEST) {
      throw new IllegalArgumentException(what + " must be 1 to 5, was " + level);
    }
    return level;
  }

  /** Throws unless every name and level is valid; returns an unmodifiable copy. */
  public static Map<String, Integer> check(Map<String, Integer> skills) {
    if (skills == null) {
      throw new IllegalArgumentException("skills may be empty, not missing");
    }
    skills.forEach(
        (name, level) -> {
          checkName(name);
          checkLevel(level == null ? 0 : level, "the level of " + name);
        });
    return Map.copyOf(skills);
  }
}
