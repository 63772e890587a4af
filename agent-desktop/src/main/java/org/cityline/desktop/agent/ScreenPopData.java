package org.cityline.desktop.agent;

import java.util.List;
import java.util.Optional;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.CustomerInformation;
import org.cityline.routing.ContactSnapshot;

/**
 * What a screen pop shows for one contact: the contact as routing knows it, its account as the
 * customer information system knows it, and the account's recent contacts.
 *
 * @param contact the live contact
 * @param account the account, if the IVR identified one and it exists
 * @param recentContacts the account's latest contacts, newest first
 */
public record ScreenPopData(
    ContactSnapshot contact, Optional<AccountSummary> account, List<ContactRecord> recentContacts) {

  /** How many earlier contacts the pop lists. */
  static final int RECENT = 3;

  public ScreenPopData {
    recentContacts = List.copyOf(recentContacts);
  }

  /** Looks the contact's account and history up (may block on the database). */
  public static ScreenPopData load(
      ContactSnapshot contact, CustomerInformation customers, ContactHistory history) {
    Optional<AccountSummary> account = contact.account().flatMap(customers::findByNumber);
    List<ContactRecord> recent =
        contact.account().map(number -> history.recentForAccount(number, RECENT)).orElse(List.of());
    return new ScreenPopData(contact, account, recent);
  }

  /** The same account data with a newer snapshot of the contact. */
  public ScreenPopData with(ContactSnapshot newer) {
    return new ScreenPopData(newer, account, recentContacts);
  }
}
