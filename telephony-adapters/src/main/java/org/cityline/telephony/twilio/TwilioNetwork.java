package org.cityline.telephony.twilio;

import com.hazelcast.core.HazelcastInstance;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallControl;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.call.CallId;
import org.cityline.common.call.CallMonitor;
import org.cityline.common.call.MonitorMode;
import org.cityline.common.time.Scheduler;
import org.cityline.telephony.CallSequencer;
import org.cityline.telephony.twilio.TwilioCall.LegKind;
import org.cityline.telephony.twilio.TwilioCall.LegState;
import org.cityline.telephony.twilio.TwilioCall.Phase;
import org.cityline.telephony.twilio.TwilioRest.RestFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cityline on Twilio (network {@code twilio}): the {@link CallControl} for Twilio calls. Twilio
 * asks the {@link TwilioWebhooks} what each call does next; this class answers from the core and
 * drives conferences, holds, transfers and callbacks through {@link TwilioRest}.
 *
 * <p>A call's state lives in Hazelcast ({@link CallStore}), so any node answers any webhook.
 * Control requests ({@code connectAgent}, {@code hold}...) are checked at once and carried out on
 * the call's strand (never on the caller's stack, never re-entering the core); what follows comes
 * back as webhooks and then as {@link CallEvent}s.
 */
public final class TwilioNetwork implements CallControl, CallMonitor, AutoCloseable {

  /** The network name in this adapter's call ids. */
  public static final String NETWORK = "twilio";

  /** The Hazelcast map holding the calls. */
  public static final String MAP = "cityline-twilio-calls";

  private static final Logger log = LoggerFactory.getLogger(TwilioNetwork.class);
  private static final Pattern CLIENT = Pattern.compile("client:[A-Za-z0-9_.@-]{1,121}");
  private static final Duration CALLBACK_STATE_WAIT = Duration.ofSeconds(3);

  final TwilioSettings settings;
  final Clock clock;
  final CallStore store;
  final TwilioRest rest;
  final TwimlRenderer renderer;
  private final Scheduler scheduler;
  private final CallSequencer sequencer = new CallSequencer("twilio-call-");
  private final Map<String, CallSequencer.Strand> strands = new ConcurrentHashMap<>();
  private final IvrSteps ivr;
  private volatile CallEventHandler handler;

  /**
   * @param apiBase Twilio's REST API ({@link TwilioHttpClient#TWILIO_API}; a loopback fake in
   *     tests)
   * @param restTimeout the longest one REST request may take
   */
  public TwilioNetwork(
      TwilioSettings settings,
      HazelcastInstance hazelcast,
      String mapName,
      Clock clock,
      Scheduler scheduler,
      String apiBase,
      Duration restTimeout) {
    this.settings = settings;
    this.clock = clock;
    this.scheduler = scheduler;
    this.store = new CallStore(hazelcast, mapName);
    this.rest = new TwilioRest(settings, apiBase, restTimeout);
    this.renderer = new TwimlRenderer(settings);
    this.ivr = new IvrSteps(this);
  }

  /** The production adapter: Twilio's API, the shared map, 10 s per REST request. */
  public static TwilioNetwork create(
      TwilioSettings settings, HazelcastInstance hazelcast, Clock clock, Scheduler scheduler) {
    return new TwilioNetwork(
        settings,
        hazelcast,
        MAP,
        clock,
        scheduler,
        TwilioHttpClient.TWILIO_API,
        Duration.ofSeconds(10));
  }

  /** Hands every call event to the core from now on; once. */
  public synchronized void attach(CallEventHandler core) {
    if (handler != null) {
      throw new IllegalStateException("the Twilio adapter is already attached to Cityline");
    }
    this.handler = core;
    log.info("Twilio adapter ready: {}", settings);
  }

  /** Text messages through this account (the {@code Messaging} port). */
  public TwilioMessaging messaging() {
    return new TwilioMessaging(rest);
  }

  IvrSteps ivr() {
    return ivr;
  }

  TwilioSettings settings() {
    return settings;
  }

  /** How the adapter stands, for {@code /health}. */
  public record Health(boolean attached, String publicBaseUrl, int callsKnown) {}

  public Health health() {
    return new Health(handler != null, settings.publicBaseUrl().toString(), store.size());
  }

