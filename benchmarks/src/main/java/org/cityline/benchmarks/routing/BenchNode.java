package org.cityline.benchmarks.routing;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.ContactHistory;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.WrapUp;
import org.cityline.accounts.staff.StaffDirectory;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallId;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueConfigStore;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.RoutingEvent;
import org.cityline.routing.RoutingEvents;
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

/**
 * One Cityline routing node for the load run: a Hazelcast member on loopback with routing's maps, a
 * local Vert.x whose event bus carries the routing events, and a router with the node's real
 * stores, leadership and schedulers. The staff directory, the contact history and the phone system
 * are in memory (they are not routing's to measure); the event port notes when each offer was
 * published, for the enqueue-to-offer latency.
 */
final class BenchNode implements AutoCloseable {

  final HazelcastInstance member;
  final Router router;
  final HazelcastContactStore contacts;
  final HazelcastAgentStore agents;
  private final Vertx vertx;
  private final ExecutorScheduler scheduler;

  private BenchNode(
      HazelcastInstance member,
      Vertx vertx,
      ExecutorScheduler scheduler,
      Router router,
      HazelcastContactStore contacts,
      HazelcastAgentStore agents) {
    this.member = member;
    this.vertx = vertx;
    this.scheduler = scheduler;
    this.router = router;
    this.contacts = contacts;
    this.agents = agents;
  }

  /** A member config for a loopback cluster of members on these ports. */
  static Config memberConfig(String cluster, int port, List<Integer> ports) {
    Config config = new Config();
    config.setClusterName(cluster);
    config.setInstanceName(cluster + "-" + port);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    ports.forEach(other -> join.getTcpIpConfig().addMember("127.0.0.1:" + other));
    return RoutingMaps.configure(config);
  }

  static BenchNode start(
      Config config,
      StaffDirectory staff,
      Map<String, Long> offeredAtNanos,
      QueueDirectory queues) {
    HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
    Vertx vertx = Vertx.vertx();
    ExecutorScheduler scheduler = new ExecutorScheduler("routing-" + config.getInstanceName());
    HazelcastContactStore contacts = new HazelcastContactStore(member);
    HazelcastAgentStore agents = new HazelcastAgentStore(member);
    QueueConfigStore configStore = new HazelcastQueueConfigStore(member);
    configStore.seed(QueueFile.format(queues));
    RoutingEvents bus = new EventBusRoutingEvents(vertx);
    RoutingEvents events =
        new RoutingEvents() {
          @Override
          public void publish(RoutingEvent event) {
            if (event instanceof RoutingEvent.OfferMade offer) {
              offeredAtNanos.putIfAbsent(offer.contact().id().value(), System.nanoTime());
            }
            bus.publish(event);
          }

          @Override
          public RoutingService.Subscription subscribe(Consumer<RoutingEvent> listener) {
            return bus.subscribe(listener);
          }
        };
    Router router =
        new Router(
            new RouterSetup(
                contacts,
                agents,
                new HazelcastStatisticsStore(member),
                configStore,
                events,
                new SilentPhones(),
                staff,
                new CountingHistory(),
                IntervalStore.NONE,
                Clock.systemUTC(),
                scheduler,
                new QueueConfig(queues),
                WrapUpPolicy.defaults(),
                settings(),
                new HazelcastLeadership(member, scheduler)));
    router.start();
    return new BenchNode(member, vertx, scheduler, router, contacts, agents);
  }

  @Override
  public void close() {
    router.close();
    scheduler.close();
    vertx.close();
    member.getLifecycleService().terminate();
  }

  /** Staff in memory. */
  static final class Staff implements StaffDirectory {
    private final Map<String, StaffMember> members = new ConcurrentHashMap<>();

    Staff(List<StaffMember> staff) {
      staff.forEach(member -> members.put(member.username(), member));
    }

    @Override
    public Optional<StaffMember> find(String username) {
      return Optional.ofNullable(members.get(username));
    }

    @Override
    public List<StaffMember> all() {
      return List.copyOf(members.values());
    }
  }

  /** A phone system that does what it is told at once. */
  static final class SilentPhones implements CallControl {
    @Override
    public String network() {
      return "sim";
    }

    @Override
    public void connectAgent(CallId caller, String agentEndpoint) {}

    @Override
    public void hold(CallId caller) {}

    @Override
    public void resume(CallId caller) {}

    @Override
    public void hangup(CallId caller) {}

    @Override
    public CallId originate(PhoneNumber to, PhoneNumber callerId, Language language) {
      return new CallId("sim", "out-" + System.nanoTime());
    }
  }

  /** A contact history that only counts. */
  static final class CountingHistory implements ContactHistory {
    final java.util.concurrent.atomic.AtomicLong ended =
        new java.util.concurrent.atomic.AtomicLong();

    @Override
    public boolean recordEnded(ContactRecord contact) {
      ended.incrementAndGet();
      return true;
    }

    @Override
    public void recordWrapUp(WrapUp wrapUp) {}

    @Override
    public List<ContactRecord> recentForAccount(AccountNumber account, int limit) {
      return List.of();
    }
  }

  /**
   * The defaults, or with {@code -Dbench.sweep=<seconds>} and {@code -Dbench.resync=<seconds>} to
   * see what the leader's periodic sweep and every node's resync cost the latency.
   */
  static RoutingSettings settings() {
    RoutingSettings defaults = RoutingSettings.defaults();
    return new RoutingSettings(
        defaults.callbackCallerId(),
        defaults.callbackAttempts(),
        defaults.callbackRetryAfter(),
        java.time.Duration.ofSeconds(
            Long.getLong("bench.sweep", defaults.sweepInterval().toSeconds())),
        java.time.Duration.ofSeconds(
            Long.getLong("bench.resync", defaults.resyncInterval().toSeconds())),
        defaults.statisticsWindow());
  }
}
