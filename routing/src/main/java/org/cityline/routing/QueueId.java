package org.cityline.routing;

/**
 * A queue, by its configured name ({@code billing}, {@code emergency}).
 *
 * @param value lower-case letters, digits and dashes, 1 to 32 characters
 */
public record QueueId(String value) {
  public QueueId {
    if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,31}")) {
      throw new IllegalArgumentException(
          "a queue name is 1 to 32 lower-case letters, digits and dashes; got "
              + (value == null ? "nothing" : "'" + value + "'"));
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
