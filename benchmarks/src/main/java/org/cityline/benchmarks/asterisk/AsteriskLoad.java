package org.cityline.benchmarks.asterisk;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.SmallMachines;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.Prompt;
import org.cityline.common.time.ExecutorScheduler;
import org.cityline.telephony.asterisk.AsteriskNetwork;
import org.cityline.telephony.asterisk.AsteriskSettings;
import org.cityline.telephony.asterisk.ami.ManagerLink;
import org.cityline.telephony.asterisk.fake.FakeAmiServer;
import org.cityline.telephony.asterisk.fake.FakePbx;

/**
 * The Asterisk adapter under load, on one node, against the fake PBX on loopback:
 *
 * <ol>
 *   <li><b>FastAGI</b>: {@code sessions} callers open FastAGI sessions at once (all open before any
 *       goes on), then each keys {@code keys} menu choices with a think time; every command's
 *       turnaround is timed from the PBX's reply to Cityline's next command (Asterisk-Java, the
 *       session, the call's strand and a trivial IVR: what Cityline adds to a round trip).
 *   <li><b>AMI events</b>: a burst of {@code events} channel events for channels Cityline does not
 *       handle and hang-ups of live calls, through Asterisk-Java into the mapping; events a second.
 *   <li><b>Resync</b>: {@code channels} calls waiting in the IVR, the AMI connection dropped; the
 *       time until the link is back and CoreShowChannels has been reconciled.
 * </ol>
 *
 * <p>Arguments: {@code [sessions] [keys] [think ms] [events] [channels] [pace]}, default 2000, 5,
 * 1000, 100000, 500, {@code spread}. Pace {@code spread} draws each think time uniformly from 0 to
 * twice the given one, as independent callers key; {@code lockstep} makes every session key at the
 * same instant. Before the FastAGI phase, a warm-up of 200 sessions (not measured) lets the JIT
 * compile the paths. Run: see docs/benchmarks/asterisk.md.
 */
public final class AsteriskLoad {

  private static final Prompt MENU =
      Prompt.of(
          Language.ENGLISH,
          new Prompt.Part.Phrase("main-menu", "For your balance press 1."),
          new Prompt.Part.Number(3, "three"));

  private AsteriskLoad() {}

  public static void main(String[] args) throws Exception {
    SmallMachines.tune(); // as the Cityline node does
    int sessions = arg(args, 0, 2_000);
    int keys = arg(args, 1, 5);
    int think = arg(args, 2, 1_000);
    int events = arg(args, 3, 100_000);
    int channels = arg(args, 4, 500);
    boolean spread = args.length <= 5 || !"lockstep".equals(args[5]);
    System.out.printf(
        Locale.ROOT, "Warm-up (not measured): %s%n", agi(Math.min(200, sessions), 20, 0, spread));
    System.out.printf(
        Locale.ROOT,
        "FastAGI (%s): %s%n",
        spread ? "spread think times" : "lock-step",
        agi(sessions, keys, think, spread));
    System.out.printf(Locale.ROOT, "AMI events: %s%n", ami(events));
    System.out.printf(Locale.ROOT, "Resync: %s%n", resync(channels));
    System.exit(0);
  }

