package org.cityline.desktop.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.common.testing.HeadlessChromium;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.desktop.AnnouncementDesk;
import org.cityline.desktop.ConsoleServices;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.PasswordVerifier;
import org.cityline.desktop.server.DesktopServer;
import org.cityline.desktop.testing.DesktopFixture;
import org.cityline.desktop.testing.FakeContactHistory;
import org.cityline.desktop.testing.FakeCustomerInformation;
import org.cityline.desktop.testing.FakeRoutingService;
import org.cityline.desktop.testing.RecordingAuditTrail;
import org.cityline.desktop.testing.SampleCalls;
import org.cityline.routing.IntervalStore;
import org.cityline.routing.QueueCounts;
import org.cityline.routing.QueueId;
import org.cityline.routing.QueueInterval;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervisor's console in headless Chromium on the packaged desktop (production bundle), over
 * the test fakes with a real clock and timer: the wall and the calls in queue change by push when a
 * call arrives; the reports page draws its SVG chart; the users and announcement pages render.
 * Screenshots go to {@code target/console-*.png}.
 */
class SupervisorConsoleBrowserIT {

  private static ExecutorScheduler scheduler;
  private static FakeRoutingService routing;
  private static DesktopServer server;

  @BeforeAll
  static void start() {
    assumeTrue(
        HeadlessChromium.installed() || "true".equals(System.getenv("CI")),
        "Chromium and chromedriver are installed (CI must have them)");
    Clock clock = Clock.system(ZoneId.of("America/Denver"));
    scheduler = new ExecutorScheduler("console-it-timer");
    DesktopFixture staff = new DesktopFixture();
    routing =
        new FakeRoutingService(clock, scheduler)
            .withQueue("payments", "Payments")
            .withDisplayName("rep", "Maria Lopez")
            .withDisplayName("sup", "Ann Brooks");
    Instant nine = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    List<QueueInterval> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rows.add(
          new QueueInterval(
              new QueueId("billing"),
              nine.minus(QueueInterval.LENGTH.multipliedBy(8 - i)),
              new QueueCounts(10 + i, 8 + i, 6 + i, 2, 1, 0, 0, 80_000, 6, 6 * 240_000L)));
    }
    IntervalStore intervals =
        new IntervalStore() {
          @Override
          public void save(List<QueueInterval> intervals) {}

          @Override
          public List<QueueInterval> between(Instant from, Instant to) {
            return rows.stream()
                .filter(r -> !r.start().isBefore(from) && r.start().isBefore(to))
                .toList();
          }
        };
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
            scheduler,
            org.cityline.desktop.AgentDeskServices.inMemory(),
            ConsoleServices.defaults(clock)
                .withStaffAdmin(staff.staff)
                .withIntervals(intervals)
                .withAnnouncements(
                    (text, from, to, by) -> new AnnouncementDesk.Outcome.Published("a-1")));
    server = new DesktopServer(new DesktopServer.Settings("127.0.0.1", 0), services, List.of());
    server.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
    if (scheduler != null) {
      scheduler.close();
    }
  }

  private static WebDriverWait waiting(WebDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  private static void signIn(WebDriver browser, String user, String landmark) {
    WebDriverWait wait = waiting(browser);
    browser.get(server.uri().resolve("/login").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
        .findElement(By.tagName("input"))
        .sendKeys(user);
    browser
        .findElement(By.id("password"))
        .findElement(By.tagName("input"))
        .sendKeys(DesktopFixture.PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(landmark)));
  }

  private static String text(WebDriver browser, String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }

  @Test
  void theWallAndTheCallsInQueueChangeByPushWhenACallArrives() {
    try (HeadlessChromium chromium = HeadlessChromium.start(1440, 1400)) {
      WebDriver browser = chromium.driver();
      signIn(browser, "sup", "queue-board");
      waiting(browser).until(b -> text(b, "queue-billing-waiting").equals("0"));

      long sent = System.nanoTime();
      routing.enqueue(SampleCalls.verifiedCaller("it-1", Instant.now()));
      new WebDriverWait(browser, Duration.ofSeconds(5))
          .ignoring(StaleElementReferenceException.class)
          .until(b -> text(b, "queue-billing-waiting").equals("1"));
      Duration shown = Duration.ofNanos(System.nanoTime() - sent);
      waiting(browser)
          .until(b -> b.findElement(By.id("waiting-grid")).getText().contains("+15055550142"));

      assertThat(shown)
          .as("the wall changed within a second of the call arriving")
          .isLessThan(Duration.ofSeconds(1));
      chromium.screenshot(Path.of("target", "console-supervisor-wall.png"));
    }
  }

  @Test
  void theReportsPageDrawsItsChartAsSvg() {
    try (HeadlessChromium chromium = HeadlessChromium.start(1440, 1600)) {
      WebDriver browser = chromium.driver();
      signIn(browser, "sup", "queue-board");
      browser.get(server.uri().resolve("/reports").toString());
      waiting(browser)
          .until(b -> !b.findElements(By.cssSelector("#report-chart svg rect")).isEmpty());

      Object namespace =
          ((JavascriptExecutor) browser)
              .executeScript("return document.querySelector('#report-chart svg').namespaceURI");
      Object width =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "return document.querySelector('#report-chart svg').getBoundingClientRect().width");

      assertThat(namespace).isEqualTo("http://www.w3.org/2000/svg");
      assertThat(((Number) width).doubleValue()).isGreaterThan(100);
      chromium.screenshot(Path.of("target", "console-reports.png"));
    }
  }

  @Test
  void theUsersAndAnnouncementPagesRender() {
    try (HeadlessChromium chromium = HeadlessChromium.start(1440, 1200)) {
      WebDriver browser = chromium.driver();
      signIn(browser, "adm", "queue-board");
      browser.get(server.uri().resolve("/admin/users").toString());
      waiting(browser)
          .until(b -> b.findElement(By.id("staff-grid")).getText().contains("Maria Lopez"));
      chromium.screenshot(Path.of("target", "console-users.png"));

      browser.get(server.uri().resolve("/announcement").toString());
      waiting(browser)
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("announcement-start")));
      chromium.screenshot(Path.of("target", "console-announcement.png"));
    }
  }
}
