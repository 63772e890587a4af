package org.cityline.routing.hazelcast;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallId;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live contacts in the {@link RoutingMaps#CONTACTS} map, indexed by call in {@link
 * RoutingMaps#CALLS}. Every change is an entry processor on the member that owns the contact.
 */
public final class HazelcastContactStore implements ContactStore, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HazelcastContactStore.class);

  private final IMap<String, StoredContact> contacts;
  private final IMap<String, StoredCall> calls;
  private final OpIds ops = new OpIds();
  private final List<UUID> listeners = new ArrayList<>();

  public HazelcastContactStore(HazelcastInstance hazelcast) {
    this.contacts = hazelcast.getMap(RoutingMaps.CONTACTS);
    this.calls = hazelcast.getMap(RoutingMaps.CALLS);
  }

  @Override
  public boolean add(Contact contact) {
    String op = ops.next();
    StoredCall claim = new StoredCall(contact.id().value(), op);
    String call = contact.call().toString();
    StoredCall claimed = calls.putIfAbsent(call, claim);
    if (claimed != null && !claimed.equals(claim)) {
      return false;
    }
    StoredContact present =
        contacts.putIfAbsent(contact.id().value(), StoredContacts.toStored(contact, op));
    if (present != null && !op.equals(present.lastOp())) {
      calls.remove(call, claim);
      return false;
    }
    return true; // added now, or by this very call before Hazelcast retried it
  }

  @Override
  public Optional<Contact> find(ContactId id) {
    return Optional.ofNullable(contacts.get(id.value())).map(StoredContacts::toDomain);
  }

  @Override
  public Optional<Contact> findByCall(CallId call) {
    return Optional.ofNullable(calls.get(call.toString()))
        .map(claim -> new ContactId(claim.contact()))
        .flatMap(this::find);
  }

  @Override
  public Change<Contact> apply(ContactId id, ContactCommand command) {
    return change(
        contacts.executeOnKey(
            id.value(), new ApplyContactCommand(ContactCommandWire.of(command), ops.next())));
  }

  @Override
  public Supplier<Change<Contact>> start(ContactId id, ContactCommand command) {
    CompletableFuture<ContactReply> reply =
        contacts
            .submitToKey(
                id.value(), new ApplyContactCommand(ContactCommandWire.of(command), ops.next()))
            .toCompletableFuture();
    return () -> change(Replies.await(reply)); // converted on the thread that waits
  }

  private static Change<Contact> change(ContactReply reply) {
    if (reply.refusal() != null) {
      return Change.refused(reply.refusal());
    }
    return Change.applied(
        StoredContacts.toDomain(reply.before()), StoredContacts.toDomain(reply.after()));
  }

  @Override
  public void mapCall(CallId call, ContactId contact) {
    calls.set(call.toString(), new StoredCall(contact.value(), ops.next()));
  }

  @Override
  public void unmapCall(CallId call, ContactId contact) {
    StoredCall claim = calls.get(call.toString());
    if (claim != null && claim.contact().equals(contact.value())) {
      calls.remove(call.toString(), claim);
    }
  }

  @Override
  public void remove(Contact contact) {
    String id = contact.id().value();
    contacts.delete(id);
    for (String call : List.of(contact.call().toString(), contact.request().call().toString())) {
      StoredCall claim = calls.get(call);
      if (claim != null && claim.contact().equals(id)) {
        calls.remove(call, claim);
      }
    }
  }

  @Override
  public List<Contact> all() {
    return contacts.values().stream().map(StoredContacts::toDomain).toList();
  }

  @Override
  public Map<CallId, ContactId> claimedCalls() {
    Map<CallId, ContactId> claimed = new HashMap<>();
    calls.forEach((call, claim) -> claimed.put(CallId.parse(call), new ContactId(claim.contact())));
    return claimed;
  }

  @Override
  public void watch(Consumer<Contact> changed, BiConsumer<ContactId, Long> removed) {
    listeners.add(contacts.addEntryListener(new Listener(changed, removed), true));
  }

  private record Listener(Consumer<Contact> changed, BiConsumer<ContactId, Long> removed)
      implements EntryAddedListener<String, StoredContact>,
          EntryUpdatedListener<String, StoredContact>,
          EntryRemovedListener<String, StoredContact> {

    @Override
    public void entryAdded(EntryEvent<String, StoredContact> event) {
      entryUpdated(event);
    }

    @Override
    public void entryUpdated(EntryEvent<String, StoredContact> event) {
      try {
        changed.accept(StoredContacts.toDomain(event.getValue()));
      } catch (RuntimeException e) {
        LOG.warn("Could not index contact {}: {}", event.getKey(), e.toString());
      }
    }

    @Override
    public void entryRemoved(EntryEvent<String, StoredContact> event) {
      StoredContact old = event.getOldValue();
      removed.accept(new ContactId(event.getKey()), old == null ? 0 : old.version());
    }
  }

  /** Stops telling this node's listeners. */
  @Override
  public void close() {
    listeners.forEach(contacts::removeEntryListener);
  }
}
