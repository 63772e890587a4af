package org.cityline.routing;

import org.cityline.common.IdText;

/**
 * An agent in routing; the same string as the agent's sign-in name.
 *
 * @param value 1 to 64 letters, digits, '.', '_' or '-'
 */
public record AgentId(String value) {
  public AgentId {
    if (!IdText.isToken(value, 1, 64, "._-")) {
      throw new IllegalArgumentException(
          "an agent id is 1 to 64 letters, digits, '.', '_' or '-'; got "
              + (value == null ? "nothing" : "'" + abbreviate(value) + "'"));
    }
  }

  @Override
  public String toString() {
    return value;
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
