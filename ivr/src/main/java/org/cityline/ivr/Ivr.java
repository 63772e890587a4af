package org.cityline.ivr;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.accounts.ContactRecord;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEventHandler;
import org.cityline.common.call.CallId;
import org.cityline.ivr.flow.EnginePrompts;
import org.cityline.ivr.flow.Flow;
import org.cityline.ivr.flow.FlowEngine;
import org.cityline.ivr.flow.FlowEvent;
import org.cityline.ivr.flow.PortResult;
import org.cityline.ivr.flow.Session;
import org.cityline.ivr.flow.Transition;
import org.cityline.ivr.flows.MainFlow;
import org.cityline.ivr.flows.PaymentSteps;
import org.cityline.ivr.hours.BusinessHours;
import org.cityline.ivr.prompts.PromptBundles;
import org.cityline.ivr.prompts.PromptCatalog;
import org.cityline.ivr.prompts.PromptRenderer;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.routing.TrailStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The IVR as the telephony adapters see it: every {@link CallEvent} comes here and the answer is
 * what the call does next. A call's session is taken from the {@link SessionStore} under its lock,
 * advanced by the {@link FlowEngine} (making the port calls it asks for, one after the other, until
 * the flow waits for the caller), and stored again or ended.
 *
 * <p>A caller handed to routing keeps their session (stage {@code WAITING}) while they wait: the
 * IVR still answers their keys and check-backs (position, callback offer) until an agent is
 * connected; the session ends with the call, and routing records the contact.
 *
 * <p>The supervisor's emergency announcement, when one is on, is said first on every new call,
 * inside the first prompt (so a key interrupts it), in the caller's language and then the other.
 *
 * <p>Blocking: it reads and writes the session store and calls ports. Call it from a virtual thread
 * or a worker, never from an event loop. Nothing a caller does raises an exception out of {@link
 * #handle}.
 */
public final class Ivr implements CallEventHandler {

  private static final Logger log = LoggerFactory.getLogger(Ivr.class);

  /** A flow that asks the ports more often than this between two caller events is broken. */
  private static final int MAX_PORT_CALLS = 16;

  private final FlowEngine engine;
  private final PromptRenderer prompts;
  private final SessionStore sessions;
  private final IvrPorts ports;
  private final PortCalls calls;
  private final Clock clock;
  private final PaymentCapture capture;

  /**
   * An IVR running one flow.
   *
   * @throws org.cityline.ivr.flow.InvalidFlowException if the flow or its prompts have problems
   */
  public Ivr(
      Flow flow,
      PromptCatalog catalog,
      BusinessHours hours,
      SessionStore sessions,
      IvrPorts ports,
      Clock clock) {
    this(flow, catalog, hours, sessions, ports, clock, PaymentCapture.NONE);
  }

  /**
   * An IVR running one flow, handing card and bank capture to the phone system on the calls it says
   * it can ({@link PaymentCapture}).
   *
   * @throws org.cityline.ivr.flow.InvalidFlowException if the flow or its prompts have problems
   */
  public Ivr(
      Flow flow,
      PromptCatalog catalog,
      BusinessHours hours,
      SessionStore sessions,
      IvrPorts ports,
      Clock clock,
      PaymentCapture capture) {
    this.capture = java.util.Objects.requireNonNull(capture, "the IVR needs a PaymentCapture");
    this.engine = new FlowEngine(flow, catalog, hours);
    this.prompts = new PromptRenderer(catalog);
    this.sessions = sessions;
    this.ports = ports;
    this.calls = new PortCalls(ports, clock);
    this.clock = clock;
    sessions.onExpired(this::expired);
  }

  /** The utility's main flow with Cityline's prompts. */
  public static Ivr standard(
      MainFlow.Settings settings,
      BusinessHours hours,
      SessionStore sessions,
      IvrPorts ports,
      Clock clock) {
    return new Ivr(
        MainFlow.build(settings), PromptBundles.cityline(), hours, sessions, ports, clock);
  }

  /** The engine this IVR runs (its flow, for tools and tests). */
  public FlowEngine engine() {
    return engine;
  }

  @Override
  public List<CallCommand> handle(CallEvent event) {
    try {
      return switch (event) {
        case CallEvent.CallArrived arrived -> arrive(arrived);
        case CallEvent.DigitsEntered keys ->
            advance(
                keys.callId(), new FlowEvent.KeysPressed(keys.digits(), keys.at(), keys.step()));
        case CallEvent.NoInput silence ->
            advance(silence.callId(), new FlowEvent.NoInput(silence.at(), silence.step()));
        case CallEvent.PaymentCaptured paid -> advance(paid.callId(), captured(paid));
        case CallEvent.CallEnded ended -> end(ended);
        case CallEvent.AgentConnected connected -> List.of();
        case CallEvent.AgentLegFailed failed -> List.of();
        case CallEvent.CallAnswered answered -> List.of();
      };
    } catch (RuntimeException e) {
      log.error("the IVR failed on {}; the caller hears an apology and the call ends", event, e);
      return event instanceof CallEvent.CallEnded
          ? List.of()
          : apology(EnginePrompts.TECHNICAL_DIFFICULTY);
    }
  }

  private static FlowEvent captured(CallEvent.PaymentCaptured paid) {
    return new FlowEvent.PaymentCaptured(
        paid.outcome().name().toLowerCase(java.util.Locale.ROOT),
        paid.confirmation(),
        paid.lastFour(),
        paid.cardType(),
        paid.detail(),
        paid.at(),
        paid.step());
  }

  private List<CallCommand> arrive(CallEvent.CallArrived arrived) {
    try (SessionStore.Lease lease = sessions.lock(arrived.callId())) {
      List<CallCommand> commands = new ArrayList<>(List.of(new CallCommand.Answer()));
      Optional<Session> existing = lease.session();
      if (existing.isPresent()) {
        log.info(
            "call {} arrived again (a retried event); repeating where it is", arrived.callId());
        commands.addAll(engine.repeat(existing.get()).commands());
        return commands;
      }
      Session session =
          engine.newSession(
              arrived.callId(),
              ContactId.random(),
              arrived.caller(),
              arrived.language(),
              arrived.at());
      if (capture.capturesPayments(arrived.callId())) {
        session = session.withValues(java.util.Map.of(PaymentSteps.CONNECTOR, "true"));
      }
      log.info("call {} arrived; contact {}", arrived.callId(), session.contact());
      List<CallCommand> flow =
          run(lease, session, new FlowEvent.Started(arrived.at()), new ArrayList<>());
      commands.addAll(EmergencyNotice.first(announcement(arrived.at()), flow));
      return commands;
    }
  }

  private Optional<org.cityline.ivr.announcements.EmergencyAnnouncement> announcement(Instant at) {
    try {
      return ports.announcements().current(at);
    } catch (RuntimeException e) {
      log.warn("could not read the emergency announcement; the call goes on without it", e);
      return Optional.empty();
    }
  }

  private List<CallCommand> advance(CallId call, FlowEvent event) {
    try (SessionStore.Lease lease = sessions.lock(call)) {
      Optional<Session> session = lease.session();
      if (session.isEmpty()) {
        return noSession(call);
      }
      if (session.get().stage() == Session.Stage.WAITING && withAgent(session.get())) {
        log.debug("call {} is with an agent; a late IVR event changes nothing", call);
        return List.of();
      }
      return run(lease, session.get(), event, new ArrayList<>());
    }
  }

  /** Whether routing has connected (or is connecting) the waiting caller to an agent. */
  private boolean withAgent(Session session) {
    Optional<ContactSnapshot> contact = ports.routing().contact(session.contact());
    return contact.isPresent()
        && contact.get().state() != ContactState.QUEUED
        && contact.get().state() != ContactState.OFFERED;
  }

  private List<CallCommand> run(
      SessionStore.Lease lease, Session session, FlowEvent event, List<CallCommand> commands) {
    Transition transition = engine.next(session, event);
    for (int count = 0; ; count++) {
      commands.addAll(transition.commands());
      if (transition.portCall().isEmpty()) {
        break;
      }
      if (count == MAX_PORT_CALLS) {
        throw new IllegalStateException(
            "flow '" + session.flow() + "' made " + count + " port calls without waiting");
      }
      PortResult result = calls.execute(transition.portCall().get());
      transition =
          engine.next(transition.session(), new FlowEvent.PortAnswered(result, clock.instant()));
    }
    settle(lease, transition.session());
    return commands;
  }

  private void settle(SessionStore.Lease lease, Session session) {
    switch (session.stage()) {
      case IN_FLOW, WAITING -> lease.save(session);
      case TRANSFERRED -> {
        lease.remove();
        log.info("call {} handed to routing as contact {}", session.call(), session.contact());
      }
      case ENDED -> {
        lease.remove();
        if (!session.queued()) {
          record(session, ended(session), clock.instant());
        }
      }
    }
  }

  /** How a contact the IVR hung up is recorded: served callers were served, whatever the step. */
  private static String ended(Session session) {
    String outcome = session.outcome().orElse("self-service");
    if (session.served()) {
      return "self-service";
    }
    return outcome.equals("self-service") ? "failed" : outcome;
  }

  private List<CallCommand> end(CallEvent.CallEnded ended) {
    try (SessionStore.Lease lease = sessions.lock(ended.callId())) {
      Optional<Session> session = lease.session();
      if (session.isEmpty()) {
        return List.of();
      }
      lease.remove();
      Session left = session.get();
      if (left.queued()) {
        log.info(
            "call {} ended while waiting ({}); routing records contact {}",
            ended.callId(),
            ended.reason(),
            left.contact());
        return List.of();
      }
      String outcome =
          switch (ended.reason()) {
            case CALLER_HUNG_UP -> left.served() ? "self-service" : "abandoned";
            case HUNG_UP_BY_CITYLINE, LOST_BY_NETWORK, NOT_ANSWERED ->
                left.served() ? "self-service" : "failed";
          };
      log.info(
          "call {} ended in the IVR at step '{}' ({}): contact {} {}",
          ended.callId(),
          left.step(),
          ended.reason(),
          left.contact(),
          outcome);
      record(left, outcome, ended.at());
      return List.of();
    }
  }

  /** A session expired: its call ended without the IVR hearing of it. */
  private void expired(Session session) {
    if (session.stage() != Session.Stage.IN_FLOW || session.queued()) {
      return;
    }
    String outcome = session.served() ? "self-service" : "abandoned";
    log.warn(
        "the IVR session of call {} expired at step '{}' without a hang-up; contact {} recorded"
            + " as {}",
        session.call(),
        session.step(),
        session.contact(),
        outcome);
    record(session, outcome, clock.instant());
  }

  /** Keys for a call with no session: routing may own it (a replay), or it expired. */
  private List<CallCommand> noSession(CallId call) {
    Optional<ContactSnapshot> contact = ports.routing().contactForCall(call);
    if (contact.isPresent()) {
      log.info("keys for call {}, which routing already holds; the caller keeps holding", call);
      Language language = contact.get().language();
      return List.of(
          new CallCommand.WaitForAgent(prompts.render(language, EnginePrompts.HOLD_FOR_AGENT)));
    }
    log.warn(
        "keys for call {}, which has no IVR session (expired or never started);"
            + " apologising and hanging up",
        call);
    return apology(EnginePrompts.CALL_EXPIRED);
  }

  /** An apology in both languages (the session's language may be unknown), then a hang-up. */
  private List<CallCommand> apology(String promptId) {
    List<CallCommand> commands = new ArrayList<>();
    for (Language language : Language.values()) {
      commands.add(new CallCommand.Play(prompts.render(language, promptId)));
    }
    commands.add(new CallCommand.Hangup());
    return commands;
  }

  private void record(Session session, String outcome, Instant endedAt) {
    ContactRecord record =
        new ContactRecord(
            session.contact(),
            "voice",
            session.caller(),
            session.account(),
            session.verified(),
            Optional.empty(),
            Optional.empty(),
            outcome,
            trailText(session.trail()),
            session.arrivedAt(),
            Optional.empty(),
            endedAt);
    try {
      if (!ports.history().recordEnded(record)) {
        log.info("contact {} was already recorded as ended", session.contact());
      }
    } catch (RuntimeException e) {
      log.error("could not record contact {} as {}", session.contact(), outcome, e);
    }
  }

  private static String trailText(List<TrailStep> trail) {
    StringBuilder text = new StringBuilder();
    for (TrailStep step : trail) {
      text.append(step.at()).append(' ').append(step.summary()).append('\n');
    }
    return text.toString();
  }
}
