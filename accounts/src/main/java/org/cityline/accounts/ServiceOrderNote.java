package org.cityline.accounts;

import java.time.Instant;

/**
 * A note on a service order: a representative's instructions or a field update.
 *
 * @param at when it was written
 * @param author the staff user name, or "field" for a crew's update
 * @param text what it says
 */
public record ServiceOrderNote(Instant at, String author, String text) {

  public ServiceOrderNote {
    if (at == null || author == null) {
      throw new IllegalArgumentException("a service order note has a time and an author");
    }
    text = NoteText.require(text);
  }
}
