package org.cityline.routing.hazelcast;

import com.hazelcast.core.ReadOnly;
import com.hazelcast.map.EntryProcessor;
import java.util.Map;

/**
 * Reads a queue's totals and first places on the member that owns it, so a long queue is not copied
 * to the caller. Read-only: no backup operation.
 */
record ViewQueue(int limit)
    implements EntryProcessor<String, StoredQueue, StoredQueueView>, ReadOnly {

  @Override
  public StoredQueueView process(Map.Entry<String, StoredQueue> entry) {
    return StoredQueues.toStored(StoredQueues.toDomain(entry.getValue()).view(limit));
  }
}
