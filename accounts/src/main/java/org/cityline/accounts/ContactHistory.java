package org.cityline.accounts;

import java.util.List;

/**
 * The record of every contact once it ends: how it ended, who handled it, the agent's disposition
 * and note. Screen pops show an account's recent contacts; reports count them.
 */
public interface ContactHistory {

  /**
   * Stores a finished contact. Storing the same contact id again replaces nothing and returns false
   * (an end is recorded exactly once, even when a node retries).
   *
   * @return true if this call stored it
   */
  boolean recordEnded(ContactRecord contact);

  /**
   * Stores an agent's wrap-up of a contact (disposition and note), audited as a change made by that
   * agent from that contact.
   */
  void recordWrapUp(WrapUp wrapUp);

  /** The most recent contacts about an account, newest first. */
  List<ContactRecord> recentForAccount(AccountNumber account, int limit);

  /**
   * Contacts that ended in {@code [from, to)}, oldest first, at most {@code limit} (for the daily
   * summary: IVR containment, per-agent figures). A store that cannot list them returns none.
   */
  default List<ContactRecord> endedBetween(
      java.time.Instant from, java.time.Instant to, int limit) {
    return List.of();
  }
}
