package org.cityline.accounts.desk;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.common.ContactId;

/**
 * A bill adjustment waiting for a supervisor.
 *
 * @param id the request's number
 * @param account the account
 * @param amount the credit asked for
 * @param reason the agent's reason
 * @param requestedBy the agent
 * @param contact the contact it came from
 * @param requestedAt when
 */
public record ApprovalRequest(
    long id,
    AccountNumber account,
    Money amount,
    String reason,
    String requestedBy,
    Optional<ContactId> contact,
    Instant requestedAt) {}