  /** Waits until no control request is outstanding on this node (tests, benchmarks). */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    return sequencer.awaitIdle(timeout);
  }

  /** With a Pay connector configured ({@code twilio.payment-connector}), {@code <Pay>} takes it. */
  @Override
  public boolean capturesPayments() {
    return settings.paymentConnector().isPresent();
  }

  @Override
  public String network() {
    return NETWORK;
  }

  @Override
  public void connectAgent(CallId caller, String agentEndpoint) {
    TwilioCall call = live(caller);
    requireEndpoint(caller, agentEndpoint);
    if (call.phase == Phase.WITH_AGENT || call.phase == Phase.ON_HOLD) {
      throw new CallControlException(caller, "an agent is already connected");
    }
    onStrand(call.callSid, () -> ring(call.callSid, agentEndpoint, LegKind.AGENT, null, false));
  }

  @Override
  public void hold(CallId caller) {
    TwilioCall call = live(caller);
    requireConnected(call, Phase.WITH_AGENT, "hold");
    onStrand(call.callSid, () -> holdOrResume(call.callSid, true));
  }

  @Override
  public void resume(CallId caller) {
    TwilioCall call = live(caller);
    requireConnected(call, Phase.ON_HOLD, "resume");
    onStrand(call.callSid, () -> holdOrResume(call.callSid, false));
  }

  @Override
  public void hangup(CallId caller) {
    if (caller == null) {
      throw new IllegalArgumentException("a call-control request needs a call id");
    }
    Optional<TwilioCall> found = ours(caller) ? store.get(caller.localId()) : Optional.empty();
    if (found.isEmpty()) {
      throw new CallControlException(caller, "no such call on the Twilio adapter");
    }
    if (!found.get().live()) {
      return;
    }
    onStrand(caller.localId(), () -> hangupNow(caller.localId()));
  }

  /** Rings a second agent into the call's conference (a warm transfer's consult). */
  @Override
  public void addAgent(CallId caller, String agentEndpoint) {
    TwilioCall call = live(caller);
    requireEndpoint(caller, agentEndpoint);
    if (call.agentsUp().isEmpty()
        || (call.phase != Phase.WITH_AGENT && call.phase != Phase.ON_HOLD)) {
      throw new CallControlException(caller, "only a call with an agent can take a second one");
    }
    if (call.liveLegs().stream().anyMatch(leg -> leg.endpoint().equals(agentEndpoint))) {
      throw new CallControlException(caller, agentEndpoint + " is already on the call");
    }
    onStrand(call.callSid, () -> ring(call.callSid, agentEndpoint, LegKind.JOIN, null, false));
  }

  /**
   * The call already lives in a conference with both agents' legs: taking the caller's participant
   * off hold makes it a conference of three.
   */
  @Override
  public void conference(CallId caller, String consultingEndpoint, String consultedEndpoint) {
    TwilioCall call = live(caller);
    requireConnected(call, Phase.ON_HOLD, "make a conference");
    for (String endpoint : List.of(consultingEndpoint, consultedEndpoint)) {
      if (call.agentsUp().stream().noneMatch(leg -> leg.endpoint().equals(endpoint))) {
        throw new CallControlException(caller, endpoint + " is not an agent on this call");
      }
    }
    onStrand(call.callSid, () -> holdOrResume(call.callSid, false));
  }

  /**
   * Takes an agent off the call: with another agent on it, the caller stays with that one (a warm
   * transfer completed); alone, the caller waits with music for {@link #connectAgent} (a blind
   * transfer).
   */
  @Override
  public void dropAgent(CallId caller, String agentEndpoint) {
    TwilioCall call = live(caller);
    if (call.agentsUp().stream().noneMatch(leg -> leg.endpoint().equals(agentEndpoint))) {
      throw new CallControlException(caller, agentEndpoint + " is not an agent on this call");
    }
    onStrand(call.callSid, () -> drop(call.callSid, agentEndpoint));
  }

  /**
   * Rings a supervisor's device into the call's conference to listen (muted), whisper (Twilio's
   * coaching of the agent's leg) or barge in.
   */
  @Override
  public void monitor(
      CallId caller, String agentEndpoint, String supervisorEndpoint, MonitorMode mode) {
    TwilioCall call = live(caller);
    requireEndpoint(caller, supervisorEndpoint);
    TwilioCall.Leg agent =
        call.agentsUp().stream()
            .filter(leg -> leg.endpoint().equals(agentEndpoint))
            .findFirst()
            .or(() -> call.agentsUp().stream().findFirst())
            .orElseThrow(() -> new CallControlException(caller, "no agent to listen in on"));
    onStrand(
        call.callSid,
        () ->
            ring(
                call.callSid,
                supervisorEndpoint,
                LegKind.SUPERVISOR,
                mode == MonitorMode.WHISPER ? agent.callSid() : null,
                mode == MonitorMode.LISTEN));
  }

  /**
   * Places a callback: Twilio calls the customer and fetches {@code /answered} when they answer
   * (the caller then waits with music for {@link #connectAgent}); no answer ends the call {@code
   * NOT_ANSWERED}.
   */
  @Override
  public CallId originate(PhoneNumber to, PhoneNumber callerId, Language language) {
    requireAttached();
    String sid;
    try {
      sid =
          rest.originate(
              to.e164(), callerId.e164(), settings.url("/answered"), settings.url("/status"));
    } catch (RestFailure e) {
      throw new CallControlException("cannot place the callback: " + e.getMessage());
    }
    store.update(
        sid,
        current ->
            current != null
                ? CallStore.Change.keep(null)
                : CallStore.Change.store(new TwilioCall(sid, language, true), null));
    log.info("callback {} placed", sid);
    return new CallId(NETWORK, sid);
  }

  @Override
  public void close() {
    sequencer.close();
  }

  // ---- carried out on the call's strand ----

  private void ring(String callSid, String endpoint, LegKind kind, String coach, boolean muted) {
    store.update(
        callSid,
        current -> {
          if (current == null || !current.live()) {
            return CallStore.Change.keep(null);
          }
          TwilioRest.NewLeg leg;
          try {
            leg =
                rest.addParticipant(
                    current.conferenceName(),
                    endpoint,
                    settings.url("/agent-status?call=" + callSid),
                    coach,
                    muted);
          } catch (RestFailure e) {
            log.warn("{}: {}; the caller keeps waiting", current.id(), e.getMessage());
            if (kind != LegKind.SUPERVISOR) {
              deliver(
                  new CallEvent.AgentLegFailed(
                      current.id(),
                      endpoint,
                      "Twilio refused the leg: " + e.getMessage(),
                      clock.instant()));
            }
            return CallStore.Change.keep(null);
          }
          TwilioCall next = current.copy();
          next.putLeg(new TwilioCall.Leg(endpoint, leg.callSid(), kind, LegState.RINGING));
          if (leg.conferenceSid() != null) {
            next.conferenceSid = leg.conferenceSid();
          }
          log.info("{}: ringing {} ({}) as leg {}", current.id(), endpoint, kind, leg.callSid());
          return CallStore.Change.store(next, null);
        });
  }

  private void holdOrResume(String callSid, boolean hold) {
    store.update(
        callSid,
        current -> {
          Phase expected = hold ? Phase.WITH_AGENT : Phase.ON_HOLD;
          if (current == null || current.phase != expected || current.conferenceSid == null) {
            return CallStore.Change.keep(null);
          }
          try {
            rest.hold(current.conferenceSid, callSid, hold);
          } catch (RestFailure e) {
            log.error("{}: {}", current.id(), e.getMessage());
            return CallStore.Change.keep(null);
          }
          return CallStore.Change.store(
              current.copy().inPhase(hold ? Phase.ON_HOLD : Phase.WITH_AGENT), null);
        });
  }

  private void hangupNow(String callSid) {
    store.update(
        callSid,
        current -> {
          if (current == null || !current.live()) {
            return CallStore.Change.keep(null);
          }
          TwilioCall next = current.copy();
          next.hangupRequested = true;
          try {
            rest.complete(callSid);
          } catch (RestFailure e) {
            log.error("{}: {}", current.id(), e.getMessage());
          }
          dropLegs(next);
          return CallStore.Change.store(next, null);
        });
  }

  private void drop(String callSid, String endpoint) {
    store.update(
        callSid,
        current -> {
          if (current == null || !current.live()) {
            return CallStore.Change.keep(null);
          }
          Optional<TwilioCall.Leg> leg =
              current.agentsUp().stream().filter(l -> l.endpoint().equals(endpoint)).findFirst();
          if (leg.isEmpty()) {
            return CallStore.Change.keep(null);
          }
          TwilioCall next = current.copy();
          next.putLeg(leg.get().in(LegState.DROPPED));
          if (next.agentsUp().isEmpty()) {
            int step = next.step + 1;
            String music = renderer.waitMusic(step);
            try {
              rest.redirect(callSid, music);
            } catch (RestFailure e) {
              log.error("{}: {}; the agent stays on the call", current.id(), e.getMessage());
              return CallStore.Change.keep(null);
            }
            next.step = step;
            next.lastTwiml = music;
            next.expecting = null;
            next.masked = false;
            next.phase = Phase.WAITING;
          }
          completeQuietly(leg.get().callSid());
          return CallStore.Change.store(next, null);
        });
  }

  // ---- shared with the webhooks ----

  /** Hands an event that asks nothing of the call to the core; failures are logged. */
  void deliver(CallEvent event) {
    try {
      handler.handle(event);
    } catch (RuntimeException e) {
      log.error("{}: the core failed on {}", event.callId(), event.getClass().getSimpleName(), e);
    }
  }

  CallEventHandler handler() {
    return handler;
  }

  void requireAttached() {
    if (handler == null) {
      throw new CallControlException("the Twilio adapter is not attached to Cityline yet");
    }
  }

  /** Runs work for a call on its strand on this node, never on the caller's stack. */
  void onStrand(String callSid, Runnable work) {
    strands.computeIfAbsent(callSid, sid -> sequencer.newStrand()).execute(work);
  }

  /** Forgets a call's strand on this node once it has ended. */
  void forgetStrand(String callSid) {
    strands.remove(callSid);
  }

  void scheduleCheckBack(String callSid, int generation, Duration after) {
    scheduler.schedule(after, () -> onStrand(callSid, () -> ivr.checkBack(callSid, generation)));
  }

  /** Hangs up every leg still ringing or up, marking them dropped. */
  void dropLegs(TwilioCall call) {
    for (TwilioCall.Leg leg : call.liveLegs()) {
      call.putLeg(leg.in(LegState.DROPPED));
      completeQuietly(leg.callSid());
    }
  }

  void completeQuietly(String legSid) {
    try {
      rest.complete(legSid);
    } catch (RestFailure e) {
      log.warn("hanging up leg {} failed: {}", legSid, e.getMessage());
    }
  }

  /** Waits briefly for a callback's state (Twilio may call before its REST answer is back). */
  Optional<TwilioCall> awaitCallback(String callSid) throws InterruptedException {
    long deadline = System.nanoTime() + CALLBACK_STATE_WAIT.toNanos();
    Optional<TwilioCall> call = store.get(callSid);
    while (call.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      call = store.get(callSid);
    }
    return call;
  }

  private static boolean ours(CallId call) {
    return NETWORK.equals(call.network());
  }

  private TwilioCall live(CallId caller) {
    if (caller == null) {
      throw new IllegalArgumentException("a call-control request needs a call id");
    }
    TwilioCall call =
        (ours(caller) ? store.get(caller.localId()) : Optional.<TwilioCall>empty())
            .orElseThrow(
                () -> new CallControlException(caller, "no such call on the Twilio adapter"));
    if (!call.live()) {
      throw new CallControlException(caller, "the call has ended");
    }
    return call;
  }

  private static void requireEndpoint(CallId caller, String endpoint) {
    if (endpoint == null
        || !(CLIENT.matcher(endpoint).matches() || PhoneNumber.parse(endpoint).isPresent())) {
      throw new CallControlException(
          caller,
          "a device on Twilio is client:<identity> or a phone number; got '" + endpoint + "'");
    }
  }

  private static void requireConnected(TwilioCall call, Phase expected, String what) {
    if (call.agentsUp().isEmpty()) {
      throw new CallControlException(call.id(), "cannot " + what + ": no agent connected");
    }
    if (call.phase != expected) {
      throw new CallControlException(
          call.id(),
          "cannot "
              + what
              + ": the call is "
              + call.phase.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  List<String> strandsForTests() {
    return List.copyOf(strands.keySet());
  }
}
