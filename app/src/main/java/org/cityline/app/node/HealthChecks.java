package org.cityline.app.node;

import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.cityline.app.health.ComponentHealth;
import org.cityline.app.health.HealthCheck;
import org.cityline.app.web.Await;
import org.cityline.ivr.hazelcast.HazelcastSessionStore;
import org.cityline.routing.QueueSnapshot;
import org.cityline.routing.RoutingService;
import org.cityline.telephony.asterisk.AsteriskNetwork;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.twilio.TwilioNetwork;

/** The node's components checking themselves. */
final class HealthChecks {

  private static final String PING = "cityline.health.ping";

  private HealthChecks() {}

  static HealthCheck of(String name, java.util.function.Supplier<ComponentHealth> check) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ComponentHealth check() {
        return check.get();
      }
    };
  }

  static HealthCheck cluster(HazelcastInstance hazelcast) {
    return of(
        "cluster",
        () -> {
          if (!hazelcast.getLifecycleService().isRunning()) {
            return ComponentHealth.down("the Hazelcast member is not running");
          }
          return ComponentHealth.up(
              Map.of(
                  "members", hazelcast.getCluster().getMembers().size(),
                  "state", hazelcast.getCluster().getClusterState().toString(),
                  "address", hazelcast.getCluster().getLocalMember().getAddress().toString()));
        });
  }

  /** A request-reply round trip through this node's own event bus consumer. */
  static HealthCheck eventBus(Vertx vertx) {
    vertx.eventBus().consumer(PING, message -> message.reply("pong"));
    return of(
        "eventBus",
        () -> {
          try {
            long start = System.nanoTime();
            Await.result(
                vertx.eventBus().request(PING, "ping"), Duration.ofSeconds(2), "event bus ping");
            long micros = (System.nanoTime() - start) / 1_000;
            return ComponentHealth.up(
                Map.of("clustered", vertx.isClustered(), "roundTripMicros", micros));
          } catch (IllegalStateException e) {
            return ComponentHealth.down(e.getMessage());
          }
        });
  }

  static HealthCheck database(DataSource dataSource) {
    return of(
        "database",
        () -> {
          try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
              return ComponentHealth.down("the database did not answer within 2 s");
            }
            var meta = connection.getMetaData();
            return ComponentHealth.up(
                Map.of(
                    "product", meta.getDatabaseProductName(),
                    "version", meta.getDatabaseProductVersion()));
          } catch (java.sql.SQLException e) {
            return ComponentHealth.down("cannot reach the database: " + e.getMessage());
          }
        });
  }

  /** Routing answers and says how many contacts wait and agents are signed in. */
  static HealthCheck routing(RoutingService routing) {
    return of(
        "routing",
        () -> {
          int waiting = routing.queues().stream().mapToInt(QueueSnapshot::waiting).sum();
          return ComponentHealth.up(
              Map.of(
                  "queues", routing.queues().size(),
                  "waiting", waiting,
                  "agentsSignedIn", routing.agents().size()));
        });
  }

  /** The IVR's sessions live in the cluster; their count shows calls in self-service. */
  static HealthCheck ivr(HazelcastInstance hazelcast) {
    return of(
        "ivr",
        () ->
            ComponentHealth.up(
                Map.of("sessions", hazelcast.getMap(HazelcastSessionStore.MAP_NAME).size())));
  }

  /** The phone system this node carries calls on. */
  static HealthCheck telephony(SimulatedNetwork simulator) {
    return of(
        "telephony",
        () ->
            ComponentHealth.up(Map.of("adapter", "simulator", "liveCalls", simulator.liveCalls())));
  }

  /**
   * The Asterisk PBX: up when the FastAGI server listens and AMI is logged in; the detail names the
   * AMI state (connecting, reconnecting, login_refused) when it is not.
   */
  static HealthCheck asterisk(AsteriskNetwork pbx) {
    return of(
        "telephony",
        () -> {
          AsteriskNetwork.Health health = pbx.health();
          if (!health.agiListening()) {
            return ComponentHealth.down("the FastAGI server is not listening");
          }
          if (!health.up()) {
            return ComponentHealth.down(
                "AMI is " + health.ami().name().toLowerCase(java.util.Locale.ROOT));
          }
          return ComponentHealth.up(
              Map.of(
                  "adapter", "asterisk",
                  "ami", "connected",
                  "agi", "listening",
                  "liveCalls", health.liveCalls()));
        });
  }

  /**
   * Twilio: up once attached; Twilio's side shows only when it calls (see its console's debugger).
   */
  static HealthCheck twilio(TwilioNetwork twilio) {
    return of(
        "telephony",
        () -> {
          TwilioNetwork.Health health = twilio.health();
          if (!health.attached()) {
            return ComponentHealth.down("the Twilio adapter is not attached to the core");
          }
          return ComponentHealth.up(
              Map.of(
                  "adapter", "twilio",
                  "webhooks", health.publicBaseUrl(),
                  "callsKnown", health.callsKnown()));
        });
  }
}
