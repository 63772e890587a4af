package org.cityline.routing;

import java.time.Instant;
import java.util.Set;
import org.cityline.common.ContactId;

/**
 * A contact's place in a queue: what the matcher needs to choose, without reading the contact.
 *
 * @param contact the contact
 * @param visit which time the contact joined a queue (1 at first, one more each time it returns); a
 *     place left over from an earlier visit is stale and is dropped
 * @param priority higher is served first
 * @param since when it joined the queue the first time: a contact returned to the queue keeps it,
 *     and so keeps its place at the front
 * @param declinedBy agents who turned this contact down; it is not offered to them again
 */
public record Waiting(
    ContactId contact, int visit, int priority, Instant since, Set<AgentId> declinedBy) {

  public Waiting {
    if (contact == null || since == null || visit < 1) {
      throw new IllegalArgumentException("a place in a queue needs a contact, a visit and a time");
    }
    declinedBy = Set.copyOf(declinedBy);
  }
}
