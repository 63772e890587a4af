package org.cityline.telephony.asterisk.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.cityline.common.time.Scheduler;
import org.cityline.telephony.asterisk.fake.FakeChannel.State;

/**
 * A PBX for tests, on a {@link FakeAmiServer} and fake FastAGI connections: callers dial in and run
 * {@code AGI(agi://.../cityline)}, agents' phones answer (or not) the legs Cityline originates, and
 * the {@code cityline-agent}, {@code cityline-bridge}, {@code cityline-hold} and {@code
 * cityline-callback} contexts behave as {@code docs/asterisk.md} configures them. Redirecting a
 * channel out of AGI makes AGI report a hang-up, as Asterisk does; a caller hanging up answers the
 * pending command {@code result=-1}, then {@code HANGUP} and {@code 511}. Timeouts (GET DATA, WAIT
 * FOR DIGIT) run on the given {@link Scheduler}.
 */
public final class FakePbx implements AutoCloseable {

  private final FakeAmiServer ami;
  private final int agiPort;
  final Scheduler timers;
  final ReentrantLock lock = new ReentrantLock();
  final Condition changed = lock.newCondition();
  private final Map<String, FakeChannel> byName = new HashMap<>();
  private final Map<String, FakeChannel> byUniqueId = new HashMap<>();
  private final Set<String> silentPhones = new HashSet<>();
  private final List<Thread> agiThreads = new CopyOnWriteArrayList<>();
  private final Map<String, Socket> agiSockets = new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger(6);
  final AtomicLong activity = new AtomicLong();
  private StringBuilder collecting;
  private volatile boolean closed;

  public FakePbx(FakeAmiServer ami, int agiPort, Scheduler timers) {
    this.ami = ami;
    this.agiPort = agiPort;
    this.timers = timers;
    ami.answerWith(this::answer);
  }

  // ---- the caller's side ----

  /** A caller dials in; the PBX opens the FastAGI session. Returns the channel's uniqueid. */
  public String placeCall(String from, String to) {
    int n = sequence.incrementAndGet();
    FakeChannel channel =
        new FakeChannel(
            String.format("PJSIP/customer-%08x", n), "1795389459." + n, true, State.AGI);
    lock.lock();
    try {
      add(channel);
      channel.agiOpen = true;
    } finally {
      lock.unlock();
    }
    String environment = AgiEnvironment.forCall(channel, from, to, agiPort);
    agiThreads.add(
        Thread.ofVirtual().name("fake-pbx-agi-" + n).start(() -> runAgi(channel, environment)));
    return channel.uniqueId;
  }

  public void press(String uniqueId, String keys) {
    withLock(
        () -> {
          FakeChannel channel = channel(uniqueId);
          for (char key : keys.toCharArray()) {
            channel.keys.add(key);
          }
        });
  }

  public void callerHangsUp(String uniqueId) {
    withLock(() -> hangUp(channel(uniqueId)));
  }

  /** What the caller heard, one entry per prompt, sounds separated by a space. */
  public List<String> heard(String uniqueId) {
    lock.lock();
    try {
      return channel(uniqueId).heard.stream()
          .filter(group -> !group.isEmpty())
          .map(group -> String.join(" ", group))
          .toList();
    } finally {
      lock.unlock();
    }
  }

  /** The caller's channel state, and whether music plays. */
  public State state(String uniqueId) {
    lock.lock();
    try {
      return channel(uniqueId).state;
    } finally {
      lock.unlock();
    }
  }

  public boolean music(String uniqueId) {
    lock.lock();
    try {
      return channel(uniqueId).music;
    } finally {
      lock.unlock();
    }
  }

  public boolean answered(String uniqueId) {
    lock.lock();
    try {
      return channel(uniqueId).answered;
    } finally {
      lock.unlock();
    }
  }

  /** The agent's phone {@code PJSIP/<user>} stops answering. */
  public void deskPhoneDoesNotAnswer(String endpoint) {
    withLock(() -> silentPhones.add(endpoint));
  }

  /** The states of the live channels whose names start with any of these prefixes. */
  public List<State> states(String... prefixes) {
    lock.lock();
    try {
      return byName.values().stream()
          .filter(c -> c.state != State.GONE)
          .filter(c -> java.util.Arrays.stream(prefixes).anyMatch(c.name::startsWith))
          .map(c -> c.state)
          .toList();
    } finally {
      lock.unlock();
    }
  }

  /** Live channels now (not hung up). */
  public List<String> liveChannels() {
    lock.lock();
    try {
      return byName.values().stream().filter(c -> c.state != State.GONE).map(c -> c.name).toList();
    } finally {
      lock.unlock();
    }
  }

