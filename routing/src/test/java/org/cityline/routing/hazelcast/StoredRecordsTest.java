package org.cityline.routing.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.map.IMap;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.cityline.common.ContactId;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.routing.Agent;
import org.cityline.routing.AgentCommand;
import org.cityline.routing.AgentId;
import org.cityline.routing.Change;
import org.cityline.routing.Contact;
import org.cityline.routing.ContactCommand;
import org.cityline.routing.Disposition;
import org.cityline.routing.Waiting;
import org.cityline.routing.WaitingList;
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
    Contact contact = Contact.queued(Requests.billing("c1", AT), AT.plusNanos(7));
    AgentId ann = new AgentId("ann");
    contact = applied(new ContactCommand.Offer(ann, 1, AT, AT.plusSeconds(20)).applyTo(contact));
    contact =
        applied(
            new ContactCommand.ReturnToQueue(ann, ContactCommand.ReturnToQueue.Why.REJECTED, AT)
                .applyTo(contact));
    AgentId bea = new AgentId("bea");
    contact = applied(new ContactCommand.Offer(bea, 2, AT, AT.plusSeconds(20)).applyTo(contact));
    contact = applied(new ContactCommand.Accept(bea, AT.plusSeconds(3)).applyTo(contact));
    contact = applied(new ContactCommand.CallEnded(EndReason.CALLER_HUNG_UP, AT).applyTo(contact));
    Contact ended =
        applied(
            new ContactCommand.FinishWrapUp(
                    bea, new Disposition("other", "Ünïcode note ✓", AT.plusSeconds(99)))
                .applyTo(contact));
    IMap<String, StoredContact> map = cluster.member(0).getMap("contacts-under-test");

    map.put("c1", StoredContacts.toStored(ended));
    map.put("c2", StoredContacts.toStored(Contact.queued(Requests.billing("c2", AT), AT)));

    assertThat(StoredContacts.toDomain(map.get("c1"))).isEqualTo(ended);
    assertThat(ended.declinedBy()).isEqualTo(Set.of(ann));
    assertThat(map.getEntryView("c2").getCost()).isLessThan(2_048);
  }

  @Test
  void anAgentAndAWaitingListComeBackTheSame() {
    FakeStaffDirectory staff = new FakeStaffDirectory();
    Agent agent = Agent.signedIn(staff.addRepresentative("ann"), AT);
    agent = applied(new AgentCommand.MakeAvailable(AT.plusNanos(1)).applyTo(agent));
    agent =
        applied(
            new AgentCommand.Reserve(new ContactId("c1"), AT, AT.plusSeconds(20)).applyTo(agent));
    IMap<String, StoredAgent> agents = cluster.member(0).getMap("agents-under-test");
    WaitingList list =
        WaitingList.empty()
            .join(new Waiting(new ContactId("c2"), 3, 5, AT, Set.of(new AgentId("bea"))))
            .join(new Waiting(new ContactId("c3"), 1, 0, AT.plusNanos(1), Set.of()));
    IMap<String, StoredQueue> queues = cluster.member(0).getMap("queues-under-test");

    agents.put("ann", StoredAgents.toStored(agent));
    queues.put("billing", StoredQueues.toStored(list));

    assertThat(StoredAgents.toDomain(agents.get("ann"))).isEqualTo(agent);
    assertThat(agent.lines().get(0).offerExpiresAt()).isEqualTo(Optional.of(AT.plusSeconds(20)));
    assertThat(StoredQueues.toDomain(queues.get("billing"))).isEqualTo(list);
  }
}
