package org.cityline.benchmarks.twilio;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.SmallMachines;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.Prompt;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.telephony.twilio.TwilioNetwork;
import org.cityline.telephony.twilio.TwilioSettings;
import org.cityline.telephony.twilio.TwilioWebhooks;
import org.cityline.telephony.twilio.fake.TwilioSigner;

/**
 * One Cityline node's Twilio webhooks under a fixed request rate, signature check on: a Hazelcast
 * member holding the calls' state, the Vert.x server with the webhooks under {@code /twilio}, the
 * adapter, and a menu IVR (every key answers with the menu again). The load generator plays Twilio:
 * each call posts {@code /voice}, then {@code keys} signed {@code /gather} results one after the
 * other, then the final {@code /status}; new calls start whenever no call is ready, so requests go
 * out at the rate asked for (open loop: a slow answer does not slow the sender). Latency is from
 * the moment a request was due to its answer.
 *
 * <p>Arguments: {@code [requests/s] [seconds] [keys per call] [warm-up seconds]}, default 500, 60,
 * 8, 15. Run: see docs/benchmarks/twilio.md.
 */
public final class TwilioLoad {

  private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";
  private static final String PUBLIC = "https://cityline.example.org/twilio";
  private static final Prompt MENU =
      Prompt.of(
          Language.ENGLISH,
          new Prompt.Part.Phrase(
              "main-menu", "For your balance press 1. To pay press 2. For a person press 0."));

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final TwilioSigner signer = new TwilioSigner(TOKEN);
  private final String local;
  private final int keys;
  private final Queue<LoadCall> ready = new ConcurrentLinkedQueue<>();
  private final AtomicLong sids = new AtomicLong(0xb000_0000L);
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private long[] latencies = new long[1 << 16];
  private int count;
  private boolean recording;

  private TwilioLoad(String local, int keys) {
    this.local = local;
    this.keys = keys;
  }

  public static void main(String[] args) throws Exception {
    SmallMachines.tune(); // as the Cityline node does
    int rate = arg(args, 0, 500);
    int seconds = arg(args, 1, 60);
    int keys = arg(args, 2, 8);
    int warmUp = arg(args, 3, 15);
    HazelcastInstance member = Hazelcast.newHazelcastInstance(memberConfig());
    Vertx vertx = Vertx.vertx();
    ExecutorScheduler timers = new ExecutorScheduler("bench-timers");
    TwilioSettings settings =
        TwilioSettings.of(ACCOUNT, TOKEN, URI.create(PUBLIC), PhoneNumber.of("+15055550100"));
    TwilioNetwork network =
        new TwilioNetwork(
            settings,
            member,
            TwilioNetwork.MAP,
            Clock.systemUTC(),
            timers,
            "http://127.0.0.1:9",
            Duration.ofSeconds(5));
    network.attach(TwilioLoad::menuIvr);
    TwilioWebhooks webhooks = new TwilioWebhooks(network);
    Router root = Router.router(vertx);
    ServerTimes server = new ServerTimes();
    root.route("/twilio/*").handler(server::time);
    root.route("/twilio/*").subRouter(webhooks.router(vertx));
    HttpServer http = vertx.createHttpServer().requestHandler(root).listen(0).await();
    TwilioLoad load = new TwilioLoad("http://127.0.0.1:" + http.actualPort() + "/twilio", keys);
    System.out.printf(
        Locale.ROOT,
        "%d requests/s for %d s (after %d s warm-up), %d keys per call, signature check on%n",
        rate,
        seconds,
        warmUp,
        keys);
    load.run(rate, warmUp, false);
    server.recording = true;
    long cpuBefore = processCpuNanos();
    load.run(rate, seconds, true);
    long cpu = processCpuNanos() - cpuBefore;
    server.recording = false;
    System.out.println("sender's view: " + load.summary(seconds));
    System.out.println("server's view (request in to response written): " + server.summary());
    System.out.printf(
        Locale.ROOT,
        "CPU of the whole JVM (sender, server, Hazelcast): %.2f ms per webhook, %.0f%% of one core%n",
        cpu / 1e6 / Math.max(1, load.count),
        cpu / 1e7 / seconds);
    System.exit(0);
  }

