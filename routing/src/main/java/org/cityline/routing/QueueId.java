package org.cityline.routing;

/**
 * A queue, by its configured name ({@code billing}, {@code emergency}).
 *
 * @param value lower-case letters, digits and dashes, 1 to 32 characters
 */
public record QueueId(String value) {
  public QueueId {
    if (!isQueueName(value)) {
      throw new IllegalArgumentException(
          "a queue name is 1 to 32 lower-case letters, digits and dashes; got "
              + (value == null ? "nothing" : "'" + value + "'"));
    }
  }

  /** {@code [a-z0-9][a-z0-9-]{0,31}}, checked by hand (ids are built on routing's hot path). */
  private static boolean isQueueName(String value) {
    if (value == null || value.isEmpty() || value.length() > 32) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && c == '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return value;
  }
}
