package org.cityline.routing.wiring;

import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.Objects;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.common.call.CallControl;
import org.cityline.common.time.Scheduler;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueDefinition;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingService;
import org.cityline.routing.WrapUpPolicy;
import org.cityline.routing.config.QueueFile;
import org.cityline.routing.engine.QueueConfig;
import org.cityline.routing.engine.Router;
import org.cityline.routing.engine.RouterSetup;
import org.cityline.routing.engine.RoutingSettings;
import org.cityline.routing.hazelcast.HazelcastAgentStore;
import org.cityline.routing.hazelcast.HazelcastContactStore;
import org.cityline.routing.hazelcast.HazelcastLeadership;
import org.cityline.routing.hazelcast.HazelcastQueueConfigStore;
import org.cityline.routing.hazelcast.HazelcastStatisticsStore;
import org.cityline.routing.hazelcast.RoutingMaps;
import org.cityline.routing.vertx.EventBusRoutingEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routing on one node, as the launcher starts it: state in the Hazelcast member's maps ({@link
 * RoutingMaps}), events on the Vert.x event bus ({@link EventBusRoutingEvents#ADDRESS}), the oldest
 * member leading, the queue configuration shared by all nodes. Start one per node, all on the same
 * cluster.
 *
 * <pre>{@code
 * RoutingModule routing = RoutingModule.start(hazelcast, vertx, Clock.systemUTC(), scheduler,
 *     callControl, staffDirectory, contactHistory, intervalStore, QueueDirectory.defaults(),
 *     WrapUpPolicy.defaults(), RoutingSettings.defaults());
 * RoutingService service = routing.service();
 * ...
 * routing.close();
 * }</pre>
 */
public final class RoutingModule implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RoutingModule.class);

  private final Router router;
  private final AutoCloseable[] parts;

  private RoutingModule(Router router, AutoCloseable... parts) {
    this.router = router;
    this.parts = parts;
  }

  /** The foundation's form: no interval reports, default routing settings. */
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
    return start(
        hazelcast,
        vertx,
        clock,
        scheduler,
        calls,
        staff,
        history,
        IntervalStore.NONE,
        queues,
        wrapUp,
        RoutingSettings.defaults());
  }

  /**
   * Starts routing on this node and repairs anything a lost node left behind. Blocks briefly
   * (Hazelcast calls): call it from the launcher's thread, not an event loop.
   *
   * @param hazelcast this node's running member (the same one Vert.x clusters over)
   * @param vertx this node's Vert.x, clustered when there is more than one node
   * @param clock the time, in the city's time zone (it decides when a day starts)
   * @param scheduler runs timers, sweeps and retries off the caller's thread
   * @param calls the phone system (the composite of the telephony adapters)
   * @param staff where agents are found at sign-in
   * @param history where ended contacts and wrap-ups are recorded
   * @param intervals where fifteen-minute interval counts are written ({@code RoutingDatabase})
   * @param queues the queues this node starts with; if another node already runs, the cluster's
   *     queues are used instead (and a difference is logged)
   * @param wrapUp the disposition codes and note rules
   * @param settings callbacks, sweeps and statistics
   */
  public static RoutingModule start(
      HazelcastInstance hazelcast,
      Vertx vertx,
      Clock clock,
      Scheduler scheduler,
      CallControl calls,
      StaffDirectory staff,
      ContactHistory history,
      IntervalStore intervals,
      QueueDirectory queues,
      WrapUpPolicy wrapUp,
      RoutingSettings settings) {
    Objects.requireNonNull(hazelcast, "hazelcast");
    Objects.requireNonNull(vertx, "vertx");
    RoutingMaps.ensureConfigured(hazelcast);
    HazelcastContactStore contacts = new HazelcastContactStore(hazelcast);
    HazelcastAgentStore agents = new HazelcastAgentStore(hazelcast);
    HazelcastStatisticsStore statistics = new HazelcastStatisticsStore(hazelcast);
    HazelcastQueueConfigStore config = new HazelcastQueueConfigStore(hazelcast);
    HazelcastLeadership leadership = new HazelcastLeadership(hazelcast, scheduler);
    String mine = QueueFile.format(queues);
    String inUse = config.seed(mine);
    if (!inUse.equals(mine)) {
      LOG.warn(
          "The cluster already runs with other queues than this node's configuration; this node"
              + " uses the cluster's (change them with the admin API or a reload)");
    }
    QueueConfig queueConfig = new QueueConfig(parse(inUse));
    Router router =
        new Router(
            new RouterSetup(
                contacts,
                agents,
                statistics,
                config,
                new EventBusRoutingEvents(vertx),
                calls,
                staff,
                history,
                intervals,
                clock,
                scheduler,
                queueConfig,
                wrapUp,
                settings,
                leadership));
    config.onChange(
        text -> {
          try {
            queueConfig.replace(parse(text));
          } catch (IllegalArgumentException e) {
            LOG.error("Ignoring a queue configuration this node cannot read: {}", e.getMessage());
          }
        });
    router.start();
    return new RoutingModule(router, router, leadership, config, statistics, agents, contacts);
  }

  private static QueueDirectory parse(String text) {
    return QueueFile.parse(text, QueueDefinition.billing());
  }

  /** The routing core, for the IVR, the telephony adapters and the desktop. */
  public RoutingService service() {
    return router;
  }

  /** The router itself, for the admin API (queue changes) and benchmarks. */
  public Router router() {
    return router;
  }

  /**
   * Stops routing on this node: no more sweeps or reactions to cluster changes, and this node's
   * timers are cancelled. Shared state stays; the other nodes go on routing.
   */
  @Override
  public void close() {
    for (AutoCloseable part : parts) {
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("Stopping {} failed: {}", part.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
