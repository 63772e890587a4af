package org.cityline.routing.hazelcast;

import java.util.List;

/**
 * A live contact as kept in the {@code cityline.routing.contacts} map: plain fields only, so
 * Hazelcast's zero-configuration Compact serialization stores it without any member config.
 * Instants are nanoseconds since the epoch; absent values are null. Map to and from the domain's
 * {@link org.cityline.routing.Contact} with {@link StoredContacts}.
 */
public record StoredContact(
    String id,
    String call,
    String caller,
    String language,
    String account,
    boolean verified,
    List<StoredTrailStep> trail,
    String reason,
    String requestedQueue,
    int priority,
    long arrivedAt,
    String queue,
    long enqueuedAt,
    int visit,
    String state,
    String agent,
    Long offerExpiresAt,
    Long answeredAt,
    List<String> declinedBy,
    int failedConnects,
    String outcome,
    Long endedAt,
    String dispositionCode,
    String dispositionNote,
    Long dispositionAt) {}
