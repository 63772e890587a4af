package org.cityline.accounts;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;

/**
 * A note on an account, as kept.
 *
 * @param id the note's number
 * @param at when it was written
 * @param author the staff user name, or "system"
 * @param contact the contact it was written during, if any
 * @param text what it says
 */
public record AccountNote(
    long id, Instant at, String author, Optional<ContactId> contact, String text) {

  public AccountNote {
    if (at == null || author == null || contact == null || text == null) {
      throw new IllegalArgumentException("a note has a time, an author and a text");
    }
  }
}
