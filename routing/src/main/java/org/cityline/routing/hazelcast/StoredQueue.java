package org.cityline.routing.hazelcast;

import java.util.List;

/** A queue's waiting list as kept in the {@code cityline.routing.queues} map, in serving order. */
public record StoredQueue(List<StoredWaiting> waiting) {}
