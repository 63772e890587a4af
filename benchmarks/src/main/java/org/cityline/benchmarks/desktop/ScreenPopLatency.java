package org.cityline.benchmarks.desktop;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cityline.accounts.staff.PasswordHasher;
import org.cityline.accounts.staff.Role;
import org.cityline.accounts.staff.StaffMember;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;
import org.cityline.common.SmallMachines;
import org.cityline.common.call.CallEvent;
import org.cityline.common.testing.HeadlessChromium;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.desktop.server.DesktopServer;
import org.cityline.desktop.testing.RoutedDesk;
import org.cityline.desktop.testing.SampleCalls;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactRequest;
import org.cityline.routing.RoutingEvent;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Screen-pop latency on one desktop node: {@code agents} agents sign in, each in its own headless
 * Chromium tab with its own session (tab k opens {@code http://a<k>.localhost:<port>}, so cookies
 * are apart), and go available; then {@code offers} callers arrive one after another over the real
 * routing core (in-memory stores). For each, the time from routing publishing the offer (the {@code
 * OfferMade} event, JVM wall clock) to the account number appearing in the offered agent's page (a
 * {@code MutationObserver}, browser wall clock; same machine, same clock) is recorded; then the
 * caller hangs up and the next arrives. Also the heap the signed-in sessions hold: used heap after
 * a full GC before and after the sessions open, divided by the agents.
 *
 * <pre>
 * java -cp "benchmarks/target/cityline-benchmarks.jar:benchmarks/target/lib/*" \
 *   org.cityline.benchmarks.desktop.ScreenPopLatency [agents=100] [offers=300]
 * </pre>
 */
public final class ScreenPopLatency {

  private static final String PASSWORD = "correct horse battery";
  private static final Duration WAIT = Duration.ofSeconds(60);

  /** Records in the page when a new account number element appears (each offer's new panel). */
  private static final String OBSERVER =
      """
      if (!window.__pops) {
        window.__pops = {};
        new MutationObserver(() => {
          const el = document.getElementById('caller-number');
          const account = document.getElementById('account-number');
          if (el && account && account.textContent.trim().length > 0) {
            const caller = el.textContent.trim();
            if (!(caller in window.__pops)) {
              window.__pops[caller] = Date.now();
            }
          }
        }).observe(document.body, {subtree: true, childList: true, characterData: true});
      }
      """;

  private ScreenPopLatency() {}

