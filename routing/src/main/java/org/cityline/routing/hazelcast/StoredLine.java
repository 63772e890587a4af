package org.cityline.routing.hazelcast;

/** One of an agent's lines inside a {@link StoredAgent}; {@code offerExpiresAt} null once taken. */
public record StoredLine(String contact, long since, Long offerExpiresAt) {}
