package org.cityline.common.call;

import org.cityline.common.IdText;

/**
 * Identifies one call leg on one phone system.
 *
 * @param network the adapter that owns the call: {@code sim}, {@code asterisk}, {@code twilio}
 * @param localId the phone system's own id (a simulator id, an Asterisk unique id, a Twilio
 *     CallSid)
 */
public record CallId(String network, String localId) {

  public CallId {
    if (!isNetwork(network)) {
      throw new IllegalArgumentException(
          "a call's network is a short lower-case name such as 'sim'; got " + quote(network));
    }
    if (!IdText.isToken(localId, 1, 64, "._:-")) {
      throw new IllegalArgumentException(
          "a call id is 1 to 64 letters, digits, '.', '_', ':' or '-'; got " + quote(localId));
    }
  }

  /** Parses the {@link #toString()} form, {@code network/localId}. */
  public static CallId parse(String text) {
    int slash = text == null ? -1 : text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("a call id reads network/id; got " + quote(text));
    }
    return new CallId(text.substring(0, slash), text.substring(slash + 1));
  }

  @Override
  public String toString() {
    return network + "/" + localId;
  }

  /** {@code [a-z][a-z0-9-]{0,15}}, checked by hand (ids are built on routing's hot path). */
  private static boolean isNetwork(String value) {
    if (value == null || value.isEmpty() || value.length() > 16) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (i > 0 && ((c >= '0' && c <= '9') || c == '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String quote(String value) {
    if (value == null) {
      return "nothing";
    }
    return "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
  }
}
