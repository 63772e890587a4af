package org.cityline.app.node;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import com.zaxxer.hikari.HikariDataSource;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cityline.accounts.jdbc.AccountsStore;
import org.cityline.app.config.CitylineConfig;
import org.cityline.app.config.RoutingConfig;
import org.cityline.app.web.ApiProxy;
import org.cityline.app.web.ApiServer;
import org.cityline.app.web.Await;
import org.cityline.app.web.HealthRoute;
import org.cityline.common.call.CallControl;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.desktop.AgentDeskServices;
import org.cityline.desktop.server.DesktopServer;
import org.cityline.desktop.server.Mount;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueDirectory;
import org.cityline.routing.WrapUpPolicy;
import org.cityline.routing.engine.RoutingSettings;
import org.cityline.routing.hazelcast.RoutingMaps;
import org.cityline.routing.jdbc.RoutingDatabase;
import org.cityline.routing.vertx.QueueAdminApi;
import org.cityline.routing.wiring.RoutingModule;
import org.cityline.telephony.CallControlRouter;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.asterisk.AsteriskNetwork;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.simulator.http.SimulatorApi;
import org.cityline.telephony.simulator.vertx.ClusteredSimulator;
import org.cityline.telephony.twilio.TwilioNetwork;
import org.cityline.telephony.twilio.TwilioWebhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Cityline node, composed from every module. Components start in dependency order
 * (cluster, database, routing, telephony and IVR, web) and {@link #close()} stops them in reverse.
 */
public final class CitylineNode implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CitylineNode.class);

  private final CitylineConfig config;
  private final Shutdown shutdown;
  private final ApiServer api;
  private final DesktopServer desktop;

  private CitylineNode(
      CitylineConfig config, Shutdown shutdown, ApiServer api, DesktopServer desktop) {
    this.config = config;
    this.shutdown = shutdown;
    this.api = api;
    this.desktop = desktop;
  }

  /**
   * Starts every component. If one fails, those already started are stopped before the exception
   * propagates, so no port or thread is left behind.
   */
  public static CitylineNode start(CitylineConfig config) {
    Shutdown shutdown = new Shutdown();
    try {
      return startComponents(config, shutdown);
    } catch (RuntimeException | Error e) {
      shutdown.close();
      throw e;
    }
  }

  private static CitylineNode startComponents(CitylineConfig config, Shutdown shutdown) {
    Clock clock = Clock.system(config.timeZone());
    LOG.info("starting Cityline node {}", config.nodeName());

    HazelcastClusterManager clusterManager = new HazelcastClusterManager(hazelcastConfig(config));
    Vertx vertx = startVertx(config, clusterManager, shutdown);
    HazelcastInstance hazelcast = clusterManager.getHazelcastInstance();

    HikariDataSource dataSource =
        shutdown.onClose("database", Database.open(config), HikariDataSource::close);
    AccountsStore accounts = Accounts.open(dataSource, config, clock);

    ExecutorScheduler timers =
        shutdown.onClose(
            "timers", new ExecutorScheduler("cityline-timers"), ExecutorScheduler::close);
    SimulatedNetwork simulator =
        shutdown.onClose("simulator", new SimulatedNetwork(clock, timers), SimulatedNetwork::close);
    // Calls placed on another node's simulator are controlled there, over the event bus.
    ClusteredSimulator clusteredSimulator =
        shutdown.onClose(
            "simulator control",
            ClusteredSimulator.serve(vertx, simulator),
            ClusteredSimulator::close);
    Optional<AsteriskNetwork> asterisk =
        config.telephony().asterisk().map(settings -> Pbx.create(settings, clock, shutdown));
    Optional<TwilioNetwork> twilio =
        config
            .telephony()
            .twilio()
            .map(
                settings ->
                    shutdown.onClose(
                        "twilio",
                        TwilioNetwork.create(settings, hazelcast, clock, timers),
                        TwilioNetwork::close));
    // Callbacks go out through the first adapter: the PBX or Twilio when there is one.
    List<CallControl> adapters = new ArrayList<>();
    asterisk.ifPresent(adapters::add);
    twilio.ifPresent(adapters::add);
    adapters.add(clusteredSimulator);
    CallControlRouter telephony = new CallControlRouter(adapters);

    QueueDirectory queues = config.routing().queues();
    HoursCheck.mismatches(config.ivr().hours(), queues, config.timeZone())
        .forEach(mismatch -> LOG.warn("Hours out of step: {}", mismatch));
    RoutingModule routing =
        shutdown.onClose(
            "routing",
            RoutingModule.start(
                hazelcast,
                vertx,
                clock,
                timers,
                telephony,
                accounts.staff(),
                accounts.contacts(),
                intervals(dataSource),
                queues,
                WrapUpPolicy.defaults(),
                RoutingSettings.defaults()),
            RoutingModule::close);

    SelfService.Parts selfService =
        SelfService.start(
            config,
            hazelcast,
            vertx,
            dataSource,
            accounts,
            routing.service(),
            queues,
            clock,
            timers,
            twilio.map(TwilioNetwork::messaging),
            telephony::capturesPayments,
            shutdown);
    CallDirector director = new CallDirector(selfService.ivr(), routing.service());
    simulator.attach(director);
    asterisk.ifPresent(pbx -> Pbx.start(pbx, director));
    twilio.ifPresent(network -> network.attach(director));
    Optional<TwilioWebhooks> webhooks =
        twilio.map(
            network ->
                shutdown.onClose(
                    "twilio webhooks", new TwilioWebhooks(network), TwilioWebhooks::close));

    ApiServer api =
        shutdown.onClose(
            "api server",
            ApiServer.start(
                vertx,
                config.web().apiPort(),
                new HealthRoute(
                    config.nodeName(),
                    clock,
                    List.of(
                        HealthChecks.cluster(hazelcast),
                        HealthChecks.eventBus(vertx),
                        HealthChecks.database(dataSource),
                        HealthChecks.routing(routing.service()),
                        HealthChecks.ivr(hazelcast),
                        asterisk
                            .map(HealthChecks::asterisk)
                            .or(() -> twilio.map(HealthChecks::twilio))
                            .orElseGet(() -> HealthChecks.telephony(simulator)))),
                router -> {
                  // Twilio's webhooks, at the public URL's /twilio (twilio.public-base-url).
                  webhooks.ifPresent(
                      hooks -> router.route("/twilio/*").subRouter(hooks.router(vertx)));
                  new SimulatorApi(simulator, config.telephony().utilityNumber()).mount(router);
                  new QueueAdminApi(
                          routing.router().queueAdmin(),
                          config.routing().adminToken(),
                          config.routing().queueFile(),
                          RoutingConfig.template(config.ringTimeout()))
                      .mount(router);
                }),
            ApiServer::close);

    AgentDeskServices agentDesk =
        Desktop.agentDesk(
            dataSource,
            accounts,
            selfService.store(),
            SelfService.fieldNotifier(vertx),
            clock,
            config.desk().approvalThreshold(),
            hazelcast);
    DesktopServer desktop =
        Desktop.start(
            config,
            accounts,
            agentDesk,
            routing.service(),
            clock,
            timers,
            api.port(),
            shutdown,
            Desktop.console(
                config.web().signIn(),
                clock,
                hazelcast,
                org.cityline.accounts.jdbc.AccountsDatabase.staffAdministration(dataSource),
                selfService.announcements(),
                RoutingDatabase.intervals(dataSource)));
    return new CitylineNode(config, shutdown, api, desktop);
  }

  /** Routing's fifteen-minute reports, in its own tables of the node's database. */
  private static IntervalStore intervals(DataSource dataSource) {
    RoutingDatabase.migrate(dataSource); // logs what it applied
    return RoutingDatabase.intervals(dataSource);
  }

  private static Config hazelcastConfig(CitylineConfig config) {
    Config hazelcast = ClusterMember.config(config);
    RoutingMaps.configure(hazelcast);
    SelfService.configure(hazelcast, config);
    return hazelcast;
  }

  /**
   * Starts the clustered Vert.x; its cluster manager starts this node's Hazelcast member (and stops
   * it when Vert.x closes), so the event bus and the shared maps are one cluster.
   */
  private static Vertx startVertx(
      CitylineConfig config, HazelcastClusterManager clusterManager, Shutdown shutdown) {
    VertxOptions options = new VertxOptions();
    options.getEventBusOptions().setHost(config.cluster().host()).setPort(0);
    Vertx vertx =
        Await.result(
            Vertx.builder().with(options).withClusterManager(clusterManager).buildClustered(),
            Duration.ofSeconds(60),
            "the clustered Vert.x event bus and the Hazelcast member to start");
    return shutdown.onClose(
        "vertx and the hazelcast member",
        vertx,
        () -> Await.result(vertx.close(), Duration.ofSeconds(20), "Vert.x to stop"));
  }

  /** The port the Vert.x API server listens on (loopback). */
  public int apiPort() {
    return api.port();
  }

  /** The port the desktop (and the proxied API) is served on. */
  public int webPort() {
    return desktop.port();
  }

  /** What to print once the node is up: where it serves and how to sign in. */
  public String banner() {
    return Banner.text(config, webPort());
  }

  @Override
  public void close() {
    LOG.info("stopping Cityline node {}", config.nodeName());
    shutdown.close();
  }

  /** Mounts every path Vert.x serves on the desktop's Jetty, through the loopback proxy. */
  static List<Mount> apiMounts(int apiPort) {
    return ApiProxy.PREFIXES.stream()
        .map(prefix -> new Mount(prefix, ApiProxy.to(apiPort)))
        .toList();
  }
}
