package org.cityline.accounts.arrangements;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ArrangementKind;
import org.cityline.accounts.Usernames;
import org.cityline.common.ContactId;

/**
 * A payment arrangement or extension to make.
 *
 * @param requestKey names the request: made once however often it is sent (8 to 100 characters)
 * @param account the account
 * @param kind extension or instalments
 * @param count the extension's days, or the number of instalments
 * @param contact the contact it is made during, for the audit
 * @param actor who makes it ("ivr", an agent)
 * @param at when
 */
public record ArrangementRequest(
    String requestKey,
    AccountNumber account,
    ArrangementKind kind,
    int count,
    Optional<ContactId> contact,
    String actor,
    Instant at) {

  public ArrangementRequest {
    if (requestKey == null || !requestKey.matches("[A-Za-z0-9:/._-]{8,100}")) {
      throw new IllegalArgumentException("a request key is 8 to 100 letters, digits or :/._-");
    }
    if (account == null || kind == null || contact == null || at == null) {
      throw new IllegalArgumentException("an arrangement request needs every field");
    }
    Usernames.require("an arrangement's actor", actor);
  }
}
