package org.cityline.desktop.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.common.ContactId;
import org.cityline.common.testing.HeadlessChromium;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.desktop.server.DesktopServer;
import org.cityline.desktop.testing.DesktopFixture;
import org.cityline.desktop.testing.RoutedDesk;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent desk in headless Chromium over the real routing core, run by Failsafe on the packaged
 * jar: two lines at once with hold and switch, an escalation whose note arrives on the specialist's
 * screen pop, a consult turned into a conference of three, and a reload in the middle of a call
 * restoring the lines and what was typed. Screenshots go to {@code target/agent-desk-shots}.
 */
class AgentDeskIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Path SHOTS = Path.of("target", "agent-desk-shots");

  private ExecutorScheduler timer;
  private RoutedDesk desk;
  private DesktopServer server;

  @BeforeEach
  void start() throws IOException {
    Files.createDirectories(SHOTS);
    timer = new ExecutorScheduler("desk-it-timer");
    desk = new RoutedDesk(timer);
    server =
        new DesktopServer(new DesktopServer.Settings("127.0.0.1", 0), desk.services, List.of());
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
    desk.close();
    timer.close();
  }

  @Test
  void twoLinesAtOnceWithHoldAndSwitch() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(1440, 1100)) {
      WebDriver rep = chromium.driver();
      available(rep, "rep");

      desk.call("c-1");
      waitForText(rep, "caller-name", "Rosa Delgado");
      click(rep, "accept-button");
      waitForText(rep, "line-status", "Connected");
      click(rep, "hold-button");
      waitForText(rep, "line-status", "Caller on hold");

      desk.call("c-2");
      waitForText(rep, "line-status-2", "Incoming call · ringing");
      chromium.screenshot(SHOTS.resolve("lines-1-second-offer.png"));
      click(rep, "accept-button-2");
      waitForText(rep, "line-status-2", "Connected");

      click(rep, "resume-button");
      waitForText(rep, "line-status", "Connected");
      waitForText(rep, "line-status-2", "Caller on hold");
      chromium.screenshot(SHOTS.resolve("lines-2-switched.png"));
      assertThat(desk.contact("c-1").state()).isEqualTo(ContactState.CONNECTED);
      assertThat(desk.contact("c-2").state()).isEqualTo(ContactState.ON_HOLD);
    }
  }

  @Test
  void anEscalationArrivesAtTheSpecialistWithItsNote() throws Exception {
    try (HeadlessChromium repBrowser = HeadlessChromium.start(1440, 1100);
        HeadlessChromium specBrowser = HeadlessChromium.start(1440, 1100)) {
      WebDriver rep = repBrowser.driver();
      WebDriver spec = specBrowser.driver();
      repTalking(rep);

      available(spec, "spec");

      pick(rep, "escalate-target", "Specialists");
      pick(rep, "escalate-mode", "Blind (hand over now)");
      type(
          rep, "#escalate-note textarea", "Landlord agreement: owner wants service in their name.");
      repBrowser.screenshot(SHOTS.resolve("escalate-1-rep.png"));
      click(rep, "escalate-button");
      waitForText(rep, "line-status", "Call ended · wrap-up");

      waitFor(spec, By.id("transfer-notes"));
      assertThat(spec.findElement(By.id("transfer-notes")).getText())
          .contains("Landlord agreement: owner wants service in their name.");
      assertThat(spec.findElement(By.id("caller-name")).getText()).isEqualTo("Rosa Delgado");
      specBrowser.screenshot(SHOTS.resolve("escalate-2-specialist-pop.png"));
    }
  }

  @Test
  void aConsultBecomesAConferenceOfThreeAndTheSpecialistLeavesIt() throws Exception {
    try (HeadlessChromium repBrowser = HeadlessChromium.start(1440, 1100);
        HeadlessChromium specBrowser = HeadlessChromium.start(1440, 1100)) {
      WebDriver rep = repBrowser.driver();
      WebDriver spec = specBrowser.driver();
      repTalking(rep);
      available(spec, "spec");

      pick(rep, "escalate-target", "Specialists");
      pick(rep, "escalate-mode", "Warm (consult first)");
      type(rep, "#escalate-note textarea", "Deposit question.");
      click(rep, "escalate-button");
      waitForText(rep, "line-status", "Consulting spec · caller on hold");
      click(spec, "accept-button");
      waitForText(spec, "line-status", "Consult with rep · their caller is on hold");

      click(rep, "conference-button");
      waitForText(rep, "line-status", "Conference · the caller, Dev Patel and you");
      waitForText(spec, "line-status", "Conference · the caller, Maria Lopez and you");
      repBrowser.screenshot(SHOTS.resolve("conference-1-rep.png"));
      specBrowser.screenshot(SHOTS.resolve("conference-2-specialist.png"));
      assertThat(desk.contact("c-1").inConference()).isTrue();

      click(spec, "leave-conference");
      waitForText(spec, "line-status", "Call ended · wrap-up");
      waitForText(rep, "line-status", "Connected");
      assertThat(desk.contact("c-1").agent()).contains(new AgentId("rep"));
    }
  }

  @Test
  void aReloadInTheMiddleOfACallRestoresTheLinesAndWhatWasTyped() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(1440, 1100)) {
      WebDriver rep = chromium.driver();
      available(rep, "rep");
      desk.call("c-1");
      click(rep, "accept-button");
      waitForText(rep, "line-status", "Connected");
      click(rep, "hold-button");
      desk.call("c-2");
      click(rep, "accept-button-2");
      waitForText(rep, "line-status-2", "Connected");
      type(rep, "#escalate-note-2 textarea", "Half-written note for the specialist");
      // The draft reaches the server lazily (about 400 ms after the last key).
      new WebDriverWait(rep, WAIT)
          .until(
              d ->
                  desk.agentDesk
                      .drafts()
                      .draft("rep", "escalate-note/c-2")
                      .filter("Half-written note for the specialist"::equals)
                      .isPresent());

      rep.navigate().refresh();

      waitForText(rep, "line-status", "Caller on hold");
      waitForText(rep, "line-status-2", "Connected");
      WebElement note = waitFor(rep, By.id("escalate-note-2"));
      assertThat(note.getAttribute("value")).isEqualTo("Half-written note for the specialist");
      chromium.screenshot(SHOTS.resolve("reload-restored.png"));
      assertThat(desk.agent("rep").contacts())
          .extracting(c -> c.id())
          .containsExactly(new ContactId("c-1"), new ContactId("c-2"));
      assertThat(desk.routing.router.agent(new AgentId("rep"))).isPresent();
    }
  }

  /** The representative signs in, goes available and takes the call c-1. */
  private void repTalking(WebDriver rep) {
    available(rep, "rep");
    desk.call("c-1");
    click(rep, "accept-button");
    waitForText(rep, "line-status", "Connected");
  }

  /** Signs in as {@code user} and goes available. */
  private void available(WebDriver driver, String user) {
    signIn(driver, user);
    click(driver, "available-button");
    waitForText(driver, "agent-state", "Available");
  }

  @Test
  void aCardPaymentIsTakenInMaskedFieldsAndItsDigitsNeverComeBack() throws Exception {
    server.stop();
    desk.close();
    desk = RoutedDesk.overDemoCity(timer);
    server =
        new DesktopServer(new DesktopServer.Settings("127.0.0.1", 0), desk.services, List.of());
    server.start();
    try (HeadlessChromium chromium = HeadlessChromium.start(1440, 1400)) {
      WebDriver rep = chromium.driver();
      available(rep, "rep");
      desk.call("c-1");
      click(rep, "accept-button");
      waitForText(rep, "line-status", "Connected");
      click(rep, "work-pay");
      type(rep, "#pay-amount input", "42.50");
      type(rep, "#pay-card-number input", SandboxNumbers.VISA);
      type(rep, "#pay-card-expiry input", "1230");
      type(rep, "#pay-card-code input", "123");
      type(rep, "#pay-card-zip input", "87101");
      chromium.screenshot(SHOTS.resolve("payment-1-masked.png"));
      assertThat(rep.findElement(By.cssSelector("#pay-card-number input")).getAttribute("type"))
          .isEqualTo("password");

      click(rep, "pay-button");

      new WebDriverWait(rep, WAIT)
          .until(
              ExpectedConditions.textMatches(
                  By.id("work-result"), java.util.regex.Pattern.compile("approved")));
      chromium.screenshot(SHOTS.resolve("payment-2-approved.png"));
      assertThat(rep.findElement(By.cssSelector("#pay-card-number input")).getAttribute("value"))
          .isEmpty();
      assertThat(rep.getPageSource()).doesNotContain(SandboxNumbers.VISA);
    }
  }

  private void signIn(WebDriver driver, String user) {
    driver.get(server.uri().resolve("login").toString());
    waitFor(driver, By.cssSelector("#username input")).sendKeys(user);
    driver.findElement(By.cssSelector("#password input")).sendKeys(DesktopFixture.PASSWORD);
    driver.findElement(By.id("sign-in")).click();
    waitFor(driver, By.id("agent-state"));
  }

  private static void pick(WebDriver driver, String id, String label) {
    click(driver, id);
    new WebDriverWait(driver, WAIT)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']")))
        .click();
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !document.querySelector('vaadin-select-overlay[opened]')"));
  }

  private static void type(WebDriver driver, String css, String text) {
    waitFor(driver, By.cssSelector(css)).sendKeys(text);
  }

  private static void click(WebDriver driver, String id) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.elementToBeClickable(By.id(id)))
        .click();
  }

  private static WebElement waitFor(WebDriver driver, By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static void waitForText(WebDriver driver, String id, String text) {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.id(id), text));
  }
}
