package org.cityline.routing;

import java.util.List;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;

/**
 * Where live contacts are kept (Hazelcast in production, memory in some tests). Every change goes
 * through {@link #apply}, which runs the command atomically on the one contact.
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

  /** Forgets an ended contact (and its call), once it has been recorded. */
  void remove(Contact contact);

  /** Every live contact (for recovery and the supervisor). */
  List<Contact> all();
}
