package org.cityline.routing.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.List;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactStore;

/**
 * Live contacts in the {@link RoutingMaps#CONTACTS} map, indexed by call in {@link
 * RoutingMaps#CALLS}.
 */
public final class HazelcastContactStore implements ContactStore {

  private final IMap<String, StoredContact> contacts;
  private final IMap<String, String> calls;

  public HazelcastContactStore(HazelcastInstance hazelcast) {
    this.contacts = hazelcast.getMap(RoutingMaps.CONTACTS);
    this.calls = hazelcast.getMap(RoutingMaps.CALLS);
  }

  @Override
  public boolean add(Contact contact) {
    String id = contact.id().value();
    String call = contact.call().toString();
    if (calls.putIfAbsent(call, id) != null) {
      return false;
    }
    if (contacts.putIfAbsent(id, StoredContacts.toStored(contact)) != null) {
      calls.remove(call, id);
      return false;
    }
    return true;
  }

  @Override
  public Optional<Contact> find(ContactId id) {
    return Optional.ofNullable(contacts.get(id.value())).map(StoredContacts::toDomain);
  }

  @Override
  public Optional<Contact> findByCall(CallId call) {
    return Optional.ofNullable(calls.get(call.toString())).map(ContactId::new).flatMap(this::find);
  }

  @Override
  public Change<Contact> apply(ContactId id, ContactCommand command) {
    ContactReply reply =
        contacts.executeOnKey(id.value(), new ApplyContactCommand(ContactCommandWire.of(command)));
    if (reply.refusal() != null) {
      return Change.refused(reply.refusal());
    }
    return Change.applied(
        StoredContacts.toDomain(reply.before()), StoredContacts.toDomain(reply.after()));
  }

  @Override
  public void remove(Contact contact) {
    contacts.delete(contact.id().value());
    calls.remove(contact.call().toString(), contact.id().value());
  }

  @Override
  public List<Contact> all() {
    return contacts.values().stream().map(StoredContacts::toDomain).toList();
  }
}
