package org.cityline.routing.hazelcast;

import java.util.List;

/**
 * One queue's counts over one interval, in the {@code cityline.routing.intervals} map, with the ids
 * of the last additions made to it ({@code recentOps}): an addition Hazelcast retries after a lost
 * member is found there and counted once.
 */
public record StoredCounts(
    String queue,
    long start,
    int offered,
    int answered,
    int answeredInTarget,
    int abandoned,
    int abandonedInTarget,
    int overflowed,
    int callbacks,
    long waitMillis,
    int handled,
    long handleMillis,
    List<String> recentOps) {}
