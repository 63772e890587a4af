package org.cityline.telephony.asterisk;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
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
import org.cityline.telephony.CallSequencer;
import org.cityline.telephony.asterisk.AsteriskCall.AgentLeg;
import org.cityline.telephony.asterisk.AsteriskCall.Phase;
import org.cityline.telephony.asterisk.agi.FastAgiGateway;
import org.cityline.telephony.asterisk.agi.IvrScript;
import org.cityline.telephony.asterisk.agi.PromptSounds;
import org.cityline.telephony.asterisk.ami.AmiException;
import org.cityline.telephony.asterisk.ami.ManagerLink;
import org.cityline.telephony.asterisk.ami.PbxActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cityline on an Asterisk PBX (network {@code asterisk}): the FastAGI server runs the IVR for each
 * caller's channel, the AMI connection rings agents, bridges, holds, hangs up and places callbacks.
 * It is the {@link CallControl} for {@code asterisk} calls; every call's events reach the {@link
 * CallEventHandler} on the call's own strand, never on an AMI or AGI reader thread's stack of a
 * {@code CallControl} method.
 *
 * <p>Connecting an agent: the agent's endpoint is originated into {@code [cityline-agent]}; when it
 * answers, the caller's channel gets {@code CITYLINE_AGENT} and is redirected to {@code
 * [cityline-bridge]}, which bridges the two. Hold redirects the caller to {@code [cityline-hold]}
 * (music) and parks the agent's leg in {@code [cityline-agent]}; resume redirects the caller to the
 * bridge again.
 */
public final class AsteriskNetwork implements CallControl, CallMonitor, AutoCloseable {

  /** The network name in this adapter's call ids. */
  public static final String NETWORK = "asterisk";

  private static final Logger log = LoggerFactory.getLogger(AsteriskNetwork.class);
  private static final Pattern ENDPOINT = Pattern.compile("PJSIP/[A-Za-z0-9._@-]{1,64}");
  private static final Duration CALLBACK_RING_TIME = Duration.ofSeconds(30);
  private static final int MAX_LIVE_CALLS = 20_000;

  /** How the adapter stands, for {@code /health}. */
  public record Health(boolean agiListening, ManagerLink.State ami, int liveCalls) {
    public boolean up() {
      return agiListening && ami == ManagerLink.State.CONNECTED;
    }
  }

  final AsteriskSettings settings;
  final Clock clock;
  final CallBook book = new CallBook(MAX_LIVE_CALLS);
  final PendingLegs legs = new PendingLegs("cityline-");
  final CallSequencer sequencer = new CallSequencer("asterisk-call-");
  final ManagerLink link;
  final PbxActions actions;
  final Conference conference = new Conference(this);
  private final FastAgiGateway agi;
  private final AtomicLong callbacks = new AtomicLong();
  private volatile CallEventHandler handler;
  private volatile boolean closing;

  public AsteriskNetwork(AsteriskSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    AmiCallEvents events = new AmiCallEvents(this);
    this.link =
        new ManagerLink(
            settings.amiHost(),
            settings.amiPort(),
            settings.amiUser(),
            settings.amiSecret(),
            events::onEvent,
            events::resynchronise);
    this.actions = new PbxActions(link);
    IvrScript script =
        new IvrScript(new IvrLine(this), settings.utilityNumber(), settings.musicClass());
    this.agi =
        new FastAgiGateway(
            settings.agiAddress(),
            settings.agiPort(),
            settings.allowedPbx(),
            Map.of(AsteriskSettings.SCRIPT, script));
  }

  /** Hands every call event to the core from now on; once, before {@link #start()}. */
  public synchronized void attach(CallEventHandler core) {
    if (handler != null) {
      throw new IllegalStateException("the Asterisk adapter is already attached to Cityline");
    }
    this.handler = core;
  }

  /**
   * Listens for FastAGI and starts logging in to AMI (in the background, with backoff).
   *
   * @throws IOException when the FastAGI address cannot be bound
   */
  public void start() throws IOException {
    agi.start();
    link.start();
    log.info("Asterisk adapter started: {}", settings);
  }

