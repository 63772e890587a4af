package org.cityline.routing.hazelcast;

import com.hazelcast.map.EntryProcessor;
import java.util.List;
import java.util.Map;
import org.cityline.routing.WaitingList;

/**
 * Gives a contact its place in a queue, or takes a place away, on the member that owns the queue.
 * An empty queue's entry is removed, so nothing is left behind.
 */
record ChangeQueue(
    boolean join, String contact, int visit, int priority, long since, List<String> declinedBy)
    implements EntryProcessor<String, StoredQueue, Integer> {

  static ChangeQueue join(StoredWaiting waiting) {
    return new ChangeQueue(
        true,
        waiting.contact(),
        waiting.visit(),
        waiting.priority(),
        waiting.since(),
        List.copyOf(waiting.declinedBy()));
  }

  static ChangeQueue leave(String contact, int visit) {
    return new ChangeQueue(false, contact, visit, 0, 0, List.of());
  }

  @Override
  public Integer process(Map.Entry<String, StoredQueue> entry) {
    WaitingList list = StoredQueues.toDomain(entry.getValue());
    WaitingList changed =
        join
            ? list.join(
                StoredQueues.toDomain(
                    new StoredWaiting(contact, visit, priority, since, declinedBy)))
            : list.leave(new org.cityline.common.ContactId(contact), visit);
    entry.setValue(changed.size() == 0 ? null : StoredQueues.toStored(changed));
    return changed.size();
  }
}
