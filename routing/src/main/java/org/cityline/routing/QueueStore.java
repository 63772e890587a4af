package org.cityline.routing;

import org.cityline.common.ContactId;

/**
 * Where each queue's {@link WaitingList} is kept. It is an index over the contacts, which stay the
 * authority on their own state: every QUEUED contact has a place in its queue, and a place whose
 * contact is no longer QUEUED (for that visit) is stale and dropped when the matcher meets it.
 */
public interface QueueStore {

  /** Gives the contact its place (idempotent; an older place of the same contact is replaced). */
  void join(QueueId queue, Waiting waiting);

  /** Removes the contact's place from {@code visit} or earlier. */
  void leave(QueueId queue, ContactId contact, int visit);

  /** The queue's totals and its first {@code limit} places. */
  QueueView view(QueueId queue, int limit);
}
