package org.cityline.desktop.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.common.testing.HeadlessChromium;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.PasswordVerifier;
import org.cityline.desktop.server.DesktopServer;
import org.cityline.desktop.testing.DesktopFixture;
import org.cityline.desktop.testing.FakeContactHistory;
import org.cityline.desktop.testing.FakeCustomerInformation;
import org.cityline.desktop.testing.FakeRoutingService;
import org.cityline.desktop.testing.RecordingAuditTrail;
import org.cityline.desktop.testing.SampleCalls;
import org.cityline.routing.AgentId;
import org.cityline.routing.AwayReason;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A look at the desktop in a real browser: starts {@link DesktopServer} over the test fakes (a real
 * clock and timer), drives Debian's headless Chromium with Selenium through sign-in, an offer with
 * its screen pop, the call and the wrap-up, and the supervisor's view changing by push, and saves a
 * screenshot of each step. Run it on the packaged jar (production mode):
 *
 * <pre>
 * java -cp agent-desktop/target/cityline-agent-desktop-*.jar:agent-desktop/target/test-classes:DEPS \
 *   org.cityline.desktop.preview.DesktopPreview [output folder]
 * </pre>
 *
 * Not a test: the integrator's end-to-end tests drive the whole app. This is for looking.
 */
public final class DesktopPreview {

  private final Path out;
  private final FakeRoutingService routing;
  private final DesktopServer server;

  private DesktopPreview(Path out, FakeRoutingService routing, DesktopServer server) {
    this.out = out;
    this.routing = routing;
    this.server = server;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/preview");
    Files.createDirectories(out);
    Clock clock = Clock.system(ZoneId.of("America/Denver"));
    try (ExecutorScheduler scheduler = new ExecutorScheduler("preview-timer")) {
      DesktopFixture staff = new DesktopFixture();
      FakeRoutingService routing =
          new FakeRoutingService(clock, scheduler)
              .withQueue("payments", "Payments")
              .withQueue("spanish", "Spanish")
              .withDisplayName("rep", "Maria Lopez")
              .withDisplayName("spec", "Dev Patel")
              .withDisplayName("sup", "Ann Brooks");
      DesktopServices services =
          new DesktopServices(
              routing,
              new FakeCustomerInformation().add(SampleCalls.delinquentAccount()),
              new FakeContactHistory(),
              staff.staff,
              PasswordVerifier.bcrypt(new PasswordHasher()),
              new RecordingAuditTrail(),
              DesktopFixture.DISPOSITIONS,
              clock,
              scheduler);
      DesktopServer server =
          new DesktopServer(new DesktopServer.Settings("127.0.0.1", 0), services, List.of());
      server.start();
      try {
        new DesktopPreview(out, routing, server).run();
      } finally {
        server.stop();
      }
    }
  }

  private void run() throws Exception {
    try (HeadlessChromium agent = HeadlessChromium.start(1440, 1000, DesktopPreview::logNetwork);
        HeadlessChromium supervisor = HeadlessChromium.start(1440, 900)) {
      agentDay(agent.driver(), supervisor.driver());
    }
  }

  /** Keeps Chromium's network log, to tell whether push ran over a websocket. */
  private static void logNetwork(ChromeOptions options) {
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
  }

  private void agentDay(WebDriver agent, WebDriver supervisor) throws IOException {
    signIn(agent, "rep", "wrong password");
    waitFor(agent, By.id("sign-in-error"));
    shot(agent, "01-login-refused");
    signIn(agent, "rep", DesktopFixture.PASSWORD);
    waitFor(agent, By.id("agent-state"));
    shot(agent, "02-agent-away");

    signIn(supervisor, "sup", DesktopFixture.PASSWORD);
    waitFor(supervisor, By.id("agent-grid"));
    routing.signIn(new AgentId("spec"));
    routing.goAway(new AgentId("spec"), AwayReason.LUNCH);

    click(agent, "available-button");
    waitForText(agent, "agent-state", "Available");
    routing.enqueue(
        SampleCalls.verifiedCaller("preview-1", java.time.Instant.now().minusSeconds(55)));
    routing.enqueue(
        SampleCalls.unverifiedCaller("preview-2", java.time.Instant.now().minusSeconds(70)));
    waitForText(agent, "caller-name", "Rosa Delgado");
    shot(agent, "03-screen-pop");
    waitForText(supervisor, "queue-billing-waiting", "1");
    shot(supervisor, "04-supervisor-live");

    click(agent, "accept-button");
    waitForText(agent, "agent-state", "On call");
    shot(agent, "05-on-call");
    click(agent, "hold-button");
    waitFor(agent, By.id("resume-button"));
    click(agent, "resume-button");
    waitFor(agent, By.id("hold-button"));
    click(agent, "hangup-button");
    waitFor(agent, By.id("finish-wrapup"));
    click(agent, "finish-wrapup");
    waitFor(agent, By.tagName("vaadin-notification-card"));
    shot(agent, "06-wrapup-refused");
    pickDisposition(agent, "Disconnect inquiry");
    WebElement note = waitFor(agent, By.cssSelector("#note textarea"));
    note.sendKeys("Explained the disconnect notice; customer will pay the past due Friday.");
    click(agent, "finish-wrapup");
    waitForText(agent, "caller-verified", "NOT VERIFIED · verify identity first");
    shot(agent, "07-next-caller-unverified");
    waitForText(supervisor, "queue-billing-waiting", "0");
    shot(supervisor, "08-supervisor-after");
    System.out.println("Push over a websocket: " + usedWebSocket(agent));
    System.out.println("Preview screenshots in " + out.toAbsolutePath());
  }

  /** Whether the browser opened a websocket to the push endpoint (else push fell back to XHR). */
  private static boolean usedWebSocket(WebDriver driver) {
    return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
        .map(LogEntry::getMessage)
        .anyMatch(m -> m.contains("Network.webSocketCreated") && m.contains("VAADIN/push"));
  }

  private static void pickDisposition(WebDriver driver, String label) {
    click(driver, "disposition");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']")))
        .click();
  }

  private void signIn(WebDriver driver, String user, String password) {
    driver.get(server.uri().resolve("login").toString());
    WebElement name = waitFor(driver, By.cssSelector("#username input"));
    name.clear();
    name.sendKeys(user);
    WebElement pw = driver.findElement(By.cssSelector("#password input"));
    pw.clear();
    pw.sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
  }

  private static void click(WebDriver driver, String id) {
    waitFor(driver, By.id(id)).click();
  }

  private static WebElement waitFor(WebDriver driver, By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private static void waitForText(WebDriver driver, String id, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBe(By.id(id), text));
  }

  private void shot(WebDriver driver, String name) throws IOException {
    byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(out.resolve(name + ".png"), png);
  }
}
