package org.cityline.telephony.twilio;

import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.call.CallCommand;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.telephony.twilio.CallStore.Change;
import org.cityline.telephony.twilio.TwilioCall.LegKind;
import org.cityline.telephony.twilio.TwilioCall.LegState;
import org.cityline.telephony.twilio.TwilioCall.Phase;
import org.cityline.telephony.twilio.TwilioRest.RestFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each webhook does to a call, under the call's lock: the IVR's steps (arrival, keys, silence,
 * check-backs), the call's status, its agent legs and callbacks. Every IVR answer carries a step
 * number in its action URL; a webhook for a step already answered gets the same TwiML again and
 * changes nothing.
 */
final class IvrSteps {

  private static final Logger log = LoggerFactory.getLogger(IvrSteps.class);

  private final TwilioNetwork network;

  IvrSteps(TwilioNetwork network) {
    this.network = network;
  }

  /** A call came in ({@code /voice}). */
  String incoming(WebhookParams params) {
    String sid = params.callSid();
    var caller = params.from();
    var dialed = params.to();
    return network.store.update(
        sid,
        current -> {
          if (current != null) {
            log.info("{}: incoming-call webhook retried; answered as before", sid);
            return Change.keep(current.lastTwiml);
          }
          TwilioCall call = new TwilioCall(sid, Language.ENGLISH, false);
          log.info("{} arrived", call.id());
          startRecording(call);
          return answer(
              call,
              new CallEvent.CallArrived(
                  call.id(), caller, dialed, Language.ENGLISH, network.clock.instant()));
        });
  }

  /** Keys or silence answering a gather ({@code /gather?step=N}). */
  String gathered(int step, WebhookParams params) {
    String sid = params.callSid();
    String digits = params.digits();
    return network.store.update(
        sid,
        current -> {
          if (current == null || !current.live()) {
            log.warn("{}: keys for an unknown or ended call; apologised", sid);
            return Change.keep(network.renderer.apology(Language.ENGLISH));
          }
          if (step > current.step) {
            throw new BadWebhook("step " + step + " was never asked for on this call");
          }
          if (current.phase == Phase.WITH_AGENT || current.phase == Phase.ON_HOLD) {
            log.info("{}: keys for a call with an agent; kept in its conference", sid);
            return Change.keep(network.renderer.conference(current));
          }
          if (step < current.step) {
            log.info(
                "{}: step {} answered already (now {}); same TwiML again", sid, step, current.step);
            return Change.keep(current.lastTwiml);
          }
          TwilioCall call = current.copy();
          Optional<String> token = call.expectedToken();
          CallEvent event =
              digits.isEmpty()
                  ? new CallEvent.NoInput(call.id(), network.clock.instant(), token)
                  : new CallEvent.DigitsEntered(call.id(), digits, network.clock.instant(), token);
          return answer(call, event);
        });
  }

  /** The result of a {@code <Pay>} ({@code /pay?step=N}): the connector's outcome, no digits. */
  String paid(int step, WebhookParams params) {
    String sid = params.callSid();
    PayResult result = PayResult.of(params);
    return network.store.update(
        sid,
        current -> {
          if (current == null || !current.live()) {
            log.warn("{}: a payment result for an unknown or ended call; apologised", sid);
            return Change.keep(network.renderer.apology(Language.ENGLISH));
          }
          if (step > current.step) {
            throw new BadWebhook("step " + step + " was never asked for on this call");
          }
          if (step < current.step) {
            log.info(
                "{}: payment result for step {} answered already; same TwiML again", sid, step);
            return Change.keep(current.lastTwiml);
          }
          TwilioCall call = current.copy();
          log.info("{}: <Pay> ended {}", call.id(), result.outcome());
          return answer(
              call, result.event(call.id(), network.clock.instant(), call.expectedToken()));
        });
  }

  /** {@code <Pay>}'s progress ({@code /pay-status}): only logged, by its kind, never a value. */
  String payProgress(WebhookParams params) {
    log.debug("{}: <Pay> progress ({})", params.callSid(), progressKind(params));
    return TwimlRenderer.empty();
  }

  /**
   * What {@code <Pay>} is asking for ({@code payment-card-number}, {@code security-code}...), as a
   * word safe to log: anything else a callback carries there (a connector that misbehaves could put
   * digits in it) is logged as {@code other}, never as it came.
   */
  static String progressKind(WebhookParams params) {
    return params
        .get("Capture")
        .or(() -> params.get("Result"))
        .filter(kind -> kind.matches("[a-z]+(-[a-z]+){0,5}") && kind.length() <= 40)
        .orElse("other");
  }

