package org.cityline.accounts.online;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Usernames;
import org.cityline.common.ContactId;
import org.cityline.common.Language;

/**
 * A request to send a one-time link that resets the online account's password.
 *
 * @param requestKey names the request: sent once however often it is asked
 * @param account whose online account
 * @param channel text message or e-mail, to what is on file
 * @param language the language the message is written in
 * @param contact the contact it is asked during
 * @param actor who asks ("ivr", an agent)
 * @param at when
 */
public record PasswordResetRequest(
    String requestKey,
    AccountNumber account,
    ResetChannel channel,
    Language language,
    Optional<ContactId> contact,
    String actor,
    Instant at) {

  public PasswordResetRequest {
    if (requestKey == null || !requestKey.matches("[A-Za-z0-9:/._-]{8,100}")) {
      throw new IllegalArgumentException("a request key is 8 to 100 letters, digits or :/._-");
    }
    if (account == null || channel == null || language == null || contact == null || at == null) {
      throw new IllegalArgumentException("a password-reset request needs every field");
    }
    Usernames.require("a password reset's actor", actor);
  }
}
