package org.cityline.routing.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import org.cityline.common.ContactId;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueStore;
import org.cityline.routing.QueueView;
import org.cityline.routing.Waiting;

/** Waiting lists in the {@link RoutingMaps#QUEUES} map, changed on the member that owns each. */
public final class HazelcastQueueStore implements QueueStore {

  private final IMap<String, StoredQueue> queues;

  public HazelcastQueueStore(HazelcastInstance hazelcast) {
    this.queues = hazelcast.getMap(RoutingMaps.QUEUES);
  }

  @Override
  public void join(QueueId queue, Waiting waiting) {
    queues.executeOnKey(queue.value(), ChangeQueue.join(StoredQueues.toStored(waiting)));
  }

  @Override
  public void leave(QueueId queue, ContactId contact, int visit) {
    queues.executeOnKey(queue.value(), ChangeQueue.leave(contact.value(), visit));
  }

  @Override
  public QueueView view(QueueId queue, int limit) {
    return StoredQueues.toDomain(queues.executeOnKey(queue.value(), new ViewQueue(limit)));
  }
}
