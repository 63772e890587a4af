package org.cityline.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;

/**
 * Where live contacts are kept (Hazelcast in production, memory in some tests). Every change goes
 * through {@link #apply}, which runs the command atomically on the one contact and counts its
 * version up. A store that may retry a command after a lost member (Hazelcast does) must apply it
 * at most once: a repeat answers with the contact as the first application left it.
 */
public interface ContactStore {

  /**
   * Adds a new live contact and indexes it by its call.
   *
   * @return false, changing nothing, when the contact id or its call is already live
   */
  boolean add(Contact contact);

  Optional<Contact> find(ContactId id);

  /** The live contact on this call, if any. */
  Optional<Contact> findByCall(CallId call);

  /** Applies the command atomically; refused when there is no such live contact. */
  Change<Contact> apply(ContactId id, ContactCommand command);

  /**
   * Starts {@link #apply} and returns what waits for its outcome (throwing what {@code apply}
   * would), so that a command on another entry can run meanwhile: the matcher reserves an agent and
   * offers a contact at once. A store that applies in place (memory) has finished on return.
   */
  default Supplier<Change<Contact>> start(ContactId id, ContactCommand command) {
    Change<Contact> change = apply(id, command);
    return () -> change;
  }

  /** Indexes a contact by another call of its own (a callback's outbound call). */
  void mapCall(CallId call, ContactId contact);

  /** Forgets that a call belongs to the contact (its leg is over). */
  void unmapCall(CallId call, ContactId contact);

  /** Forgets an ended contact (and its calls), once it has been recorded. */
  void remove(Contact contact);

  /** Every live contact (for recovery). */
  List<Contact> all();

  /**
   * Every call claimed by a contact: call to contact. A node lost between claiming a call and
   * adding its contact (or between removing a contact and its claims) leaves a claim that names no
   * live contact; the leading node's sweep finds them here and clears them with {@link #unmapCall}.
   * A store that adds and removes a contact with its calls in one step has none to report.
   */
  default Map<CallId, ContactId> claimedCalls() {
    return Map.of();
  }

  /**
   * Tells the listeners of every change any node makes (a shared store does; a store only this node
   * uses need not, since the node feeds its own changes).
   */
  default void watch(Consumer<Contact> changed, BiConsumer<ContactId, Long> removed) {}
}
