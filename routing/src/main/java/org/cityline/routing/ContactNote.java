package org.cityline.routing;

import java.time.Instant;

/**
 * A note that travels with a contact (written by the agent who transferred or escalated it), shown
 * to the next agent on the screen pop.
 *
 * @param author the agent who wrote it
 * @param text the note, at most 1,000 characters, without control characters or card numbers
 * @param at when
 */
public record ContactNote(AgentId author, String text, Instant at) {

  public ContactNote {
    if (author == null || text == null || at == null) {
      throw new IllegalArgumentException("a note needs an author, a text and a time");
    }
  }

  /** Never the text: it is the customer's business. */
  @Override
  public String toString() {
    return "ContactNote[" + author + ", " + text.length() + " chars, at " + at + "]";
  }
}
