package org.cityline.ivr.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.map.IMap;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.common.testing.ManualClock;
import org.cityline.ivr.Ivr;
import org.cityline.ivr.testing.DemoAccounts;
import org.cityline.ivr.testing.FakeContactHistory;
import org.cityline.ivr.testing.FakeCustomerInformation;
import org.cityline.ivr.testing.FakeRoutingService;
import org.cityline.ivr.testing.TestCall;
import org.cityline.ivr.testing.TestPorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own {@link Ivr} over its own Hazelcast member, sharing the ports: a
 * call's events alternate between the nodes as webhooks would.
 */
class IvrOnTwoMembersTest {

  private static HazelcastTestCluster cluster;
  private final ManualClock clock = new ManualClock();
  private final FakeCustomerInformation customers = DemoAccounts.all();
  private final FakeRoutingService routing = new FakeRoutingService();
  private final FakeContactHistory history = new FakeContactHistory();
  private final Ivr nodeA = node(0);
  private final Ivr nodeB = node(1);

  @BeforeAll
  static void startCluster() {
    cluster =
        HazelcastTestCluster.start(
            2,
            2,
            config ->
                HazelcastSessionStore.configure(
                    config, HazelcastSessionStore.DEFAULT_TIME_TO_LIVE));
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
  void aSessionStartedOnOneNodeIsAdvancedFromTheOther() {
    Alternating call = new Alternating("CA-alt-1", "+15055550101");

    call.on(nodeA).arrive();
    call.on(nodeB).silence();
    assertThat(call.heard()).startsWith("I found your account ending in seven eight nine zero.");
    call.on(nodeA).press("1");
    assertThat(call.heard()).startsWith("Your balance is one hundred twenty-three dollars");
    call.on(nodeB).press("0");

    assertThat(call.heard())
        .isEqualTo(
            "Please hold for the next available representative. To be called back instead,"
                + " without losing your place in line, press 1.");
    assertThat(routing.only().verified()).isTrue();
    assertThat(routing.only().trail()).hasSize(4);
    assertThat(sessions(0).size()).as("the waiting caller's session, on one member").isOne();
    call.on(nodeA).hangUp();
    assertThat(sessions(0).isEmpty()).isTrue();
  }

  @Test
  void aHangUpMidIvrLeavesNoEntryInHazelcast() {
    Alternating call = new Alternating("CA-alt-2", null);
    call.on(nodeA).arrive();
    call.on(nodeB).silence();
    call.on(nodeA).press("1234567890");
    String key = call.id().toString();
    assertThat(sessions(1).containsKey(key)).isTrue();

    call.on(nodeB).hangUp();

    assertThat(sessions(0).containsKey(key)).isFalse();
    assertThat(sessions(1).containsKey(key)).isFalse();
    assertThat(sessions(0).size()).isZero();
    assertThat(sessions(0).isLocked(key)).isFalse();
    long backups = 0;
    for (int member = 0; member < 2; member++) {
      backups += sessions(member).getLocalMapStats().getBackupEntryCount();
    }
    assertThat(backups).as("no backup copy left either").isZero();
    assertThat(history.only().outcome()).isEqualTo("abandoned");
  }

  private Ivr node(int member) {
    return TestPorts.ivr(
        new HazelcastSessionStore(
            cluster.member(member), HazelcastSessionStore.DEFAULT_TIME_TO_LIVE),
        customers,
        routing,
        history,
        clock);
  }

  private static IMap<String, byte[]> sessions(int member) {
    return cluster.member(member).getMap(HazelcastSessionStore.MAP_NAME);
  }

  /** One call whose events go to whichever node a test picks. */
  private final class Alternating {
    private final String localId;
    private final String from;
    private final java.util.Map<Ivr, TestCall> views = new java.util.HashMap<>();
    private TestCall current;

    Alternating(String localId, String from) {
      this.localId = localId;
      this.from = from;
    }

    TestCall on(Ivr node) {
      current = views.computeIfAbsent(node, n -> TestCall.from(n, clock, localId, from));
      return current;
    }

    String heard() {
      return current.heard();
    }

    org.cityline.common.call.CallId id() {
      return current.id();
    }
  }
}
