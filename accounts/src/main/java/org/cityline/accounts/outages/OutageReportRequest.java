package org.cityline.accounts.outages;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Usernames;
import org.cityline.accounts.UtilityService;
import org.cityline.common.ContactId;

/**
 * A customer's report of an outage at the service address on file.
 *
 * @param requestKey names the request: reported once however often it is sent
 * @param account whose service address is out
 * @param service what is out
 * @param contact the contact it is reported during
 * @param actor who records it ("ivr", an agent)
 * @param at when
 */
public record OutageReportRequest(
    String requestKey,
    AccountNumber account,
    UtilityService service,
    Optional<ContactId> contact,
    String actor,
    Instant at) {

  public OutageReportRequest {
    if (requestKey == null || !requestKey.matches("[A-Za-z0-9:/._-]{8,100}")) {
      throw new IllegalArgumentException("a request key is 8 to 100 letters, digits or :/._-");
    }
    if (account == null || service == null || contact == null || at == null) {
      throw new IllegalArgumentException("an outage report needs every field");
    }
    Usernames.require("an outage report's actor", actor);
  }
}
