package org.cityline.routing.testing;

import java.util.HashMap;
import java.util.Map;
import org.cityline.common.ContactId;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueStore;
import org.cityline.routing.QueueView;
import org.cityline.routing.Waiting;
import org.cityline.routing.WaitingList;

/** Waiting lists in memory. */
public final class InMemoryQueueStore implements QueueStore {

  private final Map<QueueId, WaitingList> queues = new HashMap<>();

  @Override
  public synchronized void join(QueueId queue, Waiting waiting) {
    queues.put(queue, list(queue).join(waiting));
  }

  @Override
  public synchronized void leave(QueueId queue, ContactId contact, int visit) {
    WaitingList left = list(queue).leave(contact, visit);
    if (left.size() == 0) {
      queues.remove(queue);
    } else {
      queues.put(queue, left);
    }
  }

  @Override
  public synchronized QueueView view(QueueId queue, int limit) {
    return list(queue).view(limit);
  }

  private WaitingList list(QueueId queue) {
    return queues.getOrDefault(queue, WaitingList.empty());
  }
}
