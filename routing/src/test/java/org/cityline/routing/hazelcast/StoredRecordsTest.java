package org.cityline.routing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.map.IMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.AgentLine;
import org.cityline.routing.AgentStateTransitions.By;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.ContactNote;
import org.cityline.routing.Disposition;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueId;
import org.cityline.routing.testing.FakeStaffDirectory;
import org.cityline.routing.testing.Requests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stored records go through Hazelcast's zero-configuration Compact serialization and come back as
 * the same domain values, to the nanosecond; a waiting contact costs well under 2 KB.
 */
class StoredRecordsTest {

  private static final Instant AT = Instant.parse("2026-03-02T16:00:00.123456789Z");
  private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");
  private static HazelcastTestCluster cluster;

  @BeforeAll
  static void start() {
    cluster = HazelcastTestCluster.start(1);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  private static <T> T applied(Change<T> change) {
    return ((Change.Applied<T>) change).after();
  }

  @Test
  void aContactWithEveryFieldSetComesBackTheSame() {
    Contact contact =
        Contact.queued(Requests.billing("c1", AT), QueueDefinition.billing(), AT.plusNanos(7));
    AgentId ann = new AgentId("ann");
    AgentId bea = new AgentId("bea");
    contact =
        applied(
            new ContactCommand.RequestCallback(PhoneNumber.of("+15055550177"), AT)
                .applyTo(contact));
    contact = applied(new ContactCommand.Offer(ann, 1, AT, AT.plusSeconds(20)).applyTo(contact));
    contact =
        applied(
            new ContactCommand.ReturnToQueue(ann, ContactCommand.ReturnToQueue.Why.REJECTED, AT)
                .applyTo(contact));
    contact = applied(new ContactCommand.Offer(bea, 2, AT, AT.plusSeconds(20)).applyTo(contact));
    contact = applied(new ContactCommand.Accept(bea, AT.plusSeconds(3)).applyTo(contact));
    CallId outbound = new CallId("sim", "out-1");
    contact = applied(new ContactCommand.CallbackDialed(bea, outbound, AT).applyTo(contact));
    contact =
        applied(new ContactCommand.CallbackAnswered(outbound, AT.plusSeconds(9)).applyTo(contact));
    contact =
        applied(
            new ContactCommand.TransferToQueue(
                    bea,
                    new QueueId("credit"),
                    0,
                    Optional.of(new ContactNote(bea, "Wants a plan", AT)),
                    AT)
                .applyTo(contact));
    contact =
        applied(
            new ContactCommand.Offer(ann, contact.visit(), AT, AT.plusSeconds(20))
                .applyTo(contact));
    contact = applied(new ContactCommand.Accept(ann, AT.plusSeconds(3)).applyTo(contact));
    Contact consulting =
        applied(
            new ContactCommand.StartConsult(ann, bea, "Over to you", AT, AT.plusSeconds(20))
                .applyTo(contact));
    contact = applied(new ContactCommand.EndConsult(Optional.of(ann), AT).applyTo(consulting));
    contact =
        applied(
            new ContactCommand.CallEnded(outbound, EndReason.CALLER_HUNG_UP, AT).applyTo(contact));
    Contact ended =
        applied(
            new ContactCommand.FinishWrapUp(
                    ann, new Disposition("other", "Ünïcode note ✓", AT.plusSeconds(99)))
                .applyTo(contact));
    IMap<String, StoredContact> map = cluster.member(0).getMap("contacts-under-test");

    map.put("c1", StoredContacts.toStored(ended, "op-1"));
    map.put("c2", StoredContacts.toStored(consulting, "op-2"));
    Contact conference =
        applied(
            new ContactCommand.JoinConference(ann, AT.plusSeconds(2))
                .applyTo(applied(new ContactCommand.AcceptConsult(bea, AT).applyTo(consulting))));
    map.put("c4", StoredContacts.toStored(conference, "op-4"));
    map.put(
        "c3",
        StoredContacts.toStored(
            Contact.queued(Requests.billing("c3", AT), QueueDefinition.billing(), AT), "op-3"));

    assertThat(StoredContacts.toDomain(map.get("c1"))).isEqualTo(ended);
    assertThat(StoredContacts.toDomain(map.get("c2"))).isEqualTo(consulting);
    assertThat(StoredContacts.toDomain(map.get("c4"))).isEqualTo(conference);
    assertThat(StoredContacts.toDomain(map.get("c4")).inConference()).isTrue();
    assertThat(map.getEntryView("c3").getCost()).isLessThan(2_048);
  }

  @Test
  void anAgentWithLinesAndATallyComesBackTheSame() {
    FakeStaffDirectory staff = new FakeStaffDirectory();
    Agent agent = Agent.signedIn(staff.add("ann", Map.of("billing", 3), 2), AT, DAY);
    agent = applied(new AgentCommand.MakeAvailable(By.AGENT, AT.plusNanos(1)).applyTo(agent));
    agent =
        applied(
            new AgentCommand.Reserve(
                    new ContactId("c1"), AgentLine.Kind.OFFER, AT, AT.plusSeconds(20))
                .applyTo(agent));
    agent = applied(new AgentCommand.Accept(new ContactId("c1"), AT.plusSeconds(2)).applyTo(agent));
    agent = applied(new AgentCommand.Hold(new ContactId("c1"), AT.plusSeconds(3)).applyTo(agent));
    agent =
        applied(
            new AgentCommand.Reserve(
                    new ContactId("c2"), AgentLine.Kind.CONSULT, AT, AT.plusSeconds(20))
                .applyTo(agent));
    IMap<String, StoredAgent> agents = cluster.member(0).getMap("agents-under-test");

    agents.put("ann", StoredAgents.toStored(agent, "op-9"));

    assertThat(StoredAgents.toDomain(agents.get("ann"))).isEqualTo(agent);
    assertThat(agent.lines()).hasSize(2);
    assertThat(agent.tally().millisInState()).isNotEmpty();
  }

  @Test
  void aCommandRetriedAfterALostMemberIsAppliedOnce() {
    IMap<String, StoredContact> map = cluster.member(0).getMap("retried-under-test");
    Contact queued = Contact.queued(Requests.billing("c1", AT), QueueDefinition.billing(), AT);
    map.put("c1", StoredContacts.toStored(queued, "add"));
    ApplyContactCommand offer =
        new ApplyContactCommand(
            ContactCommandWire.of(
                new ContactCommand.Offer(new AgentId("ann"), 1, AT, AT.plusSeconds(20))),
            "op-42");

    ContactReply first = map.executeOnKey("c1", offer);
    ContactReply again = map.executeOnKey("c1", offer);

    assertThat(first.refusal()).isNull();
    assertThat(again.refusal()).as("a repeat is answered, not refused").isNull();
    assertThat(again.after()).isEqualTo(first.after());
    assertThat(map.get("c1").version()).isEqualTo(queued.version() + 1);
  }

  @Test
  void anIntervalCountsEachAdditionOnce() {
    IMap<String, StoredCounts> map = cluster.member(0).getMap("counts-under-test");
    CountsDelta answer = new CountsDelta(0, 1, 1, 0, 0, 0, 0, 12_000, 0, 0);

    map.executeOnKey("billing@0", new AddCounts("billing", 0, answer, "a"));
    map.executeOnKey("billing@0", new AddCounts("billing", 0, answer, "a"));
    map.executeOnKey("billing@0", new AddCounts("billing", 0, answer, "b"));

    assertThat(map.get("billing@0").answered()).isEqualTo(2);
    assertThat(map.get("billing@0").waitMillis()).isEqualTo(24_000);
  }
}
