package org.cityline.routing.hazelcast;

import java.util.List;
import java.util.Map;

/**
 * A signed-in agent as kept in the {@code cityline.routing.agents} map (zero-configuration Compact;
 * {@code state} is indexed for the matcher's query of available agents).
 */
public record StoredAgent(
    String id,
    String displayName,
    String endpoint,
    Map<String, Integer> skills,
    int voiceCapacity,
    String state,
    String awayReason,
    long since,
    long idleSince,
    List<StoredLine> lines) {}