  /** The check-back of a wait ran out: the core says what the caller hears next. */
  void checkBack(String sid, int generation) {
    network.store.update(
        sid,
        current -> {
          if (current == null
              || current.phase != Phase.WAITING
              || current.waitGeneration != generation) {
            return Change.keep(null);
          }
          TwilioCall call = current.copy();
          Change<String> answered =
              answer(
                  call,
                  new CallEvent.NoInput(call.id(), network.clock.instant(), call.expectedToken()));
          try {
            network.rest.redirect(sid, answered.result());
          } catch (RestFailure e) {
            log.error("{}: check-back not played: {}", call.id(), e.getMessage());
            return Change.keep(null);
          }
          return answered;
        });
  }

  /** The caller's call changed status ({@code /status}). */
  String callStatus(WebhookParams params) throws InterruptedException {
    String sid = params.callSid();
    String status = params.callStatus();
    if (!ended(status)) {
      return TwimlRenderer.empty();
    }
    if (params.get("Direction").filter("outbound-api"::equals).isPresent()) {
      network.awaitCallback(sid); // a callback failing at once may report before it is recorded
    }
    return network.store.update(
        sid,
        current -> {
          if (current == null || !current.live()) {
            log.debug("{}: status {} for an unknown or ended call", sid, status);
            return Change.keep(TwimlRenderer.empty());
          }
          TwilioCall call = current.copy();
          EndReason reason = reason(call, status);
          call.phase = Phase.ENDED;
          network.dropLegs(call);
          log.info("{} ended: {} ({})", call.id(), reason, status);
          network.deliver(new CallEvent.CallEnded(call.id(), reason, network.clock.instant()));
          network.forgetStrand(sid);
          return Change.store(call, TwimlRenderer.empty());
        });
  }

  /** An agent's or supervisor's leg changed status ({@code /agent-status?call=CA...}). */
  String legStatus(String callerSid, WebhookParams params) {
    String legSid = params.callSid();
    String status = params.callStatus();
    return network.store.update(
        callerSid,
        current -> {
          Optional<TwilioCall.Leg> found = current == null ? Optional.empty() : current.leg(legSid);
          if (found.isEmpty()) {
            log.warn("{}: status {} for unknown leg {}", callerSid, status, legSid);
            return Change.keep(TwimlRenderer.empty());
          }
          if (!current.live()) {
            if ("in-progress".equals(status) || "answered".equals(status)) {
              network.completeQuietly(legSid);
            }
            return Change.keep(TwimlRenderer.empty());
          }
          TwilioCall call = current.copy();
          TwilioCall.Leg leg = found.get();
          params.conferenceSid().ifPresent(conference -> call.conferenceSid = conference);
          boolean changed =
              "in-progress".equals(status) || "answered".equals(status)
                  ? legAnswered(call, leg)
                  : ended(status) && legEnded(call, leg, status);
          return changed
              ? Change.store(call, TwimlRenderer.empty())
              : Change.keep(TwimlRenderer.empty());
        });
  }

  /** A callback was answered ({@code /answered}): the customer waits for an agent. */
  String answeredCallback(WebhookParams params) throws InterruptedException {
    String sid = params.callSid();
    if (network.awaitCallback(sid).isEmpty()) {
      log.warn("{}: answer for a call Cityline did not place; hung up", sid);
      return network.renderer.apology(Language.ENGLISH);
    }
    return network.store.update(
        sid,
        current -> {
          if (current.phase != Phase.RINGING) {
            return Change.keep(current.lastTwiml);
          }
          TwilioCall call = current.copy();
          call.step++;
          call.phase = Phase.WAITING;
          call.lastTwiml =
              call.hangupRequested
                  ? network.renderer.apology(call.language)
                  : network.renderer.waitMusic(call.step);
          network.deliver(new CallEvent.CallAnswered(call.id(), network.clock.instant()));
          return Change.store(call, call.lastTwiml);
        });
  }

  /** A conference event: remembers the conference's SID. */
  String conferenceStatus(WebhookParams params) {
    Optional<String> conference = params.conferenceSid();
    Optional<String> name = params.get("FriendlyName").filter(n -> n.startsWith("cityline-CA"));
    log.debug("conference {} {}", name.orElse("?"), params.get("StatusCallbackEvent").orElse("?"));
    if (conference.isPresent() && name.isPresent()) {
      String sid = name.get().substring("cityline-".length());
      network.store.update(
          sid,
          current -> {
            if (current == null || conference.get().equals(current.conferenceSid)) {
              return Change.keep(null);
            }
            TwilioCall call = current.copy();
            call.conferenceSid = conference.get();
            return Change.store(call, null);
          });
    }
    return TwimlRenderer.empty();
  }

