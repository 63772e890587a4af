package org.cityline.routing.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactStore;

/**
 * Live contacts in memory; each command runs under the store's lock, as atomically as Hazelcast.
 */
public final class InMemoryContactStore implements ContactStore {

  private final Map<ContactId, Contact> contacts = new HashMap<>();
  private final Map<CallId, ContactId> calls = new HashMap<>();

  @Override
  public synchronized boolean add(Contact contact) {
    if (contacts.containsKey(contact.id()) || calls.containsKey(contact.call())) {
      return false;
    }
    contacts.put(contact.id(), contact);
    calls.put(contact.call(), contact.id());
    return true;
  }

  @Override
  public synchronized Optional<Contact> find(ContactId id) {
    return Optional.ofNullable(contacts.get(id));
  }

  @Override
  public synchronized Optional<Contact> findByCall(CallId call) {
    return Optional.ofNullable(calls.get(call)).map(contacts::get);
  }

  @Override
  public synchronized Change<Contact> apply(ContactId id, ContactCommand command) {
    Contact contact = contacts.get(id);
    if (contact == null) {
      return Change.refused("There is no live contact " + id + ".");
    }
    Change<Contact> change = command.applyTo(contact);
    if (change instanceof Change.Applied<Contact> applied) {
      contacts.put(id, applied.after());
    }
    return change;
  }

  @Override
  public synchronized void remove(Contact contact) {
    contacts.remove(contact.id());
    calls.remove(contact.call(), contact.id());
  }

  @Override
  public synchronized List<Contact> all() {
    return new ArrayList<>(contacts.values());
  }
}