  public static void main(String[] args) throws Exception {
    SmallMachines.tune(); // as the Cityline node does
    int agents = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int offers = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (ExecutorScheduler timer = new ExecutorScheduler("bench-desk-timer");
        RoutedDesk desk = new RoutedDesk(timer)) {
      String hash = new PasswordHasher().hash(PASSWORD);
      List<AgentId> ids = new ArrayList<>();
      for (int k = 1; k <= agents; k++) {
        String name = String.format(Locale.ROOT, "agent%03d", k);
        desk.routing
            .staff()
            .put(
                new StaffMember(
                    name,
                    "Agent " + k,
                    Role.REPRESENTATIVE,
                    hash,
                    "sim:" + name,
                    Map.of("billing", 3),
                    1,
                    true));
        ids.add(new AgentId(name));
      }
      Map<ContactId, Long> offeredAt = new ConcurrentHashMap<>();
      Map<ContactId, AgentId> offeredTo = new ConcurrentHashMap<>();
      desk.routing.router.subscribe(
          event -> {
            if (event instanceof RoutingEvent.OfferMade offer) {
              offeredAt.putIfAbsent(offer.contact().id(), System.currentTimeMillis());
              offeredTo.putIfAbsent(offer.contact().id(), offer.agent());
            }
          });
      DesktopServer server =
          new DesktopServer(new DesktopServer.Settings("127.0.0.1", 0), desk.services, List.of());
      server.start();
      int port = server.uri().getPort();
      try (HeadlessChromium chromium =
          HeadlessChromium.start(
              1280,
              900,
              options ->
                  options.addArguments(
                      "--disable-background-timer-throttling",
                      "--disable-renderer-backgrounding",
                      "--disable-backgrounding-occluded-windows"))) {
        WebDriver driver = chromium.driver();
        long heapBefore = usedAfterGc(memory);
        Map<AgentId, String> tabs = new HashMap<>();
        for (int k = 0; k < agents; k++) {
          if (k > 0) {
            driver.switchTo().newWindow(WindowType.TAB);
          }
          AgentId agent = ids.get(k);
          signIn(driver, "http://a" + (k + 1) + ".localhost:" + port + "/login", agent.value());
          click(driver, "available-button");
          new WebDriverWait(driver, WAIT)
              .until(ExpectedConditions.textToBe(By.id("agent-state"), "Available"));
          ((JavascriptExecutor) driver).executeScript(OBSERVER);
          tabs.put(agent, driver.getWindowHandle());
        }
        long heapAfter = usedAfterGc(memory);
        System.out.printf(
            Locale.ROOT,
            "%d agents signed in, each in its own session; heap held: %.1f MB in all, %.0f KB per"
                + " agent session%n",
            agents,
            (heapAfter - heapBefore) / 1e6,
            (heapAfter - heapBefore) / 1e3 / agents);

        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < offers; i++) {
          ContactId contact = new ContactId("bench-" + i);
          ContactRequest sample =
              SampleCalls.verifiedCaller(contact.value(), desk.routing.clock.instant());
          PhoneNumber caller =
              PhoneNumber.of(String.format(Locale.ROOT, "+1505%07d", 1_000_000 + i));
          ContactRequest request =
              new ContactRequest(
                  sample.id(),
                  sample.call(),
                  Optional.of(caller),
                  sample.language(),
                  sample.account(),
                  sample.verified(),
                  sample.trail(),
                  sample.reason(),
                  sample.queue(),
                  sample.priority(),
                  sample.arrivedAt(),
                  sample.skills());
          RoutedDesk.require(desk.routing.router.enqueue(request));
          AgentId agent = waitFor(offeredTo, contact);
          driver.switchTo().window(tabs.get(agent));
          long seenAt = waitForPop(driver, caller.e164());
          latencies.add(seenAt - offeredAt.get(contact));
          desk.routing.router.onCallEvent(
              new CallEvent.CallEnded(
                  request.call(), CallEvent.EndReason.CALLER_HUNG_UP, Instant.now()));
        }
        report(latencies);
      } finally {
        server.stop();
      }
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static void signIn(WebDriver driver, String url, String user) {
    driver.get(url);
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#username input")))
        .sendKeys(user);
    driver.findElement(By.cssSelector("#password input")).sendKeys(PASSWORD);
    driver.findElement(By.id("sign-in")).click();
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("agent-state")));
  }

  private static void click(WebDriver driver, String id) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.elementToBeClickable(By.id(id)))
        .click();
  }

  private static AgentId waitFor(Map<ContactId, AgentId> offeredTo, ContactId contact)
      throws InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < until) {
      AgentId agent = offeredTo.get(contact);
      if (agent != null) {
        return agent;
      }
      Thread.sleep(1);
    }
    throw new IllegalStateException("routing offered " + contact + " to nobody within " + WAIT);
  }

  /** When the tab first showed this caller's pop with the account (browser wall clock). */
  private static long waitForPop(WebDriver driver, String caller) {
    Object seen =
        new WebDriverWait(driver, WAIT, Duration.ofMillis(5))
            .until(
                d ->
                    ((JavascriptExecutor) d)
                        .executeScript("return window.__pops[arguments[0]] || null", caller));
    return ((Number) seen).longValue();
  }

  private static void report(List<Long> latencies) {
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "screen pops: %d; offer -> account visible: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted.getLast());
  }

  private static long percentile(List<Long> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
