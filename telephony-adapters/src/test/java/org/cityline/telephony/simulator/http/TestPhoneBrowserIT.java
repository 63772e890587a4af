package org.cityline.telephony.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import org.cityline.common.call.CallId;
import org.cityline.common.testing.HeadlessChromium;
import org.cityline.common.testing.ManualClock;
import org.cityline.common.testing.ManualScheduler;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactOutcome;
import org.cityline.routing.ContactSnapshot;
import org.cityline.telephony.CallDirector;
import org.cityline.telephony.simulator.SimulatedNetwork;
import org.cityline.telephony.testing.FakeRouting;
import org.cityline.telephony.testing.ScriptedIvr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The test phone in a real headless Chromium: a person's call through the keypad and the keyboard,
 * into the queue, to an agent, and hung up. Skipped where Chromium is not installed, except in CI
 * ({@code CI=true}), where it must run.
 */
class TestPhoneBrowserIT {

  static final String CARD = "4916338506082832";

  final ManualClock clock = new ManualClock();
  final FakeRouting routing = new FakeRouting(clock);
  Vertx vertx;
  SimulatedNetwork network;
  ApiServer server;
  HeadlessChromium chromium;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void start() {
    chromium = HeadlessChromium.start(1200, 900);
    browser = chromium.driver();
    wait = chromium.waiting(Duration.ofSeconds(10));
    network = new SimulatedNetwork(clock, new ManualScheduler(clock));
    network.attach(new CallDirector(new ScriptedIvr(routing, clock), routing));
    routing.useTelephony(network, agent -> SimulatedNetwork.DESK_PHONE_PREFIX + agent.value());
    vertx = Vertx.vertx();
    server = ApiServer.start(vertx, network);
  }

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (vertx != null) {
      server.close();
      vertx.close().await();
      network.close();
    }
  }

  @Test
  void aPersonCallsKeysThroughTheIvrReachesAnAgentAndHangsUp() {
    browser.get("http://localhost:" + server.port() + "/phone");
    browser.findElement(By.id("from")).clear();
    browser.findElement(By.id("from")).sendKeys("(505) 555-0123");
    browser.findElement(By.id("call")).click();

    heard(ScriptedIvr.MENU.text());
    assertThat(state()).isEqualTo("In the IVR");

    browser.findElement(By.cssSelector("[data-key='2']")).click();
    heard(ScriptedIvr.ACCOUNT.text());
    browser.findElement(By.tagName("body")).sendKeys("12345678#");
    heard(ScriptedIvr.balance("12345678").text());

    browser.findElement(By.cssSelector("[data-key='9']")).click();
    heard(ScriptedIvr.CARD.text());
    wait.until(
        d -> network.recentCalls(1).getFirst().collecting().map(c -> c.masked()).orElse(false));
    browser.findElement(By.tagName("body")).sendKeys(CARD + "#");
    heard(ScriptedIvr.PAID.text());
    assertThat(browser.getPageSource()).doesNotContain(CARD).doesNotContain(CARD.substring(0, 8));

    browser.findElement(By.cssSelector("[data-key='0']")).click();
    wait.until(d -> state().equals("Waiting for an agent"));
    CallId call = network.recentCalls(1).getFirst().id();
    ContactSnapshot contact = routing.contactForCall(call).orElseThrow();
    assertThat(routing.accept(new AgentId("alice"), contact.id()).done()).isTrue();
    wait.until(d -> state().equals("With an agent"));
    heardLine("[connected to alice]");
    chromium.screenshot(Path.of("target", "test-phone-with-agent.png"));

    browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    wait.until(d -> state().equals("Call ended"));
    assertThat(browser.findElement(By.id("call")).isEnabled()).isTrue();
    assertThat(network.awaitIdle(Duration.ofSeconds(10))).isTrue();
    assertThat(routing.outcome(contact.id())).contains(ContactOutcome.ANSWERED);
  }

  @Test
  void aRefusedCallShowsTheServersMessage() {
    browser.get("http://localhost:" + server.port() + "/phone");
    browser.findElement(By.id("from")).clear();
    browser.findElement(By.id("from")).sendKeys("not a number");
    browser.findElement(By.id("call")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("message"), "\"from\" is not a phone number"));
    assertThat(network.recentCalls(10)).isEmpty();
  }

  private void heard(String prompt) {
    heardLine(prompt);
  }

  /** Waits for a line with this text; reads the list whole, since the page redraws its lines. */
  private void heardLine(String text) {
    wait.until(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript(
                        "return [...document.querySelectorAll('#lines li .text')]"
                            + ".some(e => e.textContent === arguments[0]);",
                        text));
  }

  /** The state badge's text as written (the page shows it upper-cased by CSS). */
  private String state() {
    return browser.findElement(By.id("state")).getDomProperty("textContent");
  }
}
