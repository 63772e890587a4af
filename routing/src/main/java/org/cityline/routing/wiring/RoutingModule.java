package org.cityline.routing.wiring;

import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.Objects;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.common.call.CallControl;
import org.cityline.common.time.Scheduler;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingService;
import org.cityline.routing.WrapUpPolicy;
import org.cityline.routing.engine.Router;
import org.cityline.routing.engine.RouterSetup;
import org.cityline.routing.hazelcast.HazelcastAgentStore;
import org.cityline.routing.hazelcast.HazelcastContactStore;
import org.cityline.routing.hazelcast.HazelcastQueueStore;
import org.cityline.routing.hazelcast.MemberLossRecovery;
import org.cityline.routing.hazelcast.RoutingMaps;
import org.cityline.routing.vertx.EventBusRoutingEvents;

/**
 * Routing on one node, as the launcher starts it: state in the Hazelcast member's maps ({@link
 * RoutingMaps}), events on the Vert.x event bus ({@link EventBusRoutingEvents#ADDRESS}), recovery
 * whenever a member leaves. Start one per node, all on the same cluster.
 *
 * <pre>{@code
 * RoutingModule routing = RoutingModule.start(hazelcast, vertx, Clock.systemUTC(), scheduler,
 *     callControl, staffDirectory, contactHistory, QueueDirectory.defaults(),
 *     WrapUpPolicy.defaults());
 * RoutingService service = routing.service();
 * ...
 * routing.close();
 * }</pre>
 */
public final class RoutingModule implements AutoCloseable {

  private final Router router;
  private final MemberLossRecovery recovery;

  private RoutingModule(Router router, MemberLossRecovery recovery) {
    this.router = router;
    this.recovery = recovery;
  }

  /**
   * Starts routing on this node and repairs anything a lost node left behind. Blocks briefly
   * (Hazelcast calls): call it from the launcher's thread, not an event loop.
   *
   * @param hazelcast this node's running member (the same one Vert.x clusters over)
   * @param vertx this node's Vert.x, clustered when there is more than one node
   * @param clock the time
   * @param scheduler runs ring timeouts and retries off the caller's thread
   * @param calls the phone system (the composite of the telephony adapters)
   * @param staff where agents are found at sign-in
   * @param history where ended contacts and wrap-ups are recorded
   * @param queues the configured queues
   * @param wrapUp the disposition codes and note rules
   */
  public static RoutingModule start(
      HazelcastInstance hazelcast,
      Vertx vertx,
      Clock clock,
      Scheduler scheduler,
      CallControl calls,
      StaffDirectory staff,
      ContactHistory history,
      QueueDirectory queues,
      WrapUpPolicy wrapUp) {
    Objects.requireNonNull(hazelcast, "hazelcast");
    Objects.requireNonNull(vertx, "vertx");
    RoutingMaps.ensureConfigured(hazelcast);
    Router router =
        new Router(
            new RouterSetup(
                new HazelcastContactStore(hazelcast),
                new HazelcastAgentStore(hazelcast),
                new HazelcastQueueStore(hazelcast),
                new EventBusRoutingEvents(vertx),
                calls,
                staff,
                history,
                clock,
                scheduler,
                queues,
                wrapUp));
    MemberLossRecovery recovery = new MemberLossRecovery(hazelcast, scheduler, router::recover);
    router.recover();
    return new RoutingModule(router, recovery);
  }

  /** The routing core, for the IVR, the telephony adapters and the desktop. */
  public RoutingService service() {
    return router;
  }

  /**
   * Stops routing on this node: no more recovery on member loss, and this node's ring timers are
   * cancelled. Shared state stays; the other nodes go on routing.
   */
  @Override
  public void close() {
    recovery.close();
    router.close();
  }
}
