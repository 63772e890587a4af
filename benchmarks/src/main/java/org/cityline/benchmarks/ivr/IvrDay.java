package org.cityline.benchmarks.ivr;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.cityline.accounts.ContactRecord;
import org.cityline.accounts.payments.sandbox.SandboxNumbers;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.SmallMachines;
import org.cityline.common.call.CallId;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.telephony.simulator.CallerResult;
import org.cityline.telephony.simulator.SimulatedCall;

/**
 * A simulated day of calls through the simulator, to measure IVR containment (calls that end in
 * self-service, without an agent) and abandonment (callers who hang up in the IVR unserved) per
 * flow. The call mix and the callers' behaviour are a stated model (see {@link Flow} and {@link
 * #step}); the IVR, the accounts and Hazelcast are real. Calls come one after another every 10
 * simulated seconds; timeouts run on a simulated clock.
 *
 * <p>Callers come from the demo city (one account on their phone, owing at least $30); those asking
 * for an arrangement owe something past due.
 *
 * <p>Run: see docs/benchmarks/ivr.md. Arguments: {@code [calls] [seed]}, default 3000 and 42.
 */
public final class IvrDay {

  /** What callers call about, with the share of calls (percent) in the day. */
  enum Flow {
    BALANCE(28),
    PAY_CARD(18),
    PAY_BANK(5),
    ARRANGEMENT(7),
    OUTAGE(6),
    GAS_SMELL(1),
    START_STOP(9),
    HIGH_BILL(6),
    PROGRAMS(4),
    PASSWORD_RESET(4),
    PERSON(12);

    final int share;

    Flow(int share) {
      this.share = share;
    }
  }

  /** How a call ended, from the IVR's point of view. */
  enum Outcome {
    CONTAINED,
    AGENT,
    ABANDONED,
    OTHER
  }

  /** Chances that, at any step, the caller hangs up, presses 0, stays silent, or mistypes. */
  static final double HANG_UP = 0.015;

  static final double ZERO = 0.02;
  static final double SILENT = 0.02;
  static final double MISTYPE = 0.01;

  private static final Duration WELCOME = Duration.ofSeconds(3);
  private static final Duration MENU = Duration.ofSeconds(5);

  private final IvrBench bench;
  private final BenchClock clock;
  private final Random random;
  private CallId call;
  private boolean over;

  private IvrDay(IvrBench bench, BenchClock clock, Random random) {
    this.bench = bench;
    this.clock = clock;
    this.random = random;
  }

