package org.cityline.routing.hazelcast;

import java.util.List;
import java.util.Map;

/**
 * A live contact as kept in the {@code cityline.routing.contacts} map: plain fields only, so
 * Hazelcast's zero-configuration Compact serialization stores it without any member config.
 * Instants are nanoseconds since the epoch; absent values are null; {@code lastOp} is the id of the
 * last command applied (a command Hazelcast retries after a lost member is applied once). Map to
 * and from the domain's {@link org.cityline.routing.Contact} with {@link StoredContacts}.
 */
public record StoredContact(
    String id,
    String requestCall,
    String caller,
    String language,
    String account,
    boolean verified,
    List<StoredTrailStep> trail,
    String reason,
    String requestedQueue,
    int requestedPriority,
    long arrivedAt,
    Map<String, Integer> skills,
    String call,
    String queue,
    int priority,
    long waitingSince,
    long queuedAt,
    int visit,
    String state,
    String previousState,
    String agent,
    Long offerExpiresAt,
    Long answeredAt,
    Long connectedAt,
    List<String> declinedBy,
    int failedConnects,
    List<StoredNote> notes,
    int transfers,
    String consultAgent,
    String consultNote,
    Long consultExpiresAt,
    boolean consultAccepted,
    String callbackNumber,
    int callbackAttempts,
    Long callbackRetryAt,
    boolean callbackDialing,
    String outcome,
    Long endedAt,
    String dispositionCode,
    String dispositionNote,
    Long dispositionAt,
    String endReason,
    boolean answerCounted,
    long version,
    String lastOp) {

  /** Never the notes' or the disposition's text. */
  @Override
  public String toString() {
    return "StoredContact[" + id + ", " + state + ", v" + version + "]";
  }
}
