package org.cityline.benchmarks.ivr;

import com.hazelcast.map.IMap;
import com.hazelcast.map.LocalMapStats;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.SmallMachines;
import org.cityline.common.call.CallId;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.hazelcast.HazelcastSessionStore;
import org.cityline.telephony.simulator.CallerResult;
import org.cityline.telephony.simulator.SimulatedCall;

/**
 * 2,000 IVR sessions in progress at once through the simulator, on one node. Callers arrive at 200
 * a second until 2,000 are in the IVR; then, with all of them in progress, each walks the same path
 * (English; identified by number; balance, which reads the account; back to the main menu; pay
 * another amount, which reads it again; the amount; card) while the steps of all callers come at a
 * steady rate (400 a second by default: 2,000 callers pressing a key every five seconds), and every
 * caller is left at the masked card-number prompt. The IVR's handling of every caller event is
 * timed: the step latency (the session's lock, read and write in Hazelcast, the flow, the port
 * calls to the accounts database). Then, with the 2,000 sessions in progress, the Hazelcast map's
 * owned-entry cost and the JVM heap are measured, and a burst sends a key to every caller at the
 * same instant, to show how the node queues it.
 *
 * <p>Run: see docs/benchmarks/ivr.md. Arguments: {@code [sessions] [steps per second] [city
 * accounts]}, default 2000, 400 and 5000.
 */
public final class IvrLoad {

  private static final String[] STEPS = {"2", "1", "9", "2", "2", "2500#", "1"};
  private static final String[] STEP_NAMES = {
    "welcome: English", "main menu: balance (reads the account)", "balance menu: main menu",
    "main menu: pay (reads the account)", "amount menu: another amount", "amount entry",
    "method menu: card"
  };

  private IvrLoad() {}

  public static void main(String[] args) throws Exception {
    SmallMachines.tune(); // as the Cityline node does
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int cityAccounts = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
    Clock clock = Clock.systemUTC();
    Duration patient = Duration.ofMinutes(5);
    MainFlow.Settings settings =
        new MainFlow.Settings(
            MainFlow.Queues.defaults(), patient, patient, patient, 2, 3, patient, 3, 2, 6);
    try (ExecutorScheduler timers = new ExecutorScheduler("bench-timers");
        IvrBench bench = new IvrBench(clock, timers, cityAccounts, settings)) {
      List<IvrBench.Customer> customers = bench.customers(sessions + 300);
      if (customers.size() < sessions + 300) {
        throw new IllegalStateException("the city has only " + customers.size() + " callers");
      }
      System.out.printf(
          Locale.ROOT,
          "city: %d accounts; %d sessions; steps at %d a second%n",
          cityAccounts,
          sessions,
          rate);

      List<CallId> warm = place(bench, customers.subList(sessions, sessions + 300), 200);
      walk(bench, warm, rate);
      warm.forEach(bench.network::callerHangsUp);
      bench.network.awaitIdle(Duration.ofMinutes(2));
      take(bench);

      long heapBefore = usedHeapAfterGc();
      long start = System.nanoTime();
      List<CallId> calls = place(bench, customers.subList(0, sessions), 200);
      long[] arrivals = take(bench);
      long[][] perStep = walk(bench, calls, rate);
      long elapsed = System.nanoTime() - start;

      long inProgress =
          calls.stream()
              .map(bench.network::call)
              .flatMap(Optional::stream)
              .filter(c -> c.state() == SimulatedCall.State.IN_IVR)
              .filter(c -> c.collecting().map(SimulatedCall.Collecting::masked).orElse(false))
              .count();
      IMap<String, byte[]> map = bench.hazelcast.getMap(HazelcastSessionStore.MAP_NAME);
      LocalMapStats stats = map.getLocalMapStats();
      long valueBytes = map.values().stream().mapToLong(value -> value.length).sum();
      long heapAfter = usedHeapAfterGc();

      long burstStart = System.nanoTime();
      for (CallId call : calls) {
        bench.network.pressKeys(call, "#");
      }
      bench.network.awaitIdle(Duration.ofMinutes(2));
      long[] burst = take(bench);
      long burstWall = System.nanoTime() - burstStart;

      report(
          sessions,
          arrivals,
          perStep,
          elapsed,
          inProgress,
          stats,
          valueBytes,
          heapBefore,
          heapAfter);
      System.out.printf(
          Locale.ROOT,
          "%nburst: a key to all %d callers at the same instant: handled in %.2f s; step"
              + " latency p50 %.1f ms, p99 %.1f ms (waiting for the two cores, not for Hazelcast)%n",
          burst.length,
          burstWall / 1e9,
          ms(percentile(burst, 50)),
          ms(percentile(burst, 99)));
      calls.forEach(bench.network::callerHangsUp);
      bench.network.awaitIdle(Duration.ofMinutes(2));
    }
    System.exit(0);
  }

