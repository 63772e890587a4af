package org.cityline.benchmarks.routing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.accounts.AccountDetail;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.AccountSummary;
import org.cityline.accounts.AuditEntry;
import org.cityline.accounts.AuditTrail;
import org.cityline.accounts.CustomerInformation;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.PhoneNumber;
import org.cityline.common.SmallMachines;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.desktop.DesktopServices;
import org.cityline.desktop.PasswordVerifier;
import org.cityline.desktop.server.DesktopServer;
import org.cityline.routing.ContactRequest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The supervisor wall's staleness: how long after a call joins a queue the supervisor's browser
 * shows it. One real routing node (Hazelcast member, Vert.x event bus, router) and the real desktop
 * on the packaged jar; a supervisor signed in in headless Chromium. Callers are enqueued at a
 * steady rate over the city's nine queues; a MutationObserver in the page stamps every change of
 * each queue's "waiting" figure with the browser's clock (the same machine clock as the server's);
 * a call's staleness is the first time its queue's tile shows at least the count it made, minus the
 * moment it was enqueued.
 *
 * <pre>
 * java -cp "$CP" org.cityline.benchmarks.routing.SupervisorWallRun [--rate 50] [--seconds 30]
 * </pre>
 */
public final class SupervisorWallRun {

  private static final String PASSWORD = "supervisor-bench-pw";

  private SupervisorWallRun() {}

  public static void main(String[] args) throws Exception {
    SmallMachines.tune(); // as the Cityline node does
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    int rate = Integer.parseInt(options.getOrDefault("--rate", "50"));
    int seconds = Integer.parseInt(options.getOrDefault("--seconds", "30"));
    StaffMember supervisor =
        new StaffMember(
            "sup",
            "Bench Supervisor",
            Role.SUPERVISOR,
            new PasswordHasher().hash(PASSWORD),
            "sim:sup",
            Map.of("supervisor", 5),
            1,
            true);
    BenchNode node =
        BenchNode.start(
            BenchNode.memberConfig("wall-bench", 15_901, List.of(15_901)),
            new BenchNode.Staff(List.of(supervisor)),
            new ConcurrentHashMap<>(),
            RoutingLoadRun.benchQueues());
    Clock clock = Clock.system(ZoneId.of("America/Denver"));
    try (ExecutorScheduler scheduler = new ExecutorScheduler("wall-bench-push")) {
      DesktopServices services =
          new DesktopServices(
              node.router,
              new NoCustomers(),
              new BenchNode.CountingHistory(),
              new BenchNode.Staff(List.of(supervisor)),
              PasswordVerifier.bcrypt(new PasswordHasher()),
              new NoAudit(),
              node.router.dispositionCodes(),
              clock,
              scheduler);
      DesktopServer desktop =
          new DesktopServer(new DesktopServer.Settings("127.0.0.1", 0), services, List.of());
      desktop.start();
      WebDriver browser = chromium();
      try {
        run(node, desktop, browser, rate, seconds);
      } finally {
        browser.quit();
        desktop.stop();
        node.close();
      }
    }
  }

  private static void run(
      BenchNode node, DesktopServer desktop, WebDriver browser, int rate, int seconds)
      throws InterruptedException {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(desktop.uri().resolve("/login").toString());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
        .findElement(By.tagName("input"))
        .sendKeys("sup");
    browser.findElement(By.id("password")).findElement(By.tagName("input")).sendKeys(PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue-billing-waiting")));
    ((JavascriptExecutor) browser)
        .executeScript(
            "window.__seen = [];"
                + "const board = document.getElementById('queue-board');"
                + "new MutationObserver(() => {"
                + "  const now = Date.now();"
                + "  board.querySelectorAll('[id$=\"-waiting\"]').forEach(el => {"
                + "    window.__seen.push([el.id, parseInt(el.textContent.trim(), 10), now]); });"
                + "}).observe(board, {subtree: true, childList: true, characterData: true});");

    Map<String, Integer> count = new HashMap<>();
    List<Object[]> sent = new ArrayList<>();
    long periodNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    int total = rate * seconds;
    for (int i = 0; i < total; i++) {
      long due = start + i * periodNanos;
      long sleep = due - System.nanoTime();
      if (sleep > 0) {
        Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
      }
      String queue = Population.queueOf(i);
      ContactRequest caller = Population.caller("wall-" + i, queue, Instant.now());
      long at = System.currentTimeMillis();
      if (!node.router.enqueue(caller).done()) {
        throw new IllegalStateException("routing refused caller " + i + " in " + queue);
      }
      int n = count.merge(queue, 1, Integer::sum);
      sent.add(new Object[] {"queue-" + queue + "-waiting", n, at});
    }
    Thread.sleep(3_000);
    @SuppressWarnings("unchecked")
    List<List<Object>> seen =
        (List<List<Object>>) ((JavascriptExecutor) browser).executeScript("return window.__seen;");
    report(sent, seen, rate, seconds);
  }

  private static void report(List<Object[]> sent, List<List<Object>> seen, int rate, int seconds) {
    List<Long> staleness = new ArrayList<>();
    int missing = 0;
    for (Object[] s : sent) {
      String id = (String) s[0];
      int n = (Integer) s[1];
      long at = (Long) s[2];
      Optional<Long> first =
          seen.stream()
              .filter(row -> id.equals(row.get(0)) && row.get(1) != null)
              .filter(row -> ((Number) row.get(1)).intValue() >= n)
              .map(row -> ((Number) row.get(2)).longValue())
              .filter(t -> t >= at - 5)
              .min(Long::compare);
      if (first.isEmpty()) {
        missing++;
      } else {
        staleness.add(Math.max(0, first.get() - at));
      }
    }
    staleness.sort(Long::compare);
    System.out.printf(
        Locale.ROOT,
        "calls %d at %d/s for %d s; shown %d, never shown %d; staleness ms p50 %d p90 %d p99 %d"
            + " max %d%n",
        sent.size(),
        rate,
        seconds,
        staleness.size(),
        missing,
        pct(staleness, 50),
        pct(staleness, 90),
        pct(staleness, 99),
        staleness.isEmpty() ? -1 : staleness.getLast());
  }

  private static long pct(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static WebDriver chromium() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1440,1200",
        "--user-data-dir=" + Files.createTempDirectory("wall-bench-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    return new ChromeDriver(service, options);
  }

  /** No accounts: the wall does not pop screens. */
  private static final class NoCustomers implements CustomerInformation {
    @Override
    public List<AccountSummary> findByPhone(PhoneNumber phone) {
      return List.of();
    }

    @Override
    public Optional<AccountSummary> findByNumber(AccountNumber number) {
      return Optional.empty();
    }

    @Override
    public Optional<AccountDetail> detail(AccountNumber number) {
      return Optional.empty();
    }
  }

  /** Sign-ins are not what is measured. */
  private static final class NoAudit implements AuditTrail {
    @Override
    public void record(AuditEntry entry) {}

    @Override
    public List<AuditEntry> forAccount(AccountNumber account, int limit) {
      return List.of();
    }
  }
}
