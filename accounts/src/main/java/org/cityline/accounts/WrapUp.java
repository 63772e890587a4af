package org.cityline.accounts;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;

/**
 * An agent's closing of a contact.
 *
 * @param contact the contact
 * @param account the account it was about, if any
 * @param agent the agent's user name
 * @param disposition the disposition code chosen (e.g. "billing-question")
 * @param note the agent's note; may be empty when the disposition says it all
 * @param at when the agent finished
 */
public record WrapUp(
    ContactId contact,
    Optional<AccountNumber> account,
    String agent,
    String disposition,
    String note,
    Instant at) {}
