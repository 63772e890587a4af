package org.cityline.telephony.twilio;

import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.common.time.Scheduler;
import org.cityline.telephony.twilio.fake.FakeTwilio;

/**
 * The Twilio adapter in front of the fake Twilio: a real Hazelcast member (shared by the tests of
 * this JVM, a fresh map per rig), a real Vert.x server with the webhooks mounted under {@code
 * /twilio}, the SDK pointed at the fake's loopback REST API. Twilio signs for {@link #PUBLIC_BASE}
 * (a reverse proxy's address) and the fake posts to the loopback server.
 */
final class TwilioRig implements AutoCloseable {

  static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  static final String TOKEN = "f00dfeedf00dfeedf00dfeedf00dfeed";
  static final String PUBLIC_BASE = "https://cityline.example.org/twilio";
  static final String UTILITY = "+15055550100";

  private static HazelcastTestCluster cluster;

  final TwilioNetwork network;
  final TwilioWebhooks webhooks;
  final FakeTwilio twilio;
  final Vertx vertx;
  final HttpServer server;
  final String mapName;

  TwilioRig(CallEventHandler core, Clock clock, Scheduler scheduler) {
    this(core, clock, scheduler, settings(), Duration.ofSeconds(2));
  }

  TwilioRig(
      CallEventHandler core,
      Clock clock,
      Scheduler scheduler,
      TwilioSettings settings,
      Duration restTimeout) {
    this(
        core,
        clock,
        scheduler,
        settings,
        restTimeout,
        hazelcast(),
        "twilio-test-" + UUID.randomUUID());
  }

  /** A node on the given Hazelcast member and map (several rigs make a cluster of nodes). */
  TwilioRig(
      CallEventHandler core,
      Clock clock,
      Scheduler scheduler,
      TwilioSettings settings,
      Duration restTimeout,
      HazelcastInstance member,
      String mapName) {
    this.mapName = mapName;
    this.vertx = Vertx.vertx();
    try {
      Router root = Router.router(vertx);
      this.server = vertx.createHttpServer().requestHandler(root).listen(0).await();
      this.twilio =
          new FakeTwilio(
              ACCOUNT,
              TOKEN,
              PUBLIC_BASE,
              "http://127.0.0.1:" + server.actualPort() + "/twilio",
              clock);
      this.network =
          new TwilioNetwork(
              settings, hazelcast(), mapName, clock, scheduler, twilio.apiBase(), restTimeout);
      network.attach(core);
      this.webhooks = new TwilioWebhooks(network);
      root.route("/twilio/*").subRouter(webhooks.router(vertx));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static TwilioSettings settings() {
    return TwilioSettings.of(ACCOUNT, TOKEN, URI.create(PUBLIC_BASE), PhoneNumber.of(UTILITY));
  }

  static synchronized HazelcastInstance hazelcast() {
    return member(0);
  }

  /** A member of the shared two-member test cluster. */
  static synchronized HazelcastInstance member(int index) {
    if (cluster == null) {
      cluster = HazelcastTestCluster.start(2);
    }
    return cluster.member(index);
  }

  /** Where this node's webhooks really are. */
  String localBase() {
    return "http://127.0.0.1:" + server.actualPort() + "/twilio";
  }

  /** Waits until the adapter and the fake have nothing left to do. */
  void settle() {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int quiet = 0;
    try {
      while (quiet < 3) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the Twilio adapter did not settle in 10 s");
        }
        boolean idle =
            twilio.idle() && webhooks.inFlight() == 0 && network.awaitIdle(Duration.ZERO);
        quiet = idle ? quiet + 1 : 0;
        Thread.sleep(idle ? 2 : 5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    network.close();
    webhooks.close();
    twilio.close();
    vertx.close().await();
  }
}
