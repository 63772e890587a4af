package org.cityline.routing.hazelcast;

import java.util.List;

/** What a read of a queue returns: totals and its first places. */
public record StoredQueueView(int waiting, Long oldestSince, List<StoredWaiting> head) {}
