package org.cityline.accounts;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;

/**
 * A note to add to an account. Construction refuses bad input (see {@link NoteText}); the text is
 * kept stripped and with card numbers removed.
 *
 * @param account the account
 * @param author the staff user name writing it
 * @param contact the contact it is written during, if any
 * @param text what it says
 * @param at when it was written
 */
public record NewNote(
    AccountNumber account, String author, Optional<ContactId> contact, String text, Instant at) {

  public NewNote {
    if (account == null || contact == null || at == null) {
      throw new IllegalArgumentException("a note needs an account, a time and a contact or none");
    }
    Usernames.require("a note's author", author);
    text = NoteText.require(text);
  }
}
