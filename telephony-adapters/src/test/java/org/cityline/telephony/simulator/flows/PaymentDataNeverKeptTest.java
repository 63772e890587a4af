package org.cityline.telephony.simulator.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.accounts.testing.DatabaseText;
import org.cityline.common.testing.HazelcastTestCluster;
import org.cityline.ivr.flow.Session;
import org.cityline.ivr.guard.GuardPolicy;
import org.cityline.ivr.hazelcast.HazelcastAnnouncementStore;
import org.cityline.ivr.hazelcast.HazelcastIdentificationGuard;
import org.cityline.ivr.hazelcast.HazelcastSessionStore;
import org.cityline.ivr.hazelcast.SessionCodec;
import org.cityline.telephony.simulator.http.SimulatorApi;
import org.cityline.telephony.testing.LogCapture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PCI test: payments by card and bank account (approved, declined, mistyped, a lost gateway
 * answer and its recovery) on the simulator, with the IVR's sessions, guard and announcements on a
 * real two-member Hazelcast cluster; then every log line (at TRACE), every database row, every
 * Hazelcast entry (sessions decoded too), the simulator's JSON of each call and the toString of
 * what the network kept are searched for the card and bank numbers used: none is found anywhere.
 */
class PaymentDataNeverKeptTest {

  /** Every card and bank number keyed in this test. */
  static final List<String> NUMBERS =
      List.of(
          SandboxNumbers.VISA,
          SandboxNumbers.CARD_DECLINED,
          SandboxNumbers.CARD_ANSWER_LOST,
          SandboxNumbers.AMERICAN_EXPRESS,
          "4111111111111112",
          SandboxNumbers.ROUTING,
          SandboxNumbers.BANK_ACCOUNT);

  static HazelcastTestCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster =
        HazelcastTestCluster.start(
            2,
            2,
            config -> {
              HazelcastSessionStore.configure(config, HazelcastSessionStore.DEFAULT_TIME_TO_LIVE);
              HazelcastIdentificationGuard.configure(config);
              HazelcastAnnouncementStore.configure(config);
            });
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
  void noCardOrBankNumberIsLoggedStoredSharedOrShown() throws Exception {
    HazelcastInstance member = cluster.member(0);
    List<Caller> calls = new ArrayList<>();
    String logs;
    try (LogCapture capture = new LogCapture();
        IvrLine line =
            new IvrLine(
                IvrLine.Options.defaults()
                    .withStores(
                        new HazelcastSessionStore(
                            member, HazelcastSessionStore.DEFAULT_TIME_TO_LIVE),
                        new HazelcastIdentificationGuard(member, GuardPolicy.defaults()),
                        new HazelcastAnnouncementStore(member, java.time.Clock.systemUTC())))) {
      calls.add(payByCard(line, "+15055550101", SandboxNumbers.VISA, "123#"));
      calls.add(declinedThenBank(line));
      calls.add(mistypedThenAmex(line));
      calls.add(answerLost(line));
      line.clock.advance(Duration.ofMinutes(5));
      assertThat(line.services.payments().recoverPending(Duration.ofMinutes(2))).isOne();

      String database = DatabaseText.of(line.city.dataSource());
      String hazelcast = hazelcastText(cluster.runningMembers());
      String json = simulatorJson(line, calls);
      String network = line.network.recentCalls(100).toString();
      logs = capture.text();

      assertThat(database).contains("payment-posted").contains("1111");
      assertThat(logs)
          .as("the capture saw the calls and the lost answer")
          .contains("arrived; contact")
          .contains("the payment gateway's answer for attempt");
      for (String number : NUMBERS) {
        assertThat(logs).as("logs").doesNotContain(number);
        assertThat(database).as("database rows").doesNotContain(number);
        assertThat(hazelcast).as("Hazelcast entries").doesNotContain(number);
        assertThat(json).as("the simulator's JSON").doesNotContain(number);
        assertThat(network).as("the simulator's calls").doesNotContain(number);
      }
    }
  }

  private static Caller payByCard(IvrLine line, String from, String card, String code) {
    Caller caller = line.call(from).silence(IvrLine.WELCOME).press("2").press("2").press("1000#");
    caller.press("1").press(card + "#").press("1228").press(code).press("87101").press("1");
    assertThat(caller.heard()).contains("approved");
    return caller.press("2");
  }

  private static Caller declinedThenBank(IvrLine line) {
    Caller caller = line.call("+15055550102").silence(IvrLine.WELCOME).press("2").press("2");
    caller.press("1500#").press("1").press(SandboxNumbers.CARD_DECLINED + "#").press("1228");
    caller.press("123#").press("87101").press("1");
    assertThat(caller.heard()).startsWith("Sorry, your payment was declined.");
    caller.press("2").press(SandboxNumbers.ROUTING).press(SandboxNumbers.BANK_ACCOUNT + "#");
    caller.press("1");
    assertThat(caller.heard()).contains("approved");
    return caller;
  }

  private static Caller mistypedThenAmex(IvrLine line) {
    Caller caller = line.call("+15055550103").silence(IvrLine.WELCOME).press("2").press("2");
    caller.press("2000#").press("1").press("4111111111111112#");
    assertThat(caller.heard()).startsWith("Sorry, that card number is not valid.");
    caller.press(SandboxNumbers.AMERICAN_EXPRESS + "#").press("1228").press("1234");
    caller.press("87102").press("1");
    assertThat(caller.heard()).contains("approved");
    return caller;
  }

  private static Caller answerLost(IvrLine line) {
    Caller caller = line.call("+15055550106").silence(IvrLine.WELCOME).press("2").press("2");
    caller.press("3000#").press("1").press(SandboxNumbers.CARD_ANSWER_LOST + "#");
    caller.press("1228").press("123#").press("87113").press("1");
    assertThat(caller.heard()).startsWith("We could not confirm your payment yet.");
    return caller.hangUp();
  }

  /** Every entry of every map on every member, keys and values, sessions decoded. */
  private static String hazelcastText(List<HazelcastInstance> members) {
    StringBuilder text = new StringBuilder();
    for (HazelcastInstance member : members) {
      for (DistributedObject object : member.getDistributedObjects()) {
        if (object instanceof IMap<?, ?> map) {
          for (Map.Entry<?, ?> entry : map.entrySet()) {
            text.append(map.getName()).append(' ').append(entry.getKey()).append(' ');
            if (entry.getValue() instanceof byte[] bytes) {
              text.append(new String(bytes, StandardCharsets.ISO_8859_1));
              Session session = SessionCodec.decode(bytes);
              text.append(session).append(session.values()).append(session.trail());
            } else {
              text.append(entry.getValue());
            }
            text.append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  /** The simulator's API answer for each call, as the test phone reads it. */
  private static String simulatorJson(IvrLine line, List<Caller> calls) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      HttpServer server =
          vertx
              .createHttpServer()
              .requestHandler(new SimulatorApi(line.network, IvrLine.UTILITY).router(vertx))
              .listen(0, "localhost")
              .await();
      HttpClient client = HttpClient.newHttpClient();
      StringBuilder json = new StringBuilder();
      for (Caller caller : calls) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + server.actualPort()
                                + "/api/sim/calls/"
                                + caller.id().localId()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        json.append(response.body()).append('\n');
      }
      assertThat(json).contains("••••");
      return json.toString();
    } finally {
      vertx.close().await();
    }
  }
}
