package org.cityline.ivr.hazelcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.ivr.SessionStore;
import org.cityline.ivr.flow.Session;
import org.junit.jupiter.api.Test;

/**
 * A session whose call vanished expires after its time to live and is reported exactly once in the
 * cluster (real Hazelcast expiry, so this test waits a few seconds).
 */
class SessionExpiryTest {

  private static final Duration SHORT = Duration.ofSeconds(2);

  @Test
  void anExpiredSessionIsReportedOnceByTheMemberThatOwnedIt() {
    try (HazelcastTestCluster cluster =
        HazelcastTestCluster.start(
            2,
            2,
            config -> {
              HazelcastSessionStore.configure(config, SHORT);
              config.setProperty("hazelcast.internal.map.expiration.task.period.seconds", "1");
            })) {
      List<Session> expired = new CopyOnWriteArrayList<>();
      HazelcastSessionStore first = new HazelcastSessionStore(cluster.member(0), SHORT, SHORT);
      HazelcastSessionStore second = new HazelcastSessionStore(cluster.member(1), SHORT, SHORT);
      first.onExpired(expired::add);
      second.onExpired(expired::add);
      Session session = Sessions.typical("CA-vanished");
      try (SessionStore.Lease lease = second.lock(session.call())) {
        lease.save(session);
      }

      await().atMost(Duration.ofSeconds(20)).until(() -> !expired.isEmpty());

      assertThat(expired).containsExactly(session);
      assertThat(cluster.member(0).getMap(HazelcastSessionStore.MAP_NAME).size()).isZero();
    }
  }
}
