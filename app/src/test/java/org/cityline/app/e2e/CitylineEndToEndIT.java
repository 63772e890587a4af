package org.cityline.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cityline.accounts.demo.DemoCity;
import org.cityline.accounts.demo.ShowcaseAccount;
import org.cityline.common.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The foundation slice end to end, as a newcomer sees it: the packaged app started on its embedded
 * defaults (one node, embedded Hazelcast, H2 file database with the demo city, the simulator), a
 * caller placed through the simulator's HTTP API keying through the IVR, and an agent in a real
 * headless Chromium who gets the screen pop, takes the call, holds, resumes, hangs up and wraps up;
 * then the database is read for what was stored.
 *
 * <p>The database runs in H2's auto-server mode so this test can read it while the app runs. The
 * scenarios share one app and one signed-in agent (starting the app takes most of the time), so
 * they run in a fixed order, each leaving no call behind: the ones that count what is live in the
 * cluster come before those that use the agent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitylineEndToEndIT {

  static final String UTILITY = "+15055550100";
  static final String ADMIN_TOKEN = "e2e-queue-admin-token-0123456789";

  static RunningCityline app;
  static HeadlessChromium chromium;
  static AgentDesk desk;
  static SimulatorClient phone;
  static String jdbcUrl;

  @BeforeAll
  static void startCitylineAndSignInAnAgent() throws Exception {
    chromium = HeadlessChromium.start();
    Path data = Files.createTempDirectory("cityline-e2e-db");
    jdbcUrl = "jdbc:h2:file:" + data.resolve("cityline") + ";AUTO_SERVER=TRUE";
    app =
        RunningCityline.start(
            "slice",
            Map.of("CITYLINE_DATABASE_URL", jdbcUrl, "CITYLINE_ROUTING_ADMIN_TOKEN", ADMIN_TOKEN));
    phone = new SimulatorClient(app.baseUrl());
    desk = new AgentDesk(chromium.driver(), app.baseUrl());
    desk.signIn("agent", "cityline-agent");
    desk.makeAvailable();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  @Order(4)
  void aCallerIdentifiedByPhonePopsOnTheAgentsScreenAndTheWrapUpIsStored() throws Exception {
    ShowcaseAccount margaret = DemoCity.SHOWCASE_ENGLISH;
    String call = phone.placeCall(margaret.phone().orElseThrow().e164(), UTILITY);
    phone.awaitHeard(call, "Para español, oprima 1");
    phone.press(call, "2");
    phone.awaitHeard(call, "account ending in " + words(margaret.account().lastFour()));
    phone.press(call, "1");
    phone.awaitHeard(call, "Your balance is");
    phone.press(call, "0");
    phone.awaitState(call, "waiting");

    String pop = desk.awaitScreenPop();
    assertThat(desk.text("caller-name")).isEqualTo(margaret.customerName());
    assertThat(desk.text("caller-verified")).isEqualTo("Verified by the IVR");
    assertThat(pop).contains(margaret.account().value()).contains("Heard the balance");
    chromium.screenshot(Path.of("target", "e2e-screen-pop.png"));

    desk.click("accept-button");
    phone.awaitState(call, "connected");
    desk.click("hold-button");
    phone.awaitState(call, "on-hold");
    desk.click("resume-button");
    phone.awaitState(call, "connected");
    desk.click("hangup-button");
    phone.awaitState(call, "ended");

    desk.wrapUp("Billing question", "Explained the due date; customer will pay online Friday.");
    desk.awaitText("agent-state", "Available");

    String contact =
        await("the contact to be recorded")
            .atMost(Duration.ofSeconds(15))
            .until(() -> contactFor(margaret.phone().orElseThrow().e164()), Optional::isPresent)
            .orElseThrow();
    Map<String, Object> ended = row("SELECT * FROM contact WHERE contact_id = ?", contact);
    assertThat(ended)
        .containsEntry("outcome", "answered")
        .containsEntry("agent_username", "agent")
        .containsEntry("account_number", margaret.account().value())
        .containsEntry("verified", true)
        .containsEntry("queue_name", "billing");
    assertThat((String) ended.get("ivr_trail")).contains("Pressed 0");
    assertThat(row("SELECT * FROM contact_wrap_up WHERE contact_id = ?", contact))
        .containsEntry("disposition", "billing-question")
        .containsEntry("note_text", "Explained the due date; customer will pay online Friday.");
    assertThat(
            row(
                "SELECT * FROM audit_entry WHERE contact_id = ? AND audit_action = 'wrap-up'",
                contact))
        .containsEntry("actor", "agent")
        .containsEntry("account_number", margaret.account().value());
  }

  @Test
  @Order(5)
  void aWrongAccountNumberThreeTimesReachesAnAgentFlaggedUnverified() throws Exception {
    String unknown = DemoCity.SHOWCASE_UNKNOWN_PHONE.e164();
    String call = phone.placeCall(unknown, UTILITY);
    phone.awaitHeard(call, "Para español, oprima 1");
    phone.press(call, "2");
    for (int attempt = 1; attempt <= 3; attempt++) {
      phone.awaitHeardTimes(call, "enter your 10-digit account number", attempt);
      phone.press(call, "9999999999#");
      phone.awaitHeardTimes(call, "ZIP code of your service address", attempt);
      phone.press(call, "00000");
    }
    phone.awaitState(call, "waiting");

    desk.awaitScreenPop();
    assertThat(desk.text("caller-verified")).startsWith("NOT VERIFIED");
    assertThat(desk.text("caller-number")).contains(unknown);

    desk.click("accept-button");
    phone.awaitState(call, "connected");
    desk.click("hangup-button");
    desk.wrapUp(
        "Other (say what in the note)",
        "Caller could not be verified; asked to call back with the bill.");
    desk.awaitText("agent-state", "Available");
    String contact =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> contactFor(unknown), Optional::isPresent)
            .orElseThrow();
    assertThat(row("SELECT * FROM contact WHERE contact_id = ?", contact))
        .containsEntry("verified", false)
        .containsEntry("outcome", "answered");
  }

  @Test
  @Order(3)
  void aCallerWhoHangsUpInTheIvrIsAbandonedAndLeavesNothingInTheCluster() throws Exception {
    String delinquent = DemoCity.SHOWCASE_DELINQUENT.phone().orElseThrow().e164();
    String call = phone.placeCall(delinquent, UTILITY);
    phone.awaitHeard(call, "Para español, oprima 1");

    assertThat(phone.hangUp(call).statusCode()).isEqualTo(204);
    phone.awaitState(call, "ended");

    String contact =
        await()
            .atMost(Duration.ofSeconds(15))
            .until(() -> contactFor(delinquent), Optional::isPresent)
            .orElseThrow();
    assertThat(row("SELECT * FROM contact WHERE contact_id = ?", contact))
        .containsEntry("outcome", "abandoned")
        .containsEntry("agent_username", null);
    await("the IVR session to leave Hazelcast")
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                health().getJsonObject("components").getJsonObject("ivr").getInteger("sessions")
                    == 0);
    assertThat(health().getJsonObject("components").getJsonObject("routing").getInteger("waiting"))
        .isZero();
  }

  @Test
  @Order(2)
  void theSimulatorApiRefusesBadInputClearlyAndChangesNothing() {
    String call = phone.placeCall(DemoCity.SHOWCASE_SPANISH.phone().orElseThrow().e164(), UTILITY);
    phone.awaitHeard(call, "Para español, oprima 1");
    int heard = phone.prompts(call).size();

    var letters = phone.press(call, "12ab");
    var tooLong = phone.press(call, "1".repeat(33));
    var notJson = phone.send("POST", "/" + call + "/digits", "digits=1");
    var badCaller = phone.send("POST", "", "{\"from\": \"<script>\", \"to\": \"" + UTILITY + "\"}");
    var unknownCall = phone.press("no-such-call", "1");

    assertThat(letters.statusCode()).isEqualTo(400);
    assertThat(new JsonObject(letters.body()).getString("error")).contains("0-9");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(badCaller.statusCode()).isEqualTo(400);
    assertThat(unknownCall.statusCode()).isEqualTo(404);
    assertThat(phone.call(call).getJsonArray("keys")).isEmpty();
    assertThat(phone.prompts(call)).hasSize(heard);
    phone.hangUp(call);
    phone.awaitState(call, "ended");
  }

  @Test
  @Order(1)
  void healthNamesEveryComponent() {
    JsonObject health = health();

    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(health.getJsonObject("components").fieldNames())
        .contains("cluster", "eventBus", "database", "routing", "ivr", "telephony");
  }

  @Test
  @Order(6)
  void theSupervisorSeesTheQueueAndTheAgentChangeLive() {
    try (HeadlessChromium supervisorBrowser = HeadlessChromium.start()) {
      SupervisorWall wall = new SupervisorWall(supervisorBrowser.driver(), app.baseUrl());
      wall.signIn("supervisor", "cityline-supervisor");
      wall.awaitAgent("Alex Morgan", "Available");
      wall.awaitWaiting("billing", 0);
      wall.awaitWaiting("emergency", 0); // the city's nine queues, each with its tile
      int answeredBefore = wall.answered("billing");

      desk.goAway("Break");
      wall.awaitAgent("Alex Morgan", "Away · Break");
      String grace = DemoCity.SHOWCASE_ARRANGEMENT.phone().orElseThrow().e164();
      String call = phone.placeCall(grace, UTILITY);
      phone.awaitHeard(call, "Para español, oprima 1");
      phone.press(call, "0");
      phone.awaitState(call, "waiting");
      wall.awaitWaiting("billing", 1);
      supervisorBrowser.screenshot(Path.of("target", "e2e-supervisor-waiting.png"));

      desk.click("available-button"); // the waiting call is offered at once
      desk.awaitScreenPop();
      wall.awaitAgent("Alex Morgan", "Ringing");
      desk.click("accept-button");
      wall.awaitAgent("Alex Morgan", "On call");
      wall.awaitWaiting("billing", 0);
      wall.awaitAnswered("billing", answeredBefore + 1);
      wall.awaitFigureShown("billing", "service-level");
      wall.awaitFigureShown("billing", "asa");
      desk.click("hangup-button");
      wall.awaitAgent("Alex Morgan", "Wrap-up");
      desk.wrapUp("Payment arrangement or extension", "Confirmed the next instalment date.");
      wall.awaitAgent("Alex Morgan", "Available");
      wall.awaitFigureShown("billing", "aht");
      supervisorBrowser.screenshot(Path.of("target", "e2e-supervisor-figures.png"));
    }
  }

  @Test
  @Order(7)
  void theQueueAdminApiNeedsItsTokenAndRefusesABadQueueFileChangingNothing() {
    String path = "/api/routing/queues";
    String bearer = "Bearer " + ADMIN_TOKEN;

    var anonymous = app.get(path);
    var wrongToken = app.send("GET", path, "", "Authorization", "Bearer guess");
    var current = app.send("GET", path, "", "Authorization", bearer);
    var broken =
        app.send(
            "PUT",
            path,
            current.body() + "\nqueue.billing.priority = urgent\n",
            "Authorization",
            bearer,
            "Content-Type",
            "text/plain");
    var after = app.send("GET", path, "", "Authorization", bearer);

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(wrongToken.statusCode()).isEqualTo(401);
    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(current.body())
        .contains("queue.billing.name")
        .containsPattern("queue\\.emergency\\.priority\\s+= 100");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("priority");
    assertThat(after.body()).as("nothing changed").isEqualTo(current.body());

    var calmer =
        app.send(
            "PUT",
            path,
            current
                .body()
                .replaceFirst(
                    "queue\\.payments\\.name\\s+= Payments", "queue.payments.name = Pay by phone"),
            "Authorization",
            bearer,
            "Content-Type",
            "text/plain");
    assertThat(calmer.statusCode()).as(calmer.body()).isEqualTo(200);
    assertThat(app.send("GET", path, "", "Authorization", bearer).body())
        .containsPattern("queue\\.payments\\.name\\s+= Pay by phone");
  }

  @Test
  @Order(8)
  void aCallerWhoAsksForACallbackKeepsTheirPlaceAndTheAgentsAcceptCallsThemBack() {
    desk.goAway("Break");
    String margaret = DemoCity.SHOWCASE_ENGLISH.phone().orElseThrow().e164();
    String call = phone.placeCall(margaret, UTILITY);
    phone.awaitHeard(call, "Para español, oprima 1");
    phone.press(call, "0");
    phone.awaitHeard(call, "without losing your place in line, press 1");
    phone.press(call, "1");
    phone.awaitHeard(call, "To be called back at the number ending in");
    phone.press(call, "1");
    phone.awaitHeard(call, "You keep your place in line");
    phone.awaitState(call, "ended");

    desk.click("available-button");
    desk.awaitScreenPop();
    desk.awaitText("caller-callback", "Callback to " + margaret);
    desk.awaitText("line-status", "Callback");
    desk.click("accept-button");

    await("the customer's phone to ring and be answered")
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                phone.calls().stream()
                    .anyMatch(
                        placed ->
                            margaret.equals(placed.getString("to"))
                                && "connected".equals(placed.getString("state"))));
    desk.awaitText("line-status", "Connected");
    desk.click("hangup-button");
    desk.wrapUp("Billing question", "Called back as asked.");
  }

  private static JsonObject health() {
    return new JsonObject(app.get("/health").body());
  }

  private static String words(String digits) {
    String[] names = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };
    StringBuilder spoken = new StringBuilder();
    for (char digit : digits.toCharArray()) {
      spoken.append(spoken.isEmpty() ? "" : " ").append(names[digit - '0']);
    }
    return spoken.toString();
  }

  private static Optional<String> contactFor(String callerPhone) throws SQLException {
    Map<String, Object> row =
        row(
            "SELECT contact_id FROM contact WHERE caller_phone = ? ORDER BY ended_at DESC",
            callerPhone);
    return Optional.ofNullable((String) row.get("contact_id"));
  }

  /** The first row a query finds, as column name to value (empty when none). */
  private static Map<String, Object> row(String sql, String parameter) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, "cityline", "");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (rows.next()) {
          for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
            row.put(
                rows.getMetaData().getColumnLabel(column).toLowerCase(Locale.ROOT),
                rows.getObject(column));
          }
        }
        return row;
      }
    }
  }
}