  /** The PBX drops the FastAGI connection of a call (a crash, a network cut): no HANGUP, no 511. */
  public void dropAgi(String uniqueId) {
    Socket socket = agiSockets.get(uniqueId);
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closed anyway
      }
    }
  }

  /** Hangs a channel up without an AMI event (its event was lost while AMI was down). */
  public void hangUpSilently(String uniqueId) {
    withLock(
        () -> {
          FakeChannel channel = channel(uniqueId);
          channel.state = State.GONE;
          if (channel.bridgedTo != null) {
            channel.bridgedTo.state = State.PARKED;
            channel.bridgedTo.bridgedTo = null;
            channel.bridgedTo = null;
          }
        });
  }

  /** Hangs up every channel without telling anyone (a PBX restart while AMI is down). */
  public void forgetAllChannels() {
    withLock(
        () -> {
          for (FakeChannel channel : byName.values()) {
            channel.state = State.GONE;
            channel.agiDead = true;
            channel.hangupLinePending = true;
          }
          changed.signalAll();
        });
  }

  /**
   * True when nothing moves: every open FastAGI session waits for the caller (keys, silence) with
   * nothing it could take.
   */
  public boolean quiet() {
    lock.lock();
    try {
      for (FakeChannel channel : byName.values()) {
        if (channel.agiOpen && !(channel.blocked && AgiCommands.stillBlocked(channel))) {
          return false;
        }
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  public long activity() {
    return activity.get() + ami.activity();
  }

  @Override
  public void close() {
    closed = true;
    forgetAllChannels();
    for (Thread thread : agiThreads) {
      thread.interrupt();
    }
  }

  // ---- FastAGI ----

  private void runAgi(FakeChannel channel, String environment) {
    AgiCommands commands = new AgiCommands(this, channel);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), agiPort)) {
      agiSockets.put(channel.uniqueId, socket);
      OutputStream out = socket.getOutputStream();
      out.write(environment.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String line;
      while ((line = LfLines.read(in)) != null && !closed) {
        activity.incrementAndGet();
        String reply = commands.run(line);
        out.write(reply.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        activity.incrementAndGet();
      }
    } catch (IOException | InterruptedException e) {
      // the script side went away
    } finally {
      withLock(() -> agiClosed(channel));
    }
  }

  /** The script closed the socket: the dialplan goes on after AGI(). */
  private void agiClosed(FakeChannel channel) {
    channel.agiOpen = false;
    channel.blocked = false;
    if (channel.state == State.AGI) {
      String agent = channel.variables.get("CITYLINE_AGENT");
      if (agent != null) {
        moveTo(channel, "cityline-bridge");
      } else {
        hangUp(channel); // the dialplan's Hangup() after AGI
      }
    }
    activity.incrementAndGet();
  }

  // ---- AMI actions ----

  private String answer(AmiAction action) {
    lock.lock();
    try {
      collecting = new StringBuilder();
      String response = respond(action);
      if (response == null) {
        return null;
      }
      return response + collecting;
    } finally {
      collecting = null;
      lock.unlock();
    }
  }

  private String respond(AmiAction action) {
    return switch (action.name().toLowerCase(java.util.Locale.ROOT)) {
      case "originate" -> originate(action);
      case "redirect" -> redirect(action);
      case "hangup" -> hangupAction(action);
      case "setvar" -> setVar(action);
      case "coreshowchannels" -> AmiEvents.coreShowChannels(action, live());
      case "mixmonitormute" -> action.respond("Success");
      default -> null;
    };
  }

  private String originate(AmiAction action) {
    String dial = action.get("Channel").orElse("");
    String actionId = action.actionId();
    String queued = action.respond("Success", "Message: Originate successfully queued");
    boolean answers = !silentPhones.contains(dial) && dial.startsWith("PJSIP/");
    if (!answers) {
      emit(AmiEvents.originateFailed(actionId, dial, action.get("Context").orElse(""), 3));
      return queued;
    }
    int n = sequence.incrementAndGet();
    String endpoint = dial.substring("PJSIP/".length()).replaceAll("@.*", "");
    String uniqueId = action.get("ChannelId").orElse("1795389500." + n);
    boolean callback = "cityline-callback".equals(action.get("Context").orElse(""));
    FakeChannel leg =
        new FakeChannel(
            String.format("PJSIP/%s-%08x", endpoint, n), uniqueId, callback, State.PARKED);
    for (String variable : action.all("Variable")) {
      int eq = variable.indexOf('=');
      if (eq > 0) {
        leg.variables.put(variable.substring(0, eq), variable.substring(eq + 1));
      }
    }
    add(leg);
    String context = action.get("Context").orElse("");
    leg.state = "cityline-callback".equals(context) ? State.CALLBACK_WAITING : State.PARKED;
    if (action.get("Application").isPresent()) {
      leg.state = State.ELSEWHERE; // ChanSpy
    }
    emit(AmiEvents.newChannel(leg));
    emit(AmiEvents.originateAnswered(actionId, leg, context));
    return queued;
  }

  private String redirect(AmiAction action) {
    Optional<FakeChannel> channel = find(action.get("Channel").orElse(""));
    if (channel.isEmpty()) {
      return action.respond(
          "Error", "Message: Channel does not exist: " + action.get("Channel").orElse(""));
    }
    moveTo(channel.get(), action.get("Context").orElse(""));
    action
        .get("ExtraChannel")
        .flatMap(this::find)
        .ifPresent(extra -> moveTo(extra, action.get("ExtraContext").orElse("")));
    return action.respond("Success", "Message: Redirect successful");
  }

  private String hangupAction(AmiAction action) {
    Optional<FakeChannel> channel = find(action.get("Channel").orElse(""));
    if (channel.isEmpty()) {
      return action.respond("Error", "Message: No such channel");
    }
    String response = action.respond("Success", "Message: Channel Hungup");
    hangUp(channel.get());
    return response;
  }

  private String setVar(AmiAction action) {
    Optional<FakeChannel> channel = find(action.get("Channel").orElse(""));
    if (channel.isEmpty()) {
      return action.respond("Error", "Message: No such channel");
    }
    channel.get().variables.put(action.get("Variable").orElse(""), action.get("Value").orElse(""));
    return action.respond("Success", "Message: Variable Set");
  }

  // ---- the dialplan, under the lock ----

  /** Sends a channel to a context, as Redirect or the end of an application does. */
  void moveTo(FakeChannel channel, String context) {
    if (channel.state == State.GONE) {
      return;
    }
    if (channel.state == State.AGI) {
      channel.agiDead = true; // an async goto: AGI sees a hang-up, the channel goes on
      channel.hangupLinePending = true;
      channel.music = false;
    }
    unbridge(channel);
    switch (context) {
      case "cityline-bridge" -> {
        Optional<FakeChannel> agent =
            Optional.ofNullable(channel.variables.get("CITYLINE_AGENT")).flatMap(this::find);
        if (agent.isEmpty() || agent.get().state == State.GONE) {
          hangUp(channel); // Bridge() failed, the dialplan hangs up
        } else {
          unbridge(agent.get());
          channel.state = State.BRIDGED;
          agent.get().state = State.BRIDGED;
          channel.bridgedTo = agent.get();
          agent.get().bridgedTo = channel;
        }
      }
      case "cityline-hold" -> channel.state = State.HELD;
      case "cityline-conference" -> channel.state = State.CONFERENCE;
      case "cityline-agent" -> channel.state = State.PARKED;
      case "cityline-callback" -> channel.state = State.CALLBACK_WAITING;
      default -> channel.state = State.ELSEWHERE;
    }
    changed.signalAll();
  }

  private void unbridge(FakeChannel channel) {
    FakeChannel peer = channel.bridgedTo;
    if (peer == null) {
      return;
    }
    channel.bridgedTo = null;
    peer.bridgedTo = null;
    if (peer.state == State.BRIDGED) {
      // The caller ran Bridge(): without its agent its dialplan hangs up; an agent goes back to
      // wait.
      if (peer.caller) {
        hangUp(peer);
      } else {
        peer.state = State.PARKED;
      }
    }
  }

  void hangUp(FakeChannel channel) {
    if (channel.state == State.GONE) {
      return;
    }
    if (channel.agiOpen) {
      channel.agiDead = true;
      channel.hangupLinePending = true;
    }
    channel.state = State.GONE;
    channel.music = false;
    unbridge(channel);
    emit(AmiEvents.hangup(channel));
    changed.signalAll();
  }

  private void emit(String event) {
    activity.incrementAndGet();
    if (collecting != null) {
      collecting.append(event);
    } else {
      ami.emit(event);
    }
  }

  private void add(FakeChannel channel) {
    byName.put(channel.name, channel);
    byUniqueId.put(channel.uniqueId, channel);
  }

  private Optional<FakeChannel> find(String name) {
    FakeChannel channel = byName.get(name);
    return channel == null || channel.state == State.GONE ? Optional.empty() : Optional.of(channel);
  }

  private List<FakeChannel> live() {
    return new ArrayList<>(byName.values().stream().filter(c -> c.state != State.GONE).toList());
  }

  private FakeChannel channel(String uniqueId) {
    FakeChannel channel = byUniqueId.get(uniqueId);
    if (channel == null) {
      throw new AssertionError("the fake PBX has no channel " + uniqueId);
    }
    return channel;
  }

  private void withLock(Runnable action) {
    lock.lock();
    try {
      action.run();
      changed.signalAll();
      activity.incrementAndGet();
    } finally {
      lock.unlock();
    }
  }
}
