package org.cityline.routing.hazelcast;

import java.util.List;

/** One place in a {@link StoredQueue}. */
public record StoredWaiting(
    String contact, int visit, int priority, long since, List<String> declinedBy) {}
