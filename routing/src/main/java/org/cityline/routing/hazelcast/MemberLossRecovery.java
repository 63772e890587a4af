package org.cityline.routing.hazelcast;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.UUID;
import org.cityline.common.time.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs routing's recovery on this node whenever a cluster member leaves, so that the lost node's
 * ring timers are re-armed here and anything it left half done is repaired (its data survives in
 * the backups). Recovery runs through the scheduler, never on Hazelcast's event thread.
 */
public final class MemberLossRecovery implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MemberLossRecovery.class);

  private final HazelcastInstance hazelcast;
  private final UUID registration;

  public MemberLossRecovery(HazelcastInstance hazelcast, Scheduler scheduler, Runnable recovery) {
    this.hazelcast = hazelcast;
    this.registration =
        hazelcast
            .getCluster()
            .addMembershipListener(
                new MembershipListener() {
                  @Override
                  public void memberAdded(MembershipEvent event) {
                    // a new member takes over partitions; nothing to repair
                  }

                  @Override
                  public void memberRemoved(MembershipEvent event) {
                    LOG.warn(
                        "Cluster member {} left; re-checking routing state", event.getMember());
                    scheduler.schedule(Duration.ZERO, () -> run(recovery));
                  }
                });
  }

  private static void run(Runnable recovery) {
    try {
      recovery.run();
    } catch (RuntimeException e) {
      LOG.error("Routing recovery after a lost member failed", e);
    }
  }

  @Override
  public void close() {
    if (hazelcast.getLifecycleService().isRunning()) {
      hazelcast.getCluster().removeMembershipListener(registration);
    }
  }
}