  /** A menu that answers every key and every silence with itself. */
  private static List<CallCommand> menuIvr(CallEvent event) {
    return switch (event) {
      case CallEvent.CallArrived arrived ->
          List.of(new CallCommand.Answer(), CallCommand.Collect.menu(MENU, Duration.ofSeconds(5)));
      case CallEvent.DigitsEntered entered ->
          List.of(CallCommand.Collect.menu(MENU, Duration.ofSeconds(5)));
      case CallEvent.NoInput silence ->
          List.of(CallCommand.Collect.menu(MENU, Duration.ofSeconds(5)));
      default -> List.of();
    };
  }

  /** Sends {@code rate} requests a second for {@code seconds}, then waits for the last answers. */
  private void run(int rate, int seconds, boolean record) throws InterruptedException {
    synchronized (this) {
      recording = record;
    }
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    long total = (long) rate * seconds;
    for (long i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      LoadCall call = ready.poll();
      if (call == null) {
        call = new LoadCall(String.format("CA%032x", sids.incrementAndGet()));
      }
      send(call, due);
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private void send(LoadCall call, long due) {
    String path;
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", ACCOUNT);
    params.put("ApiVersion", "2010-04-01");
    params.put("CallSid", call.sid);
    params.put("Called", "+15055550100");
    params.put("Caller", "+15055550123");
    params.put("Direction", "inbound");
    params.put("From", "+15055550123");
    params.put("To", "+15055550100");
    if (call.step == 0) {
      path = "/voice";
      params.put("CallStatus", "ringing");
    } else if (call.step <= keys) {
      path = "/gather?step=" + call.step;
      params.put("CallStatus", "in-progress");
      params.put("Digits", Integer.toString(call.step % 10));
      params.put("FinishedOnKey", "");
    } else {
      path = "/status";
      params.put("CallStatus", "completed");
      params.put("CallDuration", "30");
    }
    String body =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(local + path))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Twilio-Signature", signer.sign(PUBLIC + path, params))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    inFlight.incrementAndGet();
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, failure) -> {
              long took = System.nanoTime() - due;
              boolean ok = failure == null && response.statusCode() == 200;
              if (!ok) {
                failures.incrementAndGet();
              }
              record(took);
              call.step++;
              if (ok && call.step <= keys + 1) {
                ready.add(call);
              }
              inFlight.decrementAndGet();
            });
  }

  private synchronized void record(long nanos) {
    if (!recording) {
      return;
    }
    if (count == latencies.length) {
      latencies = Arrays.copyOf(latencies, count * 2);
    }
    latencies[count++] = nanos;
  }

  private synchronized String summary(int seconds) {
    long[] sorted = Arrays.copyOf(latencies, count);
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%d webhooks (%.0f/s): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms;"
            + " %d not answered 200",
        count,
        count / (double) seconds,
        millis(sorted, 0.50),
        millis(sorted, 0.90),
        millis(sorted, 0.99),
        millis(sorted, 0.999),
        count == 0 ? 0 : sorted[count - 1] / 1e6,
        failures.get());
  }

  private static double millis(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Each webhook's time inside the node: from its request line read to its response written. */
  private static final class ServerTimes {
    volatile boolean recording;
    private long[] times = new long[1 << 16];
    private int size;

    void time(io.vertx.ext.web.RoutingContext ctx) {
      long start = System.nanoTime();
      ctx.addEndHandler(done -> add(System.nanoTime() - start));
      ctx.next();
    }

    private synchronized void add(long nanos) {
      if (!recording) {
        return;
      }
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
      }
      times[size++] = nanos;
    }

    synchronized String summary() {
      long[] sorted = Arrays.copyOf(times, size);
      Arrays.sort(sorted);
      return String.format(
          Locale.ROOT,
          "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms",
          millis(sorted, 0.50),
          millis(sorted, 0.90),
          millis(sorted, 0.99),
          millis(sorted, 0.999));
    }
  }

  private static Config memberConfig() {
    Config config = new Config();
    config.setClusterName("twilio-bench-" + ProcessHandle.current().pid());
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.getNetworkConfig().setPort(15701).setPortAutoIncrement(true);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = config.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
    return config;
  }

  private static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }

  /** One simulated call: which of its webhooks goes next. */
  private static final class LoadCall {
    final String sid;
    volatile int step;

    LoadCall(String sid) {
      this.sid = sid;
    }
  }
}
