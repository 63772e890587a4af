package org.cityline.accounts.programs;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Program;
import org.cityline.accounts.Usernames;
import org.cityline.common.ContactId;

/**
 * An enrolment to make.
 *
 * @param account the account
 * @param program the program
 * @param contact the contact it is made during, for the audit
 * @param actor who makes it
 * @param at when
 */
public record EnrolmentRequest(
    AccountNumber account, Program program, Optional<ContactId> contact, String actor, Instant at) {

  public EnrolmentRequest {
    if (account == null || program == null || contact == null || at == null) {
      throw new IllegalArgumentException("an enrolment request needs every field");
    }
    Usernames.require("an enrolment's actor", actor);
  }
}
