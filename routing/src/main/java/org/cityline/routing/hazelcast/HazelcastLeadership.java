package org.cityline.routing.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cityline.common.time.Scheduler;
import org.cityline.routing.engine.Leadership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The oldest member of the cluster leads (Hazelcast's own master: every member agrees on the order
 * of members). When a member joins or leaves, the listeners run (through the scheduler, never on
 * Hazelcast's event thread): the router re-checks whether it leads and repairs what a lost member
 * left behind.
 */
public final class HazelcastLeadership implements Leadership, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HazelcastLeadership.class);

  private final HazelcastInstance hazelcast;
  private final Scheduler scheduler;
  private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final UUID registration;

  public HazelcastLeadership(HazelcastInstance hazelcast, Scheduler scheduler) {
    this.hazelcast = hazelcast;
    this.scheduler = scheduler;
    this.registration =
        hazelcast
            .getCluster()
            .addMembershipListener(
                new MembershipListener() {
                  @Override
                  public void memberAdded(MembershipEvent event) {
                    changed("joined", event);
                  }

                  @Override
                  public void memberRemoved(MembershipEvent event) {
                    changed("left", event);
                  }
                });
  }

  private void changed(String what, MembershipEvent event) {
    LOG.info(
        "Cluster member {} {}; routing re-checks who leads{}",
        event.getMember(),
        what,
        what.equals("left") ? " and repairs what it left" : "");
    scheduler.schedule(Duration.ZERO, () -> listeners.forEach(HazelcastLeadership::run));
  }

  private static void run(Runnable listener) {
    try {
      listener.run();
    } catch (RuntimeException e) {
      LOG.error("Routing's reaction to a cluster change failed", e);
    }
  }

  @Override
  public boolean leads() {
    if (!hazelcast.getLifecycleService().isRunning()) {
      return false;
    }
    Iterator<Member> members = hazelcast.getCluster().getMembers().iterator();
    return members.hasNext() && members.next().localMember();
  }

  @Override
  public void onChange(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public void close() {
    if (hazelcast.getLifecycleService().isRunning()) {
      hazelcast.getCluster().removeMembershipListener(registration);
    }
  }
}
