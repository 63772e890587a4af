package org.cityline.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.common.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;

/**
 * Two nodes form one contact center: a call placed on one node's simulator pops on the desktop of
 * an agent signed in on the other node, and the agent there takes, holds and ends it. Both
 * processes share one Hazelcast cluster and one database (H2 in auto-server mode stands in for
 * PostgreSQL here). Before that, password guesses spread over the two nodes lock the user name on
 * both (the lockout is counted in a Hazelcast map).
 */
class TwoNodesIT {

  @Test
  void anAgentOnOneNodeTakesACallPlacedOnTheOther() throws Exception {
    int portA = RunningCityline.freePort();
    int portB = RunningCityline.freePort();
    Path data = Files.createTempDirectory("cityline-two-nodes");
    Map<String, String> cluster =
        Map.of(
            "CITYLINE_CLUSTER_NAME", "two-nodes-" + portA,
            "CITYLINE_CLUSTER_MEMBERS", "127.0.0.1:" + portA + ",127.0.0.1:" + portB,
            "CITYLINE_DATABASE_URL",
                "jdbc:h2:file:" + data.resolve("cityline") + ";AUTO_SERVER=TRUE");
    try (RunningCityline nodeA =
            RunningCityline.start("node-a", with(cluster, "CITYLINE_CLUSTER_PORT", portA));
        RunningCityline nodeB =
            RunningCityline.start(
                "node-b",
                with(
                    with(cluster, "CITYLINE_CLUSTER_PORT", portB),
                    "CITYLINE_DATABASE_SEED_DEMO",
                    "false"));
        HeadlessChromium chromium = HeadlessChromium.start()) {
      assertThat(members(nodeA)).isEqualTo(2);
      assertThat(members(nodeB)).isEqualTo(2);
      // Password guesses spread over both nodes add up (the default locks after 5), and the lock
      // holds on the node that did not see the last guess, even for the right password.
      SignInPage onA = new SignInPage(chromium.driver(), nodeA.baseUrl());
      SignInPage onB = new SignInPage(chromium.driver(), nodeB.baseUrl());
      for (int guess = 1; guess <= 4; guess++) {
        (guess % 2 == 0 ? onB : onA).attempt("agent2", "guess-" + guess);
      }
      assertThat(onA.attempt("agent2", "guess-5")).contains("Too many failed sign-ins");
      assertThat(onB.attempt("agent2", "cityline-agent2")).contains("Too many failed sign-ins");

      AgentDesk desk = new AgentDesk(chromium.driver(), nodeB.baseUrl());
      desk.signIn("agent", "cityline-agent");
      desk.makeAvailable();

      SimulatorClient phoneOnA = new SimulatorClient(nodeA.baseUrl());
      String caller = DemoCity.SHOWCASE_DELINQUENT.phone().orElseThrow().e164();
      String call = phoneOnA.placeCall(caller, "+15055550100");
      phoneOnA.awaitHeard(call, "Para español, oprima 1");
      phoneOnA.press(call, "0");

      desk.awaitScreenPop();
      assertThat(desk.text("caller-name")).isEqualTo(DemoCity.SHOWCASE_DELINQUENT.customerName());
      assertThat(desk.text("pending-disconnect")).contains("Disconnect for non-payment");
      desk.click("accept-button");
      phoneOnA.awaitState(call, "connected");
      desk.click("hold-button");
      phoneOnA.awaitState(call, "on-hold");
      desk.click("resume-button");
      desk.click("hangup-button");
      phoneOnA.awaitState(call, "ended");
      desk.wrapUp(
          "Billing question", "Explained the disconnect notice; taken from the other node.");
      desk.awaitText("agent-state", "Available");
    }
  }

  private static int members(RunningCityline node) {
    return new JsonObject(node.get("/health").body())
        .getJsonObject("components")
        .getJsonObject("cluster")
        .getInteger("members");
  }

  private static Map<String, String> with(Map<String, String> base, String key, Object value) {
    var copy = new java.util.HashMap<>(base);
    copy.put(key, String.valueOf(value));
    return Map.copyOf(copy);
  }
}
