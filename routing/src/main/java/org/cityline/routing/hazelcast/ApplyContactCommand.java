package org.cityline.routing.hazelcast;

import com.hazelcast.map.EntryProcessor;
import java.util.Map;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;

/**
 * Runs a contact command on the member that owns the contact, under Hazelcast's per-key exclusion:
 * read, apply the domain's pure rule, write with the version counted up. The backup runs the same
 * processor on the same value, so both copies agree (the command carries its own time; nothing
 * reads a clock). If Hazelcast retries the processor after its member was lost, the entry's {@code
 * lastOp} shows it was applied and the contact is answered as it is.
 */
record ApplyContactCommand(ContactCommandWire command, String op)
    implements EntryProcessor<String, StoredContact, ContactReply> {

  @Override
  public ContactReply process(Map.Entry<String, StoredContact> entry) {
    StoredContact stored = entry.getValue();
    if (stored == null) {
      return new ContactReply(null, null, "There is no live contact " + entry.getKey() + ".");
    }
    if (op.equals(stored.lastOp())) {
      return new ContactReply(stored, stored, null);
    }
    Contact before = StoredContacts.toDomain(stored);
    Change<Contact> change = command.command().applyTo(before);
    return switch (change) {
      case Change.Applied<Contact> applied -> {
        StoredContact after =
            StoredContacts.toStored(applied.after().versioned(before.version() + 1), op);
        entry.setValue(after);
        yield new ContactReply(stored, after, null);
      }
      case Change.Refused<Contact> refused -> new ContactReply(stored, null, refused.reason());
    };
  }
}
