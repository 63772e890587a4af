package org.cityline.accounts.desk;

import java.time.Instant;
import java.util.Optional;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Money;
import org.cityline.accounts.NoteText;
import org.cityline.accounts.Usernames;
import org.cityline.common.ContactId;

/**
 * A credit to an account's bill (a misread meter, a leak allowance, a fee waived).
 *
 * @param account the account
 * @param amount the credit, more than zero
 * @param reason why (required; see {@link NoteText})
 * @param contact the contact it comes from
 * @param actor the agent
 * @param at when
 */
public record BillAdjustmentRequest(
    AccountNumber account,
    Money amount,
    String reason,
    Optional<ContactId> contact,
    String actor,
    Instant at) {

  public BillAdjustmentRequest {
    if (account == null || amount == null || contact == null || at == null) {
      throw new IllegalArgumentException("a bill adjustment needs every field");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a bill adjustment is a credit of more than $0.00");
    }
    Usernames.require("an adjustment's actor", actor);
    reason = NoteText.require(reason);
  }
}
