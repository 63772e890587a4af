package org.cityline.routing;

import java.time.Instant;
import java.util.Optional;
import org.cityline.common.ContactId;

/**
 * One of an agent's lines in use: a contact offered to, connected with or wrapped up by the agent.
 *
 * @param contact the contact on the line
 * @param since when the line was taken (the offer)
 * @param offerExpiresAt while the offer rings, when it rings out; empty once accepted. Kept in the
 *     shared state so that any node can release a reservation whose node was lost.
 */
public record AgentLine(ContactId contact, Instant since, Optional<Instant> offerExpiresAt) {

  public AgentLine {
    if (contact == null || since == null || offerExpiresAt == null) {
      throw new IllegalArgumentException("a line needs a contact, a start and an offer expiry");
    }
  }

  /** The line once its offer is accepted. */
  AgentLine accepted() {
    return new AgentLine(contact, since, Optional.empty());
  }
}
