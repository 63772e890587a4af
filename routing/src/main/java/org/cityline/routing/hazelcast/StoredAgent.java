package org.cityline.routing.hazelcast;

import java.util.List;
import java.util.Map;

/**
 * A signed-in agent as kept in the {@code cityline.routing.agents} map (zero-configuration
 * Compact): instants as epoch nanoseconds, absent values null, today's tally flattened, and the id
 * of the last command applied ({@code lastOp}), so a command Hazelcast retries after a lost member
 * is applied once.
 */
public record StoredAgent(
    String id,
    String displayName,
    String endpoint,
    Map<String, Integer> skills,
    int voiceCapacity,
    boolean ready,
    String awayReason,
    String state,
    long since,
    long idleSince,
    Long lastOfferedAt,
    List<StoredLine> lines,
    long tallyDay,
    int handled,
    long handleMillis,
    int missed,
    Map<String, Long> millisInState,
    long version,
    String lastOp) {}
