package org.cityline.routing.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactStore;

/**
 * Live contacts in memory; each command runs under the store's lock, as atomically as Hazelcast,
 * with the version counted up; watchers (other routers sharing the store) hear of every change.
 */
public final class InMemoryContactStore implements ContactStore {

  private final Map<ContactId, Contact> contacts = new HashMap<>();
  private final Map<CallId, ContactId> calls = new HashMap<>();
  private final List<Consumer<Contact>> changed = new CopyOnWriteArrayList<>();
  private final List<BiConsumer<ContactId, Long>> removed = new CopyOnWriteArrayList<>();

  @Override
  public boolean add(Contact contact) {
    synchronized (this) {
      if (contacts.containsKey(contact.id()) || calls.containsKey(contact.call())) {
        return false;
      }
      contacts.put(contact.id(), contact);
      calls.put(contact.call(), contact.id());
    }
    changed.forEach(listener -> listener.accept(contact));
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
  public Change<Contact> apply(ContactId id, ContactCommand command) {
    Change<Contact> change;
    synchronized (this) {
      Contact contact = contacts.get(id);
      if (contact == null) {
        return Change.refused("There is no live contact " + id + ".");
      }
      change = command.applyTo(contact);
      if (change instanceof Change.Applied<Contact> applied) {
        Contact after = applied.after().versioned(contact.version() + 1);
        contacts.put(id, after);
        change = Change.applied(contact, after);
      }
    }
    if (change instanceof Change.Applied<Contact> applied) {
      changed.forEach(listener -> listener.accept(applied.after()));
    }
    return change;
  }

  @Override
  public synchronized void mapCall(CallId call, ContactId contact) {
    calls.put(call, contact);
  }

  @Override
  public synchronized void unmapCall(CallId call, ContactId contact) {
    calls.remove(call, contact);
  }

  @Override
  public void remove(Contact contact) {
    Contact old;
    synchronized (this) {
      old = contacts.remove(contact.id());
      calls.values().removeIf(contact.id()::equals);
    }
    if (old != null) {
      removed.forEach(listener -> listener.accept(contact.id(), old.version()));
    }
  }

  @Override
  public synchronized List<Contact> all() {
    return new ArrayList<>(contacts.values());
  }

  @Override
  public synchronized Map<CallId, ContactId> claimedCalls() {
    return Map.copyOf(calls);
  }

  @Override
  public void watch(Consumer<Contact> onChange, BiConsumer<ContactId, Long> onRemove) {
    changed.add(onChange);
    removed.add(onRemove);
  }

  /** Changes a stored contact behind routing's back (to stage a lost node's leftovers). */
  public synchronized void put(Contact contact) {
    contacts.put(contact.id(), contact);
    calls.put(contact.call(), contact.id());
  }
}