  public static void main(String[] args) {
    SmallMachines.tune(); // as the Cityline node does
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    BenchClock clock = new BenchClock(Instant.parse("2026-03-02T14:00:00Z"));
    try (IvrBench bench = new IvrBench(clock, clock, 5_000, MainFlow.Settings.defaults())) {
      IvrDay day = new IvrDay(bench, clock, new Random(seed));
      List<IvrBench.Customer> customers = bench.customers(4_000);
      List<IvrBench.Customer> pastDue =
          customers.stream().filter(c -> c.account().pastDue().isPositive()).toList();
      Map<Flow, Map<Outcome, Integer>> results = new EnumMap<>(Flow.class);
      long start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        Flow flow = day.pick();
        List<IvrBench.Customer> who = flow == Flow.ARRANGEMENT ? pastDue : customers;
        IvrBench.Customer customer = who.get(day.random.nextInt(who.size()));
        Outcome outcome = day.call(flow, customer);
        results
            .computeIfAbsent(flow, f -> new EnumMap<>(Outcome.class))
            .merge(outcome, 1, Integer::sum);
        clock.advance(Duration.ofSeconds(10));
      }
      report(calls, seed, results, System.nanoTime() - start);
    }
    System.exit(0);
  }

  private Flow pick() {
    int roll = random.nextInt(100);
    for (Flow flow : Flow.values()) {
      roll -= flow.share;
      if (roll < 0) {
        return flow;
      }
    }
    return Flow.PERSON;
  }

  /** One caller: who they are, how they identify, their flow's keys, with the model's slips. */
  private Outcome call(Flow flow, IvrBench.Customer customer) {
    int identify = random.nextInt(100);
    boolean byNumber = identify < 75;
    boolean spanish = customer.account().language() == Language.SPANISH;
    Optional<PhoneNumber> from = byNumber ? Optional.of(customer.phone()) : Optional.empty();
    int recorded = bench.outcomes.ended.size();
    CallerResult placed =
        bench.network.placeCall(from, new PhoneNumber("+15055550100"), Language.ENGLISH);
    call = ((CallerResult.Placed) placed).call();
    over = false;
    settle();
    String zip = customer.account().serviceAddress().zip();
    if (spanish) {
      step("1");
    } else {
      silence(WELCOME);
    }
    if (!byNumber && identify < 95) {
      step(customer.account().number().value() + "#");
      step(zip + "#");
    } else if (!byNumber) {
      for (int attempt = 0; attempt < 3; attempt++) {
        step("1111111111#");
        step("99999#");
      }
    }
    script(flow, byNumber, zip);
    return finish(recorded);
  }

  private void script(Flow flow, boolean byNumber, String zip) {
    String stepUp = byNumber ? zip : null;
    switch (flow) {
      case BALANCE -> steps("1", "2");
      case PAY_CARD -> {
        steps("2", "2", "2500#", "1");
        if (random.nextInt(100) < 8) {
          steps(SandboxNumbers.CARD_DECLINED + "#", "1228", "123#", "87101", "1", "1");
        }
        steps(SandboxNumbers.VISA + "#", "1228", "123#", "87101", "1", "2");
      }
      case PAY_BANK ->
          steps(
              "2",
              "2",
              "2500#",
              "2",
              SandboxNumbers.ROUTING,
              SandboxNumbers.BANK_ACCOUNT + "#",
              "1",
              "2");
      case ARRANGEMENT -> {
        steps("3", stepUp);
        if (said("For an extension", "Para una prórroga")) {
          steps("1", "1", "2");
        }
      }
      case OUTAGE -> steps("4", "2", "2");
      case GAS_SMELL -> steps("4", "1");
      case START_STOP -> steps("5", String.valueOf(1 + random.nextInt(3)));
      case HIGH_BILL -> steps("6", "1", String.valueOf(1 + random.nextInt(3)));
      case PROGRAMS -> {
        steps("6", "2", "2");
        if (said("To receive your bills", "Para recibir sus facturas")) {
          steps("1", stepUp, "2");
        } else if (said("To sign up with a representative", "Para inscribirse con un")) {
          steps("1");
        } else {
          steps("2");
        }
      }
      case PASSWORD_RESET -> steps("6", "3", stepUp, "1", "2");
      case PERSON -> steps("0");
    }
  }

  private void steps(String... keys) {
    for (String key : keys) {
      if (key != null) {
        step(key);
      }
    }
  }

  /** One caller step, with the model's chances of hanging up, pressing 0, silence or a slip. */
  private void step(String keys) {
    if (over || state() != SimulatedCall.State.IN_IVR) {
      over = true;
      return;
    }
    double roll = random.nextDouble();
    if (roll < HANG_UP) {
      bench.network.callerHangsUp(call);
      over = true;
      settle();
      return;
    }
    if (roll < HANG_UP + ZERO) {
      bench.network.pressKeys(call, "0");
      over = true;
      settle();
      return;
    }
    if (roll < HANG_UP + ZERO + SILENT) {
      silence(Duration.ofSeconds(7));
    } else if (roll < HANG_UP + ZERO + SILENT + MISTYPE) {
      bench.network.pressKeys(call, "7#");
      settle();
    }
    if (state() == SimulatedCall.State.IN_IVR) {
      bench.network.pressKeys(call, keys);
      settle();
    }
  }

  private void silence(Duration duration) {
    clock.advance(duration);
    settle();
  }

  private Outcome finish(int recorded) {
    SimulatedCall.State state = state();
    if (state == SimulatedCall.State.WAITING) {
      bench.network.callerHangsUp(call);
      settle();
      return Outcome.AGENT;
    }
    if (state != SimulatedCall.State.ENDED) {
      bench.network.callerHangsUp(call); // done listening
      settle();
    }
    List<ContactRecord> ended = bench.outcomes.ended;
    if (ended.size() == recorded) {
      return Outcome.AGENT; // routing held it: the IVR recorded nothing
    }
    return switch (ended.getLast().outcome()) {
      case "self-service" -> Outcome.CONTAINED;
      case "abandoned" -> Outcome.ABANDONED;
      default -> Outcome.OTHER;
    };
  }

  /** Whether the last prompt says this, in English or in Spanish. */
  private boolean said(String english, String spanish) {
    String prompt = prompt();
    return prompt.contains(english) || prompt.contains(spanish);
  }

  private String prompt() {
    List<String> prompts = bench.network.call(call).orElseThrow().prompts();
    return prompts.isEmpty() ? "" : prompts.getLast();
  }

  private SimulatedCall.State state() {
    return bench.network.call(call).orElseThrow().state();
  }

  private void settle() {
    bench.network.awaitIdle(Duration.ofSeconds(30));
  }

  private static void report(
      int calls, long seed, Map<Flow, Map<Outcome, Integer>> results, long nanos) {
    System.out.printf(
        Locale.ROOT,
        "%d calls (seed %d) in %.1f s; slips per step: hang up %.1f%%, 0 %.1f%%, silence %.1f%%,"
            + " wrong key %.1f%%%n%n",
        calls,
        seed,
        nanos / 1e9,
        HANG_UP * 100,
        ZERO * 100,
        SILENT * 100,
        MISTYPE * 100);
    System.out.printf(
        Locale.ROOT,
        "%-16s %6s %6s %11s %9s %11s %7s%n",
        "flow",
        "share",
        "calls",
        "contained",
        "to agent",
        "abandoned",
        "other");
    int[] totals = new int[Outcome.values().length];
    for (Flow flow : Flow.values()) {
      Map<Outcome, Integer> counts = results.getOrDefault(flow, Map.of());
      int n = counts.values().stream().mapToInt(Integer::intValue).sum();
      for (Outcome outcome : Outcome.values()) {
        totals[outcome.ordinal()] += counts.getOrDefault(outcome, 0);
      }
      System.out.printf(
          Locale.ROOT,
          "%-16s %5d%% %6d %10.1f%% %8.1f%% %10.1f%% %6.1f%%%n",
          flow,
          flow.share,
          n,
          pct(counts.getOrDefault(Outcome.CONTAINED, 0), n),
          pct(counts.getOrDefault(Outcome.AGENT, 0), n),
          pct(counts.getOrDefault(Outcome.ABANDONED, 0), n),
          pct(counts.getOrDefault(Outcome.OTHER, 0), n));
    }
    int n = calls;
    System.out.printf(
        Locale.ROOT,
        "%-16s %5s %7d %10.1f%% %8.1f%% %10.1f%% %6.1f%%%n",
        "ALL",
        "",
        n,
        pct(totals[Outcome.CONTAINED.ordinal()], n),
        pct(totals[Outcome.AGENT.ordinal()], n),
        pct(totals[Outcome.ABANDONED.ordinal()], n),
        pct(totals[Outcome.OTHER.ordinal()], n));
  }

  private static double pct(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