  /** Places calls at {@code perSecond}, from the customers' numbers. */
  private static List<CallId> place(
      IvrBench bench, List<IvrBench.Customer> customers, int perSecond) {
    List<CallId> calls = new ArrayList<>();
    Pacer pacer = new Pacer(perSecond);
    for (IvrBench.Customer customer : customers) {
      pacer.next();
      CallerResult placed =
          bench.network.placeCall(
              Optional.of(customer.phone()),
              new org.cityline.common.PhoneNumber("+15055550100"),
              Language.ENGLISH);
      calls.add(((CallerResult.Placed) placed).call());
    }
    bench.network.awaitIdle(Duration.ofMinutes(2));
    return calls;
  }

  /** Every call walks the steps; the steps of all calls come at {@code perSecond}. */
  private static long[][] walk(IvrBench bench, List<CallId> calls, int perSecond) {
    long[][] perStep = new long[STEPS.length][];
    Pacer pacer = new Pacer(perSecond);
    for (int step = 0; step < STEPS.length; step++) {
      for (CallId call : calls) {
        pacer.next();
        bench.network.pressKeys(call, STEPS[step]);
      }
      bench.network.awaitIdle(Duration.ofMinutes(2));
      perStep[step] = take(bench);
    }
    return perStep;
  }

  /** Hands out evenly spaced moments, {@code perSecond} of them a second. */
  private static final class Pacer {
    private final long interval;
    private long next = System.nanoTime();

    Pacer(int perSecond) {
      interval = 1_000_000_000L / perSecond;
    }

    void next() {
      next += interval;
      long wait;
      while ((wait = next - System.nanoTime()) > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(wait);
      }
    }
  }

  private static long[] take(IvrBench bench) {
    long[] samples = bench.handler.samples.stream().mapToLong(s -> s[0]).toArray();
    bench.handler.samples.clear();
    Arrays.sort(samples);
    return samples;
  }

  private static void report(
      int sessions,
      long[] arrivals,
      long[][] perStep,
      long elapsed,
      long inProgress,
      LocalMapStats stats,
      long valueBytes,
      long heapBefore,
      long heapAfter) {
    System.out.printf(
        Locale.ROOT,
        "%n%d sessions placed; %d in progress at the masked card prompt at the end%n",
        sessions,
        inProgress);
    System.out.printf(
        Locale.ROOT,
        "%-42s %7s %8s %8s %8s %8s%n",
        "step",
        "events",
        "p50 ms",
        "p90 ms",
        "p99 ms",
        "max ms");
    List<Long> all = new ArrayList<>();
    line("arrival: caller looked up, welcome", arrivals, all);
    for (int i = 0; i < perStep.length; i++) {
      line(STEP_NAMES[i], perStep[i], all);
    }
    long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%-42s %7d %8.2f %8.2f %8.2f %8.2f   (%.1f s in all)%n",
        "ALL STEPS",
        every.length,
        ms(percentile(every, 50)),
        ms(percentile(every, 90)),
        ms(percentile(every, 99)),
        ms(every[every.length - 1]),
        elapsed / 1e9);
    long entries = stats.getOwnedEntryCount();
    long cost = stats.getOwnedEntryMemoryCost();
    System.out.printf(
        Locale.ROOT,
        "%nHazelcast %s: %d owned entries, %d bytes owned-entry cost = %.0f bytes per session"
            + " (stored form %.0f bytes on average); a second member's backup adds the same%n",
        HazelcastSessionStore.MAP_NAME,
        entries,
        cost,
        (double) cost / entries,
        (double) valueBytes / entries);
    System.out.printf(
        Locale.ROOT,
        "JVM heap after GC: %.1f MB before, %.1f MB with the sessions in progress = %.1f KB per"
            + " call (simulator line, transcript, Hazelcast entry and all)%n",
        heapBefore / 1e6,
        heapAfter / 1e6,
        (heapAfter - heapBefore) / 1e3 / sessions);
  }

  private static void line(String name, long[] s, List<Long> all) {
    for (long v : s) {
      all.add(v);
    }
    System.out.printf(
        Locale.ROOT,
        "%-42s %7d %8.2f %8.2f %8.2f %8.2f%n",
        name,
        s.length,
        ms(percentile(s, 50)),
        ms(percentile(s, 90)),
        ms(percentile(s, 99)),
        ms(s.length == 0 ? 0 : s[s.length - 1]));
  }

  private static long percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
