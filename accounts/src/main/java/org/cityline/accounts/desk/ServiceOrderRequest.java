package org.cityline.accounts.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.NoteText;
import org.cityline.accounts.ServiceOrderType;
import org.cityline.accounts.Usernames;
import org.cityline.accounts.UtilityService;
import org.cityline.common.ContactId;

/**
 * A service order an agent opens for a field crew (turn-on, turn-off, re-read, meter test; a
 * disconnect for non-payment is never opened by hand).
 *
 * @param account the account
 * @param type what the crew is to do
 * @param service the service it concerns
 * @param scheduledFor the day the crew should go
 * @param note instructions for the crew (required; see {@link NoteText})
 * @param contact the contact it comes from
 * @param actor the agent
 * @param at when
 */
public record ServiceOrderRequest(
    AccountNumber account,
    ServiceOrderType type,
    UtilityService service,
    LocalDate scheduledFor,
    String note,
    Optional<ContactId> contact,
    String actor,
    Instant at) {

  public ServiceOrderRequest {
    if (account == null
        || type == null
        || service == null
        || scheduledFor == null
        || contact == null
        || at == null) {
      throw new IllegalArgumentException("a service order request needs every field");
    }
    if (type == ServiceOrderType.DISCONNECT_NONPAYMENT) {
      throw new IllegalArgumentException("a disconnect for non-payment is not opened by an agent");
    }
    Usernames.require("a service order's actor", actor);
    note = NoteText.require(note);
  }
}
