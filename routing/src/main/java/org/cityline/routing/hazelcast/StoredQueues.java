package org.cityline.routing.hazelcast;

import java.util.List;
import java.util.stream.Collectors;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentId;
import org.cityline.routing.QueueView;
import org.cityline.routing.Waiting;
import org.cityline.routing.WaitingList;

/** Maps waiting lists and their places to the stored records and back. */
final class StoredQueues {

  private StoredQueues() {}

  static WaitingList toDomain(StoredQueue stored) {
    return stored == null
        ? WaitingList.empty()
        : new WaitingList(stored.waiting().stream().map(StoredQueues::toDomain).toList());
  }

  static StoredQueue toStored(WaitingList list) {
    return new StoredQueue(list.entries().stream().map(StoredQueues::toStored).toList());
  }

  static Waiting toDomain(StoredWaiting stored) {
    return new Waiting(
        new ContactId(stored.contact()),
        stored.visit(),
        stored.priority(),
        Epoch.instant(stored.since()),
        stored.declinedBy().stream().map(AgentId::new).collect(Collectors.toSet()));
  }

  static StoredWaiting toStored(Waiting waiting) {
    return new StoredWaiting(
        waiting.contact().value(),
        waiting.visit(),
        waiting.priority(),
        Epoch.nanos(waiting.since()),
        waiting.declinedBy().stream().map(AgentId::value).sorted().toList());
  }

  static StoredQueueView toStored(QueueView view) {
    return new StoredQueueView(
        view.waiting(),
        Epoch.nanos(view.oldestSince()),
        view.head().stream().map(StoredQueues::toStored).toList());
  }

  static QueueView toDomain(StoredQueueView stored) {
    List<Waiting> head = stored.head().stream().map(StoredQueues::toDomain).toList();
    return new QueueView(stored.waiting(), Epoch.instant(stored.oldestSince()), head);
  }
}
