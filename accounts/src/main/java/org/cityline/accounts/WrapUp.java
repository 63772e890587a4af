package org.cityline.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cityline.common.ContactId;

/**
 * An agent's closing of a contact.
 *
 * @param contact the contact
 * @param account the account it was about, if any
 * @param agent the agent's user name
 * @param disposition the disposition code chosen (e.g. "billing-question"): lower-case letters,
 *     digits and '-', up to 40 characters
 * @param note the agent's note; may be empty when the disposition says it all (see {@link
 *     NoteText}: kept stripped, card numbers removed)
 * @param at when the agent finished
 */
public record WrapUp(
    ContactId contact,
    Optional<AccountNumber> account,
    String agent,
    String disposition,
    String note,
    Instant at) {

  private static final Pattern DISPOSITION = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  public WrapUp {
    if (contact == null || account == null || at == null) {
      throw new IllegalArgumentException("a wrap-up needs a contact and a time");
    }
    Usernames.require("a wrap-up's agent", agent);
    if (disposition == null || !DISPOSITION.matcher(disposition).matches()) {
      throw new IllegalArgumentException(
          "a disposition is a code of lower-case letters, digits and '-' (up to 40); got "
              + (disposition == null ? "nothing" : disposition.length() + " characters"));
    }
    note = NoteText.requireAllowingEmpty(note);
  }
}
