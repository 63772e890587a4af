package org.cityline.routing.engine;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.ContactId;
import org.cityline.routing.AgentId;
import org.cityline.routing.Callback;
import org.cityline.routing.Consult;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactState;
import org.cityline.routing.QueueId;

/**
 * What the index keeps of a live contact: enough to order, match and time it, without its IVR trail
 * or notes (those stay in the shared store).
 *
 * @param id the contact
 * @param queue its queue
 * @param state where it stands
 * @param visit its visit (an offer is made for one visit)
 * @param priority higher first
 * @param waitingSince its place in the serving order
 * @param queuedAt when it joined its queue
 * @param declinedBy agents who rejected it on this visit
 * @param skills its own skill needs
 * @param notBefore a callback not due before this
 * @param callback whether it is a callback
 * @param agent the agent it is with
 * @param deadline when routing must act on it: an offer's or a consult's expiry
 * @param version the stored version this was made from
 */
public record IndexedContact(
    ContactId id,
    QueueId queue,
    ContactState state,
    int visit,
    int priority,
    Instant waitingSince,
    Instant queuedAt,
    Set<AgentId> declinedBy,
    Map<String, Integer> skills,
    Optional<Instant> notBefore,
    boolean callback,
    Optional<AgentId> agent,
    Optional<Instant> deadline,
    long version) {

  /** The serving order: higher priority first, then the longest waiting, then by id. */
  public static final Comparator<IndexedContact> SERVING_ORDER =
      Comparator.comparingInt(IndexedContact::priority)
          .reversed()
          .thenComparing(IndexedContact::waitingSince)
          .thenComparing(contact -> contact.id().value());

  /** The order of waiting time: the longest waiting first. */
  static final Comparator<IndexedContact> WAITING_ORDER =
      Comparator.comparing(IndexedContact::waitingSince)
          .thenComparing(contact -> contact.id().value());

  public static IndexedContact of(Contact contact) {
    Optional<Instant> deadline =
        contact
            .offerExpiresAt()
            .or(() -> contact.consult().filter(c -> !c.accepted()).map(Consult::expiresAt));
    return new IndexedContact(
        contact.id(),
        contact.queue(),
        contact.state(),
        contact.visit(),
        contact.priority(),
        contact.waitingSince(),
        contact.queuedAt(),
        contact.declinedBy(),
        contact.request().skills(),
        contact.callback().flatMap(Callback::retryAt),
        contact.isCallback(),
        contact.agent(),
        deadline,
        contact.version());
  }

  /** The order of joining the queue: the first to join first. */
  static final Comparator<IndexedContact> JOINING_ORDER =
      Comparator.comparing(IndexedContact::queuedAt).thenComparing(contact -> contact.id().value());

  /** Whether it may be offered at {@code now} (a callback not yet due may not). */
  boolean due(Instant now) {
    return notBefore.isEmpty() || !now.isBefore(notBefore.get());
  }
}
