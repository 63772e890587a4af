package org.cityline.ivr.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.core.EntryView;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.ivr.SessionStore;
import org.cityline.ivr.flow.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store on two real Hazelcast members. */
class HazelcastSessionStoreTest {

  private static final Duration TTL = Duration.ofMinutes(30);
  private static HazelcastTestCluster cluster;
  private static HazelcastSessionStore first;
  private static HazelcastSessionStore second;

  @BeforeAll
  static void startCluster() {
    cluster =
        HazelcastTestCluster.start(2, 2, config -> HazelcastSessionStore.configure(config, TTL));
    first = new HazelcastSessionStore(cluster.member(0), TTL);
    second = new HazelcastSessionStore(cluster.member(1), TTL);
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
  void aSessionWrittenOnOneMemberIsReadOnTheOther() {
    Session session = Sessions.typical("CA-read");
    try (SessionStore.Lease lease = first.lock(session.call())) {
      lease.save(session);
    }

    try (SessionStore.Lease lease = second.lock(session.call())) {
      assertThat(lease.session()).contains(session);
    }
  }

  @Test
  void eachEntryLivesItsTimeToLiveAndHasOneBackup() {
    Session session = Sessions.typical("CA-ttl");
    try (SessionStore.Lease lease = first.lock(session.call())) {
      lease.save(session);
    }

    EntryView<String, byte[]> view = map(1).getEntryView(session.call().toString());
    assertThat(view.getTtl()).isEqualTo(TTL.toMillis());
    assertThat(
            cluster
                .member(0)
                .getConfig()
                .getMapConfig(HazelcastSessionStore.MAP_NAME)
                .getBackupCount())
        .isEqualTo(1);
    long backups =
        map(0).getLocalMapStats().getBackupEntryCount()
            + map(1).getLocalMapStats().getBackupEntryCount();
    assertThat(backups).isGreaterThanOrEqualTo(1);
  }

  @Test
  void removeLeavesNoEntryOnAnyMember() {
    Session session = Sessions.typical("CA-remove");
    try (SessionStore.Lease lease = first.lock(session.call())) {
      lease.save(session);
    }

    try (SessionStore.Lease lease = second.lock(session.call())) {
      lease.remove();
    }

    String key = session.call().toString();
    assertThat(map(0).containsKey(key)).isFalse();
    assertThat(map(1).containsKey(key)).isFalse();
    assertThat(map(0).isLocked(key)).isFalse();
  }

  @Test
  void eventsForOneCallFromBothMembersNeverLoseAnUpdate() throws Exception {
    CallId call = new CallId("twilio", "CA-busy");
    try (SessionStore.Lease lease = first.lock(call)) {
      lease.save(Sessions.typical("CA-busy").withValues(Map.of("count", "0")));
    }
    int perMember = 25;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (HazelcastSessionStore store : List.of(first, second)) {
        for (int i = 0; i < perMember; i++) {
          work.add(
              threads.submit(
                  () -> {
                    start.await();
                    try (SessionStore.Lease lease = store.lock(call)) {
                      Session read = lease.session().orElseThrow();
                      int count = Integer.parseInt(read.value("count").orElseThrow());
                      Thread.yield();
                      lease.save(read.withValues(Map.of("count", Integer.toString(count + 1))));
                    }
                    return null;
                  }));
        }
      }
      start.countDown();
      for (Future<?> done : work) {
        done.get();
      }
    }

    try (SessionStore.Lease lease = second.lock(call)) {
      assertThat(lease.session().flatMap(s -> s.value("count"))).contains("50");
    }
  }

  @Test
  void aStoredSessionCostsLessThanFourKilobytesInTheMapEvenAtItsLargest() {
    long typical = costPerSession("typical", Sessions::typical);
    long largest = costPerSession("largest", Sessions::largest);

    System.out.printf(
        "Hazelcast cost per IVR session (owner copy; the backup costs the same): typical %d"
            + " bytes, largest %d bytes%n",
        typical, largest);
    assertThat(typical).isLessThan(1_500);
    assertThat(largest).isLessThan(4_096);
  }

  private static long costPerSession(
      String kind, java.util.function.Function<String, Session> make) {
    map(0).clear();
    int sessions = 200;
    for (int i = 0; i < sessions; i++) {
      Session session = make.apply("CA-" + kind + "-" + i);
      try (SessionStore.Lease lease = first.lock(session.call())) {
        lease.save(session);
      }
    }
    long owned = 0;
    long entries = 0;
    for (int member = 0; member < 2; member++) {
      owned += map(member).getLocalMapStats().getOwnedEntryMemoryCost();
      entries += map(member).getLocalMapStats().getOwnedEntryCount();
    }
    assertThat(entries).isEqualTo(sessions);
    map(0).clear();
    return owned / entries;
  }

  @Test
  void refusesATimeToLiveTooShortForACall() {
    assertThatThrownBy(() -> new HazelcastSessionStore(cluster.member(0), Duration.ofSeconds(5)))
        .hasMessageContaining("at least one minute");
  }

  private static IMap<String, byte[]> map(int member) {
    return cluster.member(member).getMap(HazelcastSessionStore.MAP_NAME);
  }
}
