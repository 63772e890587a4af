package org.cityline.routing.hazelcast;

/** One of an agent's lines inside a {@link StoredAgent}; absent times are null. */
public record StoredLine(
    String contact, String kind, String state, long since, Long acceptedAt, Long deadline) {}
