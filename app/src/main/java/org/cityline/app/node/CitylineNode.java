package org.cityline.app.node;

import com.hazelcast.core.HazelcastInstance;
import com.zaxxer.hikari.HikariDataSource;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.cityline.app.config.CitylineConfig;
import org.cityline.app.health.HealthCheck;
import org.cityline.app.web.ApiServer;
import org.cityline.app.web.Await;
import org.cityline.app.web.HealthRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running Cityline node. {@link #close()} stops it in the reverse order it started. */
public final class CitylineNode implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CitylineNode.class);

  private final CitylineConfig config;
  private final Shutdown shutdown;
  private final ApiServer api;

  private CitylineNode(CitylineConfig config, Shutdown shutdown, ApiServer api) {
    this.config = config;
    this.shutdown = shutdown;
    this.api = api;
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
    Clock clock = Clock.systemUTC();
    LOG.info("starting Cityline node {}", config.nodeName());

    HazelcastClusterManager clusterManager =
        new HazelcastClusterManager(ClusterMember.config(config));
    Vertx vertx = startVertx(config, clusterManager, shutdown);
    HazelcastInstance hazelcast = clusterManager.getHazelcastInstance();

    HikariDataSource dataSource =
        shutdown.onClose("database", Database.open(config), HikariDataSource::close);

    List<HealthCheck> checks =
        List.of(
            HealthChecks.cluster(hazelcast),
            HealthChecks.eventBus(vertx),
            HealthChecks.database(dataSource));
    ApiServer api =
        shutdown.onClose(
            "api server",
            ApiServer.start(
                vertx,
                config.web().apiPort(),
                new HealthRoute(config.nodeName(), clock, checks),
                router -> {}),
            ApiServer::close);
    return new CitylineNode(config, shutdown, api);
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
            Duration.ofSeconds(30),
            "the clustered Vert.x event bus to start");
    return shutdown.onClose(
        "vertx and the hazelcast member",
        vertx,
        () -> Await.result(vertx.close(), Duration.ofSeconds(10), "Vert.x to stop"));
  }

  /** The port the Vert.x API server listens on (loopback). */
  public int apiPort() {
    return api.port();
  }

  /** What to print once the node is up: where it serves and how to sign in. */
  public String banner() {
    String base = config.web().baseUrl();
    return String.join(
        "\n",
        "",
        "Cityline is running (node " + config.nodeName() + ").",
        "  Health:         " + base + "/health");
  }

  @Override
  public void close() {
    LOG.info("stopping Cityline node {}", config.nodeName());
    shutdown.close();
  }
}
