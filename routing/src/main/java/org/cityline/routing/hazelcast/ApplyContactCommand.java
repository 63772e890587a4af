package org.cityline.routing.hazelcast;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;

/**
 * Runs a contact command on the member that owns the contact, under Hazelcast's per-key exclusion:
 * read, apply the domain's pure rule, write. The backup runs the same processor on the same value,
 * so both copies agree (the command carries its own time; nothing reads a clock).
 */
record ApplyContactCommand(ContactCommandWire command)
    implements EntryProcessor<String, StoredContact, ContactReply> {

  @Override
  public ContactReply process(Map.Entry<String, StoredContact> entry) {
    StoredContact stored = entry.getValue();
    if (stored == null) {
      return new ContactReply(null, null, "There is no live contact " + entry.getKey() + ".");
    }
    Change<Contact> change = command.command().applyTo(StoredContacts.toDomain(stored));
    return switch (change) {
      case Change.Applied<Contact> applied -> {
        StoredContact after = StoredContacts.toStored(applied.after());
        entry.setValue(after);
        yield new ContactReply(stored, after, null);
      }
      case Change.Refused<Contact> refused -> new ContactReply(stored, null, refused.reason());
    };
  }
}
