package org.cityline.common.call;

import java.util.regex.Pattern;

/**
 * Identifies one call leg on one phone system.
 *
 * @param network the adapter that owns the call: {@code sim}, {@code asterisk}, {@code twilio}
 * @param localId the phone system's own id (a simulator id, an Asterisk unique id, a Twilio
 *     CallSid)
 */
public record CallId(String network, String localId) {

  private static final Pattern NETWORK = Pattern.compile("[a-z][a-z0-9-]{0,15}");
  private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  public CallId {
    if (network == null || !NETWORK.matcher(network).matches()) {
      throw new IllegalArgumentException(
          "a call's network is a short lower-case name such as 'sim'; got " + quote(network));
    }
    if (localId == null || !LOCAL_ID.matcher(localId).matches()) {
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

  private static String quote(String value) {
    if (value == null) {
      return "nothing";
    }
    return "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
  }
}