  private boolean legAnswered(TwilioCall call, TwilioCall.Leg leg) {
    if (leg.state() != LegState.RINGING) {
      return false;
    }
    if (leg.kind() == LegKind.AGENT) {
      String conference = network.renderer.conference(call);
      try {
        network.rest.redirect(call.callSid, conference);
      } catch (RestFailure e) {
        log.warn(
            "{}: cannot bring the caller to {}: {}", call.id(), leg.endpoint(), e.getMessage());
        call.putLeg(leg.in(LegState.DROPPED));
        network.completeQuietly(leg.callSid());
        network.deliver(
            new CallEvent.AgentLegFailed(
                call.id(), leg.endpoint(), e.getMessage(), network.clock.instant()));
        return true;
      }
      call.phase = Phase.WITH_AGENT;
      call.expecting = null;
      call.masked = false;
      // A gather result still on its way (a key pressed as the agent answered) is now stale: it
      // gets the conference again instead of reaching the IVR.
      call.step++;
      call.lastTwiml = conference;
    }
    call.putLeg(leg.in(LegState.UP));
    log.info("{}: {} answered ({})", call.id(), leg.endpoint(), leg.kind());
    if (leg.kind() != LegKind.SUPERVISOR) {
      network.deliver(
          new CallEvent.AgentConnected(call.id(), leg.endpoint(), network.clock.instant()));
    }
    return true;
  }

  private boolean legEnded(TwilioCall call, TwilioCall.Leg leg, String status) {
    call.putLeg(leg.in(LegState.DONE));
    switch (leg.state()) {
      case RINGING -> {
        log.info("{}: {} did not take the call ({})", call.id(), leg.endpoint(), status);
        if (leg.kind() != LegKind.SUPERVISOR) {
          network.deliver(
              new CallEvent.AgentLegFailed(
                  call.id(), leg.endpoint(), status, network.clock.instant()));
        }
      }
      case UP -> {
        if (leg.kind() != LegKind.SUPERVISOR
            && call.agentsUp().isEmpty()
            && (call.phase == Phase.WITH_AGENT || call.phase == Phase.ON_HOLD)) {
          log.info("{}: {} hung up; ending the call", call.id(), leg.endpoint());
          call.hangupRequested = true;
          network.completeQuietly(call.callSid);
        }
      }
      case DROPPED, DONE -> {}
    }
    return true;
  }

  /** Asks the core and renders its answer as the call's next step. */
  private Change<String> answer(TwilioCall call, CallEvent event) {
    List<CallCommand> commands;
    try {
      commands = network.handler().handle(event);
    } catch (RuntimeException e) {
      log.error(
          "{}: the core failed on {}; apologising", call.id(), event.getClass().getSimpleName(), e);
      call.step++;
      call.lastTwiml = network.renderer.apology(call.language);
      call.hangupRequested = true;
      return Change.store(call, call.lastTwiml);
    }
    TwimlRenderer.Rendered rendered =
        network.renderer.render(
            commands == null ? List.of() : commands,
            call.step + 1,
            call.language,
            call.phase == Phase.WAITING);
    call.step++;
    call.lastTwiml = rendered.twiml();
    call.expecting = rendered.expecting();
    call.masked = rendered.masked();
    call.language = rendered.language();
    call.phase = rendered.phase();
    if (rendered.hangup()) {
      call.hangupRequested = true;
    }
    if (rendered.newWait()) {
      call.waitGeneration++;
      int generation = call.waitGeneration;
      rendered
          .checkBack()
          .ifPresent(after -> network.scheduleCheckBack(call.callSid, generation, after));
    }
    pauseRecordingForCards(call);
    return Change.store(call, call.lastTwiml);
  }

  private void startRecording(TwilioCall call) {
    if (network.settings.recordCalls()) {
      try {
        network.rest.startRecording(call.callSid);
      } catch (RestFailure e) {
        log.error("{}: {}; the call goes on unrecorded", call.id(), e.getMessage());
      }
    }
  }

  /** Card entry is never recorded: pause while a masked collect or a {@code <Pay>} runs. */
  private void pauseRecordingForCards(TwilioCall call) {
    if (!network.settings.recordCalls() || call.masked == call.recordingPaused) {
      return;
    }
    try {
      network.rest.recording(call.callSid, call.masked);
      call.recordingPaused = call.masked;
    } catch (RestFailure e) {
      log.error("{}: {}", call.id(), e.getMessage());
    }
  }

  private static boolean ended(String status) {
    return switch (status) {
      case "completed", "busy", "failed", "no-answer", "canceled" -> true;
      default -> false;
    };
  }

  private static EndReason reason(TwilioCall call, String status) {
    if (call.outbound && call.phase == Phase.RINGING) {
      return EndReason.NOT_ANSWERED;
    }
    if (call.hangupRequested) {
      return EndReason.HUNG_UP_BY_CITYLINE;
    }
    return "failed".equals(status) ? EndReason.LOST_BY_NETWORK : EndReason.CALLER_HUNG_UP;
  }
}
