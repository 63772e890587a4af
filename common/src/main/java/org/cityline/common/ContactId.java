package org.cityline.common;

import java.util.UUID;

/**
 * Identifies one customer interaction (a call, a callback) from its arrival to its wrap-up. The
 * same id appears on the live contact in routing, on the agent's screen pop, and on every note,
 * account change and audit entry made while handling it.
 *
 * @param value letters, digits, dot, underscore or dash; 1 to 64 characters
 */
public record ContactId(String value) {

  public ContactId {
    if (!IdText.isToken(value, 1, 64, "._-")) {
      throw new IllegalArgumentException(
          "a contact id is 1 to 64 letters, digits, '.', '_' or '-'; got "
              + (value == null ? "nothing" : "'" + value + "'"));
    }
  }

  /** A new, random contact id. */
  public static ContactId random() {
    return new ContactId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
