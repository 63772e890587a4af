package org.cityline.routing.hazelcast;

import java.util.HashMap;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.Callback;
import org.cityline.routing.Consult;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactNote;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.ContactState;
import org.cityline.routing.Disposition;
import org.cityline.routing.QueueId;
import org.cityline.routing.TrailStep;

/** Maps the domain's {@link Contact} to the stored record and back, losing nothing. */
final class StoredContacts {

  private StoredContacts() {}

  static StoredContact toStored(Contact contact, String lastOp) {
    ContactRequest request = contact.request();
    Optional<Disposition> disposition = contact.disposition();
    Optional<Consult> consult = contact.consult();
    Optional<Callback> callback = contact.callback();
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
        new HashMap<>(request.skills()),
        contact.call().toString(),
        contact.queue().value(),
        contact.priority(),
        Epoch.nanos(contact.waitingSince()),
        Epoch.nanos(contact.queuedAt()),
        contact.visit(),
        contact.state().name(),
        contact.previousState().name(),
        contact.agent().map(AgentId::value).orElse(null),
        Epoch.nanos(contact.offerExpiresAt()),
        Epoch.nanos(contact.answeredAt()),
        Epoch.nanos(contact.connectedAt()),
        contact.declinedBy().stream().map(AgentId::value).sorted().toList(),
        contact.failedConnects(),
        contact.notes().stream()
            .map(n -> new StoredNote(n.author().value(), n.text(), Epoch.nanos(n.at())))
            .toList(),
        contact.transfers(),
        consult.map(c -> c.agent().value()).orElse(null),
        consult.map(Consult::note).orElse(null),
        consult.map(c -> Epoch.nanos(c.expiresAt())).orElse(null),
        consult.map(Consult::accepted).orElse(false),
        callback.map(c -> c.number().e164()).orElse(null),
        callback.map(Callback::attempts).orElse(0),
        callback.flatMap(Callback::retryAt).map(Epoch::nanos).orElse(null),
        callback.map(Callback::dialing).orElse(false),
        contact.outcome().map(Enum::name).orElse(null),
        Epoch.nanos(contact.endedAt()),
        disposition.map(Disposition::code).orElse(null),
        disposition.map(Disposition::note).orElse(null),
        disposition.map(d -> Epoch.nanos(d.at())).orElse(null),
        contact.endReason().orElse(null),
        contact.answerCounted(),
        contact.version(),
        lastOp);
  }

  static Contact toDomain(StoredContact stored) {
    ContactRequest request =
        new ContactRequest(
            new ContactId(stored.id()),
            CallId.parse(stored.requestCall()),
            Optional.ofNullable(stored.caller()).map(PhoneNumber::new),
            Language.valueOf(stored.language()),
            Optional.ofNullable(stored.account()).map(AccountNumber::new),
            stored.verified(),
            stored.trail().stream()
                .map(step -> new TrailStep(step.step(), step.summary(), Epoch.instant(step.at())))
                .toList(),
            stored.reason(),
            new QueueId(stored.requestedQueue()),
            stored.requestedPriority(),
            Epoch.instant(stored.arrivedAt()),
            stored.skills());
    return new Contact(
        request,
        CallId.parse(stored.call()),
        new QueueId(stored.queue()),
        stored.priority(),
        Epoch.instant(stored.waitingSince()),
        Epoch.instant(stored.queuedAt()),
        stored.visit(),
        ContactState.valueOf(stored.state()),
        ContactState.valueOf(stored.previousState()),
        Optional.ofNullable(stored.agent()).map(AgentId::new),
        Epoch.instant(stored.offerExpiresAt()),
        Epoch.instant(stored.answeredAt()),
        Epoch.instant(stored.connectedAt()),
        stored.declinedBy().stream().map(AgentId::new).collect(Collectors.toSet()),
        stored.failedConnects(),
        stored.notes().stream()
            .map(n -> new ContactNote(new AgentId(n.author()), n.text(), Epoch.instant(n.at())))
            .toList(),
        stored.transfers(),
        stored.consultAgent() == null
            ? Optional.empty()
            : Optional.of(
                new Consult(
                    new AgentId(stored.consultAgent()),
                    stored.consultNote(),
                    Epoch.instant(stored.consultExpiresAt().longValue()),
                    stored.consultAccepted())),
        stored.callbackNumber() == null
            ? Optional.empty()
            : Optional.of(
                new Callback(
                    new PhoneNumber(stored.callbackNumber()),
                    stored.callbackAttempts(),
                    Epoch.instant(stored.callbackRetryAt()),
                    stored.callbackDialing())),
        Optional.ofNullable(stored.outcome()).map(ContactOutcome::valueOf),
        Epoch.instant(stored.endedAt()),
        stored.dispositionCode() == null
            ? Optional.empty()
            : Optional.of(
                new Disposition(
                    stored.dispositionCode(),
                    stored.dispositionNote(),
                    Epoch.instant(stored.dispositionAt().longValue()))),
        Optional.ofNullable(stored.endReason()),
        stored.answerCounted(),
        stored.version());
  }
}
