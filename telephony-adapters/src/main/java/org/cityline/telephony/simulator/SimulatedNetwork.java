package org.cityline.telephony.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.call.CallId;
import org.cityline.common.call.CallMonitor;
import org.cityline.common.call.MonitorMode;
import org.cityline.common.time.Scheduler;
import org.cityline.telephony.CallSequencer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process phone network (network {@code sim}): callers on one side, Cityline on the other.
 *
 * <p>The caller's side ({@link #placeCall}, {@link #pressKeys}, {@link #callerHangsUp}) is what the
 * HTTP API, the test phone, tests and the load generator drive; it answers with a {@link
 * CallerResult} and never blocks. Cityline's side is {@link CallControl}: agents' desk phones are
 * {@code sim:<username>} and answer at once (unless told not to, {@link #setDeskPhoneAnswering}).
 *
 * <p>Each call's events go to the attached {@link CallEventHandler} on the call's strand: one at a
 * time, in order, on a virtual thread, never from inside a {@code CallControl} method. State
 * changes asked through {@code CallControl} show at once; the event reporting them follows on the
 * strand.
 */
public final class SimulatedNetwork implements CallControl, CallMonitor, AutoCloseable {

  /** The network name in every simulated {@link CallId}. */
  public static final String NETWORK = "sim";

  /** How agents' desk phones are addressed: {@code sim:<username>}. */
  public static final String DESK_PHONE_PREFIX = "sim:";

  private static final Logger log = LoggerFactory.getLogger(SimulatedNetwork.class);
  private static final Pattern KEYS = Pattern.compile("[0-9*#]+");
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final int MAX_KEYS = 32;

  private final Clock clock;
  private final Scheduler scheduler;
  private final SimulatorSettings settings;
  private final CallSequencer sequencer = new CallSequencer("sim-call-");
  private final CallBook book;
  private final CallRunner runner;
  private final OutboundDialer outbound;
  private final AtomicReference<CallEventHandler> handler = new AtomicReference<>();
  private final Set<String> unansweredDeskPhones = ConcurrentHashMap.newKeySet();
  private final String idPrefix = randomPrefix();
  private final AtomicLong sequence = new AtomicLong();

  /**
   * @param clock stamps events and transcripts
   * @param scheduler runs collect timeouts
   * @param settings how much the simulator keeps
   */
  public SimulatedNetwork(Clock clock, Scheduler scheduler, SimulatorSettings settings) {
    this.clock = Objects.requireNonNull(clock, "the simulator needs a clock");
    this.scheduler = Objects.requireNonNull(scheduler, "the simulator needs a scheduler");
    this.settings = Objects.requireNonNull(settings, "the simulator needs its settings");
    this.book = new CallBook(settings);
    this.runner = new CallRunner(clock, book, handler::get);
    this.outbound = new OutboundDialer(clock, scheduler, runner);
  }

  public SimulatedNetwork(Clock clock, Scheduler scheduler) {
    this(clock, scheduler, SimulatorSettings.defaults());
  }

  /**
   * Connects the network to Cityline: every call event goes to {@code callHandler} (the {@code
   * CallDirector}). Done once, at start-up; calls placed before are refused.
   */
  public void attach(CallEventHandler callHandler) {
    Objects.requireNonNull(callHandler, "attach a call handler, not nothing");
    if (!handler.compareAndSet(null, callHandler)) {
      throw new IllegalStateException("the simulator is already attached to a call handler");
    }
  }

  @Override
  public String network() {
    return NETWORK;
  }

  /**
   * This network's own prefix for call ids: calls placed here are {@code sim/<prefix>-<n>}. Each
   * node's simulator has its own, so a node can tell which node a simulated call lives on.
   */
  public String instanceId() {
    return idPrefix;
  }

  /** Whether the call was placed on this simulator (rather than on another node's). */
  public boolean owns(CallId call) {
    return call != null
        && NETWORK.equals(call.network())
        && call.localId().startsWith(idPrefix + "-");
  }

  // ---- the caller's side ----

  /**
   * A caller dials: the call rings and Cityline hears of it.
   *
   * @param from the caller's number, empty when withheld
   * @param to the number dialed
   * @param language the channel's language
   */
  public CallerResult placeCall(Optional<PhoneNumber> from, PhoneNumber to, Language language) {
    if (from == null || to == null || language == null) {
      return new CallerResult.Invalid(
          "a call needs a caller (or none), a dialed number and a language");
    }
    if (handler.get() == null) {
      return new CallerResult.Unavailable("the simulator is not connected to Cityline yet");
    }
    CallId id = new CallId(NETWORK, idPrefix + "-" + sequence.incrementAndGet());
    LiveCall call =
        new LiveCall(
            id,
            from,
            to,
            language,
            clock.instant(),
            sequencer.newStrand(),
            scheduler,
            runner,
            settings.maxTranscriptLines());
    if (!book.add(call, clock.instant())) {
      return new CallerResult.Unavailable(
          "the simulator carries "
              + settings.maxLiveCalls()
              + " live calls, its limit; hang some up");
    }
    log.debug("call {} placed", id);
    runner.report(call, new CallEvent.CallArrived(id, from, to, language, clock.instant()));
    return new CallerResult.Placed(id);
  }

  /**
   * The caller presses keys (0-9, * and #; up to 32 at a time). They are taken one by one, in
   * order, after everything the call already has to do; keys pressed while the IVR is not listening
   * are recorded and ignored.
   */
  public CallerResult pressKeys(CallId call, String keys) {
    Optional<String> wrong = keyProblem(keys);
    if (wrong.isPresent()) {
      return new CallerResult.Invalid(wrong.get());
    }
    Optional<LiveCall> live = find(call);
    if (live.isEmpty()) {
      return noSuchCall(call);
    }
    if (live.get().isOver()) {
      return new CallerResult.CallOver("call " + call.localId() + " has ended; it takes no keys");
    }
    live.get().strand.execute(() -> runner.keys(live.get(), keys));
    return new CallerResult.Accepted();
  }

  /** The caller hangs up; hanging up an ended call changes nothing. */
  public CallerResult callerHangsUp(CallId call) {
    Optional<LiveCall> live = find(call);
    if (live.isEmpty()) {
      return noSuchCall(call);
    }
    if (outbound.isRinging(live.get())) {
      outbound.decline(live.get()); // a customer declining a callback
    } else {
      runner.end(live.get(), EndReason.CALLER_HUNG_UP, "[caller hung up]");
    }
    return new CallerResult.Accepted();
  }

  /** The customer answers a call Cityline placed ({@link #originate}) that rings at theirs. */
  public CallerResult customerAnswers(CallId call) {
    Optional<LiveCall> live = find(call);
    if (live.isEmpty()) {
      return noSuchCall(call);
    }
    return outbound.answer(live.get());
  }

  /**
   * Whether calls Cityline places to customers are answered at once (the default) or ring until
   * {@link #customerAnswers} (or ring out after 30 seconds).
   */
  public void answerOutboundCallsAutomatically(boolean automatically) {
    outbound.answerAutomatically(automatically);
  }

  /** A call as it is now, live or recently ended. */
  public Optional<SimulatedCall> call(CallId call) {
    return find(call).map(live -> live.snapshot(clock.instant()));
  }

  /** The most recently placed calls first, live and recently ended; at most {@code limit}. */
  public List<SimulatedCall> recentCalls(int limit) {
    return book.newest(Math.max(0, limit), clock.instant()).stream()
        .map(live -> live.snapshot(clock.instant()))
        .toList();
  }

  /** How many calls are live (not ended). */
  public int liveCalls() {
    return book.liveCount();
  }

  /** Makes an agent's desk phone ring out (or answer again), to try agent legs that fail. */
  public void setDeskPhoneAnswering(String username, boolean answering) {
    if (answering) {
      unansweredDeskPhones.remove(username);
    } else {
      unansweredDeskPhones.add(username);
    }
  }

  /**
   * Waits until every call has handled all its queued events. Tests call it after an action (and
   * after moving a manual scheduler) to see its whole effect.
   *
   * @return false if events were still being handled when the time ran out
   */
  public boolean awaitIdle(Duration timeout) {
    try {
      return sequencer.awaitIdle(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // ---- Cityline's side: CallControl ----

  @Override
  public void connectAgent(CallId caller, String agentEndpoint) {
    LiveCall call = liveCall(caller);
    String username = deskPhoneUser(caller, agentEndpoint);
    if (unansweredDeskPhones.contains(username)) {
      refuse(caller, "cannot connect an agent", call.connectRefusal());
      call.note("[" + username + "'s phone did not answer]", clock.instant());
      runner.report(
          call, new CallEvent.AgentLegFailed(caller, agentEndpoint, "no answer", clock.instant()));
      return;
    }
    refuse(caller, "cannot connect an agent", call.connect(username, clock.instant()));
    runner.report(call, new CallEvent.AgentConnected(caller, agentEndpoint, clock.instant()));
  }

  @Override
  public void hold(CallId caller) {
    refuse(caller, "cannot hold", liveCall(caller).hold(clock.instant()));
  }

  @Override
  public void resume(CallId caller) {
    refuse(caller, "cannot resume", liveCall(caller).resume(clock.instant()));
  }

  /**
   * Calls a customer (a callback): their simulated phone rings and answers as set by {@link
   * #answerOutboundCallsAutomatically}. The call is {@code from} the utility's number {@code to}
   * the customer's, and takes agents like any other.
   */
  @Override
  public CallId originate(PhoneNumber to, PhoneNumber callerId, Language language) {
    if (to == null || callerId == null || language == null) {
      throw new CallControlException("an outbound call needs a number, a caller id and a language");
    }
    if (handler.get() == null) {
      throw new CallControlException("the simulator is not connected to Cityline yet");
    }
    return outbound.dial(to, lang -> placeOutbound(callerId, to, lang), language);
  }

  private Optional<LiveCall> placeOutbound(
      PhoneNumber callerId, PhoneNumber to, Language language) {
    CallId id = new CallId(NETWORK, idPrefix + "-" + sequence.incrementAndGet());
    LiveCall call =
        new LiveCall(
            id,
            Optional.of(callerId),
            to,
            language,
            clock.instant(),
            sequencer.newStrand(),
            scheduler,
            runner,
            settings.maxTranscriptLines());
    return book.add(call, clock.instant()) ? Optional.of(call) : Optional.empty();
  }

  /** Brings a second agent's desk phone onto the call (a warm transfer's consult). */
  @Override
  public void addAgent(CallId caller, String agentEndpoint) {
    LiveCall call = liveCall(caller);
    String username = deskPhoneUser(caller, agentEndpoint);
    if (unansweredDeskPhones.contains(username)) {
      call.note("[" + username + "'s phone did not answer]", clock.instant());
      runner.report(
          call, new CallEvent.AgentLegFailed(caller, agentEndpoint, "no answer", clock.instant()));
      return;
    }
    refuse(caller, "cannot add an agent", call.addAgent(username, clock.instant()));
    runner.report(call, new CallEvent.AgentConnected(caller, agentEndpoint, clock.instant()));
  }

  /** The held caller joins both agents' desk phones (a conference of three). */
  @Override
  public void conference(CallId caller, String consultingEndpoint, String consultedEndpoint) {
    LiveCall call = liveCall(caller);
    refuse(
        caller,
        "cannot make a conference",
        call.conference(
            deskPhoneUser(caller, consultingEndpoint),
            deskPhoneUser(caller, consultedEndpoint),
            clock.instant()));
  }

  /**
   * A supervisor's desk phone joins the agent's call: listening (nobody hears them), whispering
   * (the agent hears them) or barging in (all hear one another); the transcript says so.
   */
  @Override
  public void monitor(
      CallId caller, String agentEndpoint, String supervisorEndpoint, MonitorMode mode) {
    LiveCall call = liveCall(caller);
    String agent = deskPhoneUser(caller, agentEndpoint);
    String supervisor = deskPhoneUser(caller, supervisorEndpoint);
    refuse(
        caller,
        "cannot put a supervisor on the call",
        call.monitor(agent, supervisor, mode, clock.instant()));
  }

  /** Takes an agent's desk phone off the call; with no agent left the caller hears music. */
  @Override
  public void dropAgent(CallId caller, String agentEndpoint) {
    LiveCall call = liveCall(caller);
    refuse(
        caller,
        "cannot drop an agent",
        call.dropAgent(deskPhoneUser(caller, agentEndpoint), clock.instant()));
  }

  /** Hangs up; a call that has already ended stays as it is. */
  @Override
  public void hangup(CallId caller) {
    LiveCall call = knownCall(caller);
    runner.end(call, EndReason.HUNG_UP_BY_CITYLINE, call.hangupNote());
  }

  /** Stops the strands' threads; calls in progress stop where they are. */
  @Override
  public void close() {
    sequencer.close();
  }

  // ---- helpers ----

  private Optional<LiveCall> find(CallId call) {
    if (call == null || !NETWORK.equals(call.network())) {
      return Optional.empty();
    }
    return book.find(call.localId());
  }

  private LiveCall knownCall(CallId call) {
    return find(call)
        .orElseThrow(
            () -> new CallControlException(call, "the simulator has no such call (or forgot it)"));
  }

  private LiveCall liveCall(CallId call) {
    LiveCall live = knownCall(call);
    if (live.isOver()) {
      throw new CallControlException(call, "the call has ended");
    }
    return live;
  }

  private static void refuse(CallId call, String what, Optional<String> refusal) {
    if (refusal.isPresent()) {
      throw new CallControlException(call, what + ": " + refusal.get());
    }
  }

  private static String deskPhoneUser(CallId caller, String endpoint) {
    if (endpoint == null
        || !endpoint.startsWith(DESK_PHONE_PREFIX)
        || !USERNAME.matcher(endpoint.substring(DESK_PHONE_PREFIX.length())).matches()) {
      throw new CallControlException(
          caller,
          "not a simulated desk phone: "
              + (endpoint == null ? "nothing" : "'" + abbreviate(endpoint) + "'")
              + "; they read sim:<username>, set in the agent's profile");
    }
    return endpoint.substring(DESK_PHONE_PREFIX.length());
  }

  private static CallerResult noSuchCall(CallId call) {
    return new CallerResult.NoSuchCall(
        "no simulated call " + (call == null ? "given" : "'" + call.localId() + "'"));
  }

  /** Why these are not keys a caller can press, never repeating them (they may be card digits). */
  static Optional<String> keyProblem(String keys) {
    if (keys == null || keys.isEmpty()) {
      return Optional.of("press at least one key (0-9, * or #)");
    }
    if (keys.length() > MAX_KEYS) {
      return Optional.of(
          "at most " + MAX_KEYS + " keys at a time; got " + keys.length() + " characters");
    }
    if (!KEYS.matcher(keys).matches()) {
      return Optional.of("keys are the digits 0-9, * and # only");
    }
    return Optional.empty();
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }

  private static String randomPrefix() {
    String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    SecureRandom random = new SecureRandom();
    StringBuilder prefix = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      prefix.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return prefix.toString();
  }
}