  public Health health() {
    return new Health(agi.listening(), link.state(), book.liveCount());
  }

  /** True when no call work and no AMI event is waiting to be handled (for tests). */
  public boolean idle() {
    try {
      return link.drained() && sequencer.awaitIdle(Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** PBX events received over AMI so far (for tests and benchmarks). */
  public long amiEventsReceived() {
    return link.eventsReceived();
  }

  @Override
  public String network() {
    return NETWORK;
  }

  @Override
  public void connectAgent(CallId caller, String agentEndpoint) {
    AsteriskCall call = live(caller);
    requireEndpoint(caller, agentEndpoint);
    if (call.phase() == Phase.WITH_AGENT || call.phase() == Phase.ON_HOLD) {
      throw new CallControlException(caller, "an agent is already connected");
    }
    ringAgent(call, agentEndpoint, PendingLegs.Kind.AGENT);
  }

  @Override
  public void hold(CallId caller) {
    AsteriskCall call = live(caller);
    AgentLeg agent = connectedAgent(call, Phase.WITH_AGENT, "hold");
    try {
      if (call.conference()) {
        actions.redirect(call.channel(), AsteriskSettings.HOLD_CONTEXT, null, null);
      } else {
        actions.redirect(
            call.channel(),
            AsteriskSettings.HOLD_CONTEXT,
            agent.channel(),
            AsteriskSettings.AGENT_CONTEXT);
      }
    } catch (AmiException e) {
      throw new CallControlException(caller, "cannot hold", e);
    }
    call.phase(Phase.ON_HOLD);
  }

  @Override
  public void resume(CallId caller) {
    AsteriskCall call = live(caller);
    connectedAgent(call, Phase.ON_HOLD, "resume");
    try {
      actions.redirect(
          call.channel(),
          call.conference() ? AsteriskSettings.CONFERENCE_CONTEXT : AsteriskSettings.BRIDGE_CONTEXT,
          null,
          null);
    } catch (AmiException e) {
      throw new CallControlException(caller, "cannot resume", e);
    }
    call.phase(Phase.WITH_AGENT);
  }

  /**
   * Rings a second agent and, once answered, puts both agents in a conference while the caller is
   * held (a warm transfer's consult); resuming brings the caller in (a conference of three).
   */
  @Override
  public void addAgent(CallId caller, String agentEndpoint) {
    AsteriskCall call = live(caller);
    requireEndpoint(caller, agentEndpoint);
    if (call.agent().isEmpty()
        || (call.phase() != Phase.WITH_AGENT && call.phase() != Phase.ON_HOLD)) {
      throw new CallControlException(caller, "only a call with an agent can take a second one");
    }
    if (call.agents().stream().anyMatch(leg -> leg.endpoint().equals(agentEndpoint))) {
      throw new CallControlException(caller, agentEndpoint + " is already on the call");
    }
    ringAgent(call, agentEndpoint, PendingLegs.Kind.JOIN);
  }

  /**
   * The held caller joins the ConfBridge both agents already talk in ({@code
   * [cityline-conference]}, where {@link #addAgent} put them): a conference of three.
   */
  @Override
  public void conference(CallId caller, String consultingEndpoint, String consultedEndpoint) {
    AsteriskCall call = live(caller);
    AgentLeg agent = connectedAgent(call, Phase.ON_HOLD, "make a conference");
    if (!agent.endpoint().equals(consultingEndpoint)) {
      throw new CallControlException(caller, consultingEndpoint + " is not the agent on this call");
    }
    if (!call.conference()
        || call.joined().stream().noneMatch(leg -> leg.endpoint().equals(consultedEndpoint))) {
      throw new CallControlException(caller, consultedEndpoint + " has not joined the call");
    }
    try {
      actions.redirect(call.channel(), AsteriskSettings.CONFERENCE_CONTEXT, null, null);
    } catch (AmiException e) {
      throw new CallControlException(caller, "cannot bring the caller into the conference", e);
    }
    call.phase(Phase.WITH_AGENT);
  }

  /** Originates an agent's endpoint into {@code [cityline-agent]}; the answer comes as an event. */
  private void ringAgent(AsteriskCall call, String agentEndpoint, PendingLegs.Kind kind) {
    String actionId = legs.expect(kind, call, agentEndpoint);
    try {
      actions.originate(
          actionId,
          agentEndpoint,
          AsteriskSettings.AGENT_CONTEXT,
          settings.utilityNumber().e164(),
          settings.agentRingTime(),
          Map.of("CITYLINE_CALL", call.uniqueId),
          null);
    } catch (AmiException e) {
      legs.forget(actionId);
      throw new CallControlException(call.id, "cannot ring " + agentEndpoint, e);
    }
  }

  private static void requireEndpoint(CallId caller, String endpoint) {
    if (endpoint == null || !ENDPOINT.matcher(endpoint).matches()) {
      throw new CallControlException(
          caller, "a phone on Asterisk is PJSIP/<endpoint>; got '" + endpoint + "'");
    }
  }

  /**
   * Takes the connected agent off the call; the caller waits with music in {@code [cityline-hold]}
   * until {@link #connectAgent} brings the next one (a blind transfer). With a second agent on the
   * call, the other stays with the caller (a warm transfer completed, or one leaving a conference).
   */
  @Override
  public void dropAgent(CallId caller, String agentEndpoint) {
    AsteriskCall call = live(caller);
    AgentLeg agent =
        call.agents().stream()
            .filter(leg -> leg.endpoint().equals(agentEndpoint))
            .findFirst()
            .orElseThrow(
                () ->
                    new CallControlException(
                        caller, agentEndpoint + " is not the agent on this call"));
    if (!call.joined().isEmpty()) {
      conference.drop(call, agent);
      return;
    }
    try {
      actions.redirect(call.channel(), AsteriskSettings.HOLD_CONTEXT, null, null);
    } catch (AmiException e) {
      throw new CallControlException(caller, "cannot take " + agentEndpoint + " off the call", e);
    }
    call.agent(null);
    call.conference(false);
    book.forgetAgentLeg(agent.uniqueId());
    call.phase(Phase.WAITING);
    hangupQuietly(agent.channel());
  }

  @Override
  public void hangup(CallId caller) {
    Optional<AsteriskCall> found = caller == null ? Optional.empty() : book.call(caller);
    if (found.isEmpty()) {
      if (caller != null && book.endedRecently(caller)) {
        return;
      }
      throw new CallControlException(caller, "no such call on the Asterisk adapter");
    }
    AsteriskCall call = found.get();
    call.hangupRequested();
    if (call.channel() == null) {
      return; // a callback still ringing: hung up as soon as it answers
    }
    try {
      actions.hangup(call.channel());
      call.agents().forEach(agent -> hangupQuietly(agent.channel()));
    } catch (AmiException e) {
      throw new CallControlException(caller, "cannot hang up", e);
    }
  }

  @Override
  public CallId originate(PhoneNumber to, PhoneNumber callerId, Language language) {
    requireAttached();
    String uniqueId = "cityline-" + clock.millis() / 1000 + "." + callbacks.incrementAndGet();
    CallId id = new CallId(NETWORK, uniqueId);
    AsteriskCall call = new AsteriskCall(id, null, Phase.RINGING, sequencer.newStrand());
    if (!book.add(call)) {
      throw new CallControlException(id, "Cityline carries its limit of live Asterisk calls");
    }
    String actionId = legs.expect(PendingLegs.Kind.CALLBACK, call, to.e164());
    try {
      actions.originate(
          actionId,
          settings.callbackDial().replace("{number}", to.digits()),
          AsteriskSettings.CALLBACK_CONTEXT,
          callerId.e164(),
          CALLBACK_RING_TIME,
          Map.of("CHANNEL(language)", PromptSounds.folder(language)),
          uniqueId);
    } catch (AmiException e) {
      legs.forget(actionId);
      call.markEnded();
      book.retire(call);
      throw new CallControlException(id, "cannot place the callback", e);
    }
    return id;
  }

  /**
   * Rings a supervisor's phone into ChanSpy on the agent's leg of a call.
   *
   * @param mode {@code 'l'} listen, {@code 'w'} whisper to the agent, {@code 'B'} barge
   */
  public void listenIn(CallId caller, String supervisorEndpoint, char mode) {
    AsteriskCall call = live(caller);
    AgentLeg agent =
        call.agent()
            .orElseThrow(() -> new CallControlException(caller, "no agent to listen in on"));
    requireEndpoint(caller, supervisorEndpoint);
    String actionId = legs.expect(PendingLegs.Kind.LISTEN_IN, call, supervisorEndpoint);
    try {
      actions.listenIn(actionId, supervisorEndpoint, agent.channel(), mode);
    } catch (AmiException e) {
      legs.forget(actionId);
      throw new CallControlException(caller, "cannot ring the supervisor", e);
    }
  }

  /** ChanSpy on the agent's leg: quiet for listening, whispering to the agent, or barging in. */
  @Override
  public void monitor(
      CallId caller, String agentEndpoint, String supervisorEndpoint, MonitorMode mode) {
    listenIn(
        caller,
        supervisorEndpoint,
        switch (mode) {
          case LISTEN -> 'l';
          case WHISPER -> 'w';
          case BARGE -> 'B';
        });
  }

  @Override
  public void close() {
    closing = true;
    agi.stop();
    link.close();
    sequencer.close();
  }

  // ---- shared with the AMI event mapping and the IVR line ----

  CallEventHandler handler() {
    return handler;
  }

  void requireAttached() {
    if (handler == null) {
      throw new CallControlException("the Asterisk adapter is not attached to Cityline yet");
    }
  }

  /** Hands an event to the core; runs on the call's strand. */
  void deliver(AsteriskCall call, CallEvent event) {
    try {
      handler.handle(event);
    } catch (RuntimeException e) {
      log.error("{}: the core failed on {}", call.id, event.getClass().getSimpleName(), e);
    }
  }

  /** Ends a call once and tells the core; runs on the call's strand. */
  void end(AsteriskCall call, CallEvent.EndReason cause) {
    if (!call.markEnded()) {
      return;
    }
    // A call cut by Cityline shutting down is lost, not hung up by its caller.
    CallEvent.EndReason reason =
        closing && cause == CallEvent.EndReason.CALLER_HUNG_UP
            ? CallEvent.EndReason.LOST_BY_NETWORK
            : cause;
    book.retire(call);
    call.agents().forEach(agent -> hangupQuietly(agent.channel()));
    log.info("{} ended: {}", call.id, reason);
    deliver(call, new CallEvent.CallEnded(call.id, reason, clock.instant()));
  }

  void hangupQuietly(String channel) {
    if (channel == null || link.state() != ManagerLink.State.CONNECTED) {
      return;
    }
    try {
      actions.hangup(channel);
    } catch (AmiException e) {
      log.debug("hanging up {} failed: {}", channel, e.getMessage());
    }
  }

  private AsteriskCall live(CallId caller) {
    if (caller == null) {
      throw new IllegalArgumentException("a call-control request needs a call id");
    }
    return book.call(caller)
        .orElseThrow(
            () ->
                new CallControlException(
                    caller,
                    book.endedRecently(caller)
                        ? "the call has ended"
                        : "no such call on the Asterisk adapter"));
  }

  private static AgentLeg connectedAgent(AsteriskCall call, Phase expected, String what) {
    AgentLeg agent =
        call.agent()
            .orElseThrow(
                () -> new CallControlException(call.id, "cannot " + what + ": no agent connected"));
    if (call.phase() != expected) {
      throw new CallControlException(
          call.id,
          "cannot "
              + what
              + ": the call is "
              + call.phase().name().toLowerCase(java.util.Locale.ROOT));
    }
    return agent;
  }

  List<AsteriskCall> liveCalls() {
    return List.copyOf(book.live());
  }
}
