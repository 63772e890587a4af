package org.cityline.routing.hazelcast;

import java.util.Optional;
import java.util.stream.Collectors;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactState;
import org.cityline.routing.Disposition;
import org.cityline.routing.QueueId;
import org.cityline.routing.TrailStep;

/** Maps the domain's {@link Contact} to the stored record and back, losing nothing. */
final class StoredContacts {

  private StoredContacts() {}

  static StoredContact toStored(Contact contact) {
    ContactRequest request = contact.request();
    Optional<Disposition> disposition = contact.disposition();
    return new StoredContact(
        request.id().value(),
        request.call().toString(),
        request.caller().map(PhoneNumber::e164).orElse(null),
        request.language().name(),
        request.account().map(AccountNumber::value).orElse(null),
        request.verified(),
        request.trail().stream()
            .map(step -> new StoredTrailStep(step.step(), step.summary(), Epoch.nanos(step.at())))
            .toList(),
        request.reason(),
        request.queue().value(),
        request.priority(),
        Epoch.nanos(request.arrivedAt()),
        contact.queue().value(),
        Epoch.nanos(contact.enqueuedAt()),
        contact.visit(),
        contact.state().name(),
        contact.agent().map(AgentId::value).orElse(null),
        Epoch.nanos(contact.offerExpiresAt()),
        Epoch.nanos(contact.answeredAt()),
        contact.declinedBy().stream().map(AgentId::value).sorted().toList(),
        contact.failedConnects(),
        contact.outcome().map(Enum::name).orElse(null),
        Epoch.nanos(contact.endedAt()),
        disposition.map(Disposition::code).orElse(null),
        disposition.map(Disposition::note).orElse(null),
        disposition.map(d -> Epoch.nanos(d.at())).orElse(null));
  }

  static Contact toDomain(StoredContact stored) {
    ContactRequest request =
        new ContactRequest(
            new ContactId(stored.id()),
            CallId.parse(stored.call()),
            Optional.ofNullable(stored.caller()).map(PhoneNumber::new),
            Language.valueOf(stored.language()),
            Optional.ofNullable(stored.account()).map(AccountNumber::new),
            stored.verified(),
            stored.trail().stream()
                .map(step -> new TrailStep(step.step(), step.summary(), Epoch.instant(step.at())))
                .toList(),
            stored.reason(),
            new QueueId(stored.requestedQueue()),
            stored.priority(),
            Epoch.instant(stored.arrivedAt()));
    Optional<Disposition> disposition =
        stored.dispositionCode() == null
            ? Optional.empty()
            : Optional.of(
                new Disposition(
                    stored.dispositionCode(),
                    stored.dispositionNote(),
                    Epoch.instant(stored.dispositionAt().longValue())));
    return new Contact(
        request,
        new QueueId(stored.queue()),
        Epoch.instant(stored.enqueuedAt()),
        stored.visit(),
        ContactState.valueOf(stored.state()),
        Optional.ofNullable(stored.agent()).map(AgentId::new),
        Epoch.instant(stored.offerExpiresAt()),
        Epoch.instant(stored.answeredAt()),
        stored.declinedBy().stream().map(AgentId::new).collect(Collectors.toSet()),
        stored.failedConnects(),
        Optional.ofNullable(stored.outcome()).map(ContactOutcome::valueOf),
        Epoch.instant(stored.endedAt()),
        disposition);
  }
}
