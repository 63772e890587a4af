package org.cityline.desktop;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for free text a person types into the desktop (a user name, a wrap-up note): present,
 * not too long, no control characters and no markup. The desktop never renders entered text as
 * HTML, but a note travels on to the contact history, reports and other systems that might, so
 * markup is refused at the door with a message saying so.
 */
public final class PlainText {

  /** A tag opening or closing ({@code <script}, {@code </b}, {@code <!--}, {@code <img}). */
  private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?]?\\s*[A-Za-z!]");

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

  private PlainText() {}

  /**
   * Checks a required field.
   *
   * @param field how the message names the field, capitalised ("The note")
   * @param value what was typed; may be null
   * @param maxLength the most characters allowed
   * @return the problem, in words fit to show the person, or empty when the text is acceptable
   */
  public static Optional<String> check(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return Optional.of(field + " is empty.");
    }
    if (value.length() > maxLength) {
      return Optional.of(
          field
              + " is too long: at most "
              + maxLength
              + " characters, not "
              + value.length()
              + ".");
    }
    if (MARKUP.matcher(value).find()) {
      return Optional.of(field + " cannot contain HTML tags such as <script>; write plain text.");
    }
    if (CONTROL.matcher(value).find()) {
      return Optional.of(field + " contains control characters; write plain text.");
    }
    return Optional.empty();
  }

  /** The first 40 characters of a value, for messages that quote it. */
  public static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