  private static String agi(int sessions, int keys, int think, boolean spread) throws Exception {
    Latencies opening = new Latencies();
    Latencies held = new Latencies();
    int port = free();
    try (FakeAmiServer ami = new FakeAmiServer("bench", "bench");
        AsteriskNetwork network = network(ami.port(), port)) {
      network.attach(AsteriskLoad::menuIvr);
      network.start();
      CountDownLatch allIn = new CountDownLatch(sessions);
      long start = System.nanoTime();
      try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < sessions; i++) {
          callers.execute(new LoadCaller(port, i, keys, think, spread, allIn, opening, held));
        }
        allIn.await();
        System.out.printf(
            Locale.ROOT,
            "  %d sessions open at once after %.1f s (%d live calls)%n",
            sessions,
            (System.nanoTime() - start) / 1e9,
            network.health().liveCalls());
      }
      return String.format(
          Locale.ROOT,
          "%n  while opening: %s%n  all open:      %s",
          opening.summary(),
          held.summary());
    }
  }

  private static String ami(int events) throws Exception {
    try (FakeAmiServer ami = new FakeAmiServer("bench", "bench");
        AsteriskNetwork network = network(ami.port(), free())) {
      network.attach(event -> List.of());
      network.start();
      awaitConnected(network);
      long before = network.amiEventsReceived();
      List<byte[]> burst = new ArrayList<>();
      StringBuilder chunk = new StringBuilder();
      for (int i = 0; i < events; i++) {
        chunk.append(
            i % 10 == 9
                ? "Event: Hangup\r\nPrivilege: call,all\r\nChannel: PJSIP/x-"
                    + i
                    + "\r\nUniqueid: 1795300000."
                    + i
                    + "\r\nCause: 16\r\n\r\n"
                : "Event: Newexten\r\nPrivilege: dialplan,all\r\nChannel: PJSIP/x-"
                    + i
                    + "\r\nUniqueid: 1795300000."
                    + i
                    + "\r\nContext: from-trunk\r\nExten: s\r\nPriority: 1\r\nApplication: NoOp\r\n\r\n");
        if (chunk.length() > 16_384) {
          burst.add(chunk.toString().getBytes(StandardCharsets.ISO_8859_1));
          chunk.setLength(0);
        }
      }
      burst.add(chunk.toString().getBytes(StandardCharsets.ISO_8859_1));
      long start = System.nanoTime();
      ami.sendRaw(burst);
      while (network.amiEventsReceived() - before < events || !network.idle()) {
        Thread.sleep(1);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return String.format(
          Locale.ROOT, "%d events in %.2f s: %.0f events/s", events, seconds, events / seconds);
    }
  }

  private static String resync(int channels) throws Exception {
    try (FakeAmiServer ami = new FakeAmiServer("bench", "bench");
        ExecutorScheduler timers = new ExecutorScheduler("bench-pbx-timers")) {
      int agiPort = free();
      try (AsteriskNetwork network = network(ami.port(), agiPort)) {
        FakePbx pbx = new FakePbx(ami, agiPort, timers);
        network.attach(AsteriskLoad::waitingIvr);
        network.start();
        awaitConnected(network);
        for (int i = 0; i < channels; i++) {
          pbx.placeCall("+15055550123", "+15055550100");
        }
        while (network.health().liveCalls() < channels || !pbx.quiet()) {
          Thread.sleep(5);
        }
        long listed = ami.actions().stream().filter(a -> a.is("CoreShowChannels")).count();
        long start = System.nanoTime();
        ami.dropConnections();
        while (ami.actions().stream().filter(a -> a.is("CoreShowChannels")).count() == listed
            || network.health().ami() != ManagerLink.State.CONNECTED
            || !network.idle()) {
          Thread.sleep(1);
        }
        double millis = (System.nanoTime() - start) / 1e6;
        String result =
            String.format(
                Locale.ROOT,
                "%d live channels: drop to resynchronised in %.0f ms (%d calls kept)",
                channels,
                millis,
                network.health().liveCalls());
        pbx.close();
        return result;
      }
    }
  }

  private static List<CallCommand> menuIvr(CallEvent event) {
    return switch (event) {
      case CallEvent.CallArrived arrived ->
          List.of(
              new CallCommand.Answer(),
              new CallCommand.Play(MENU),
              CallCommand.Collect.menu(MENU, Duration.ofSeconds(5)));
      case CallEvent.DigitsEntered keys ->
          List.of(
              new CallCommand.Play(MENU), CallCommand.Collect.menu(MENU, Duration.ofSeconds(5)));
      default -> List.of();
    };
  }

  private static List<CallCommand> waitingIvr(CallEvent event) {
    return event instanceof CallEvent.CallArrived
        ? List.of(new CallCommand.Answer(), new CallCommand.WaitForAgent(MENU, Optional.empty()))
        : List.of();
  }

  private static AsteriskNetwork network(int amiPort, int agiPort) {
    return new AsteriskNetwork(
        new AsteriskSettings(
            "127.0.0.1",
            agiPort,
            List.of("127.0.0.1"),
            "127.0.0.1",
            amiPort,
            "bench",
            "bench",
            Duration.ofSeconds(20),
            "PJSIP/{number}@trunk",
            "default",
            PhoneNumber.of("+15055550100")),
        Clock.systemUTC());
  }

  private static int free() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void awaitConnected(AsteriskNetwork network) throws InterruptedException {
    while (network.health().ami() != ManagerLink.State.CONNECTED || !network.idle()) {
      Thread.sleep(5);
    }
  }

  private static int arg(String[] args, int index, int fallback) {
    return args.length > index ? Integer.parseInt(args[index]) : fallback;
  }
}
