package org.cityline.telephony.asterisk;

import java.util.Set;
import org.asteriskjava.manager.event.HangupEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.OriginateResponseEvent;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallEvent.EndReason;
import org.cityline.telephony.asterisk.AsteriskCall.AgentLeg;
import org.cityline.telephony.asterisk.AsteriskCall.Phase;
import org.cityline.telephony.asterisk.ami.AmiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the PBX's AMI events to Cityline's calls: an originate answered or failed (agent legs and
 * callbacks), a channel hung up (the caller, or an agent's leg), and after each login the
 * resynchronisation against {@code CoreShowChannels}. It runs on the AMI link's one event thread
 * and only queues work on the calls' strands. Events for channels Cityline does not handle are the
 * PBX's other traffic: they are ignored (logged at debug).
 */
final class AmiCallEvents {

  private static final Logger log = LoggerFactory.getLogger(AmiCallEvents.class);

  private final AsteriskNetwork network;

  AmiCallEvents(AsteriskNetwork network) {
    this.network = network;
  }

  void onEvent(ManagerEvent event) {
    switch (event) {
      case OriginateResponseEvent answered -> originated(answered);
      case HangupEvent hangup -> hungUp(hangup);
      default -> {}
    }
  }

  /** After a (re)login: calls whose channels vanished meanwhile end as lost. */
  void resynchronise() {
    if (network.handler() == null) {
      return;
    }
    Set<String> present;
    try {
      present = network.actions.liveChannels();
    } catch (AmiException e) {
      log.warn("could not resynchronise with the PBX: {}", e.getMessage());
      return;
    }
    int lost = 0;
    for (AsteriskCall call : network.liveCalls()) {
      if (call.phase() == Phase.RINGING || present.contains(call.uniqueId)) {
        call.agents().stream()
            .filter(agent -> !present.contains(agent.uniqueId()))
            .forEach(agent -> call.strand.execute(() -> agentGone(call, agent)));
        continue;
      }
      lost++;
      log.warn(
          "{} ({}) vanished while AMI was disconnected: ended as lost", call.id, call.channel());
      call.strand.execute(() -> network.end(call, EndReason.LOST_BY_NETWORK));
    }
    log.info(
        "resynchronised with the PBX: {} channels there, {} Cityline calls, {} lost",
        present.size(),
        network.liveCalls().size(),
        lost);
  }

  private void originated(OriginateResponseEvent event) {
    var found = network.legs.take(event.getActionId());
    if (found.isEmpty()) {
      log.debug("OriginateResponse for ActionID {}: not one of Cityline's", event.getActionId());
      return;
    }
    PendingLegs.Leg leg = found.get();
    boolean answered = "Success".equalsIgnoreCase(event.getResponse());
    String reason = reason(event.getReason());
    AsteriskCall call = leg.call();
    switch (leg.kind()) {
      case AGENT ->
          call.strand.execute(
              () -> {
                if (answered) {
                  bridge(call, leg.endpoint(), event.getChannel(), event.getUniqueId());
                } else {
                  legFailed(call, leg.endpoint(), reason);
                }
              });
      case JOIN ->
          call.strand.execute(
              () -> {
                if (answered) {
                  network.conference.joined(
                      call, leg.endpoint(), event.getChannel(), event.getUniqueId());
                } else {
                  legFailed(call, leg.endpoint(), reason);
                }
              });
      case CALLBACK ->
          call.strand.execute(
              () -> {
                if (answered) {
                  callbackAnswered(call, event.getChannel());
                } else {
                  network.end(call, EndReason.NOT_ANSWERED);
                }
              });
      case LISTEN_IN -> {
        if (!answered) {
          log.warn(
              "{}: the supervisor's phone {} did not answer ({})", call.id, leg.endpoint(), reason);
        }
      }
    }
  }

  private void bridge(AsteriskCall call, String endpoint, String channel, String uniqueId) {
    if (call.isEnded()) {
      network.hangupQuietly(channel);
      return;
    }
    AgentLeg agent = new AgentLeg(endpoint, channel, uniqueId);
    call.agent(agent);
    network.book.agentLeg(uniqueId, call);
    call.handOver();
    try {
      network.actions.setVariable(call.channel(), "CITYLINE_AGENT", channel);
      network.actions.redirect(call.channel(), AsteriskSettings.BRIDGE_CONTEXT, null, null);
    } catch (AmiException e) {
      log.warn("{}: could not bridge {} to the caller: {}", call.id, endpoint, e.getMessage());
      call.agent(null);
      network.book.forgetAgentLeg(uniqueId);
      network.hangupQuietly(channel);
      legFailed(call, endpoint, "could not bridge");
      return;
    }
    call.phase(Phase.WITH_AGENT);
    network.deliver(call, new CallEvent.AgentConnected(call.id, endpoint, network.clock.instant()));
  }

  private void legFailed(AsteriskCall call, String endpoint, String reason) {
    if (call.isEnded()) {
      return;
    }
    network.deliver(
        call, new CallEvent.AgentLegFailed(call.id, endpoint, reason, network.clock.instant()));
  }

  private void callbackAnswered(AsteriskCall call, String channel) {
    call.channel(channel);
    call.phase(Phase.WAITING);
    network.deliver(call, new CallEvent.CallAnswered(call.id, network.clock.instant()));
  }

  private void hungUp(HangupEvent event) {
    String uniqueId = event.getUniqueId();
    var caller = network.book.caller(uniqueId);
    if (caller.isPresent()) {
      AsteriskCall call = caller.get();
      call.strand.execute(
          () ->
              network.end(
                  call,
                  call.endedFromOurSide()
                      ? EndReason.HUNG_UP_BY_CITYLINE
                      : EndReason.CALLER_HUNG_UP));
      return;
    }
    var agentOf = network.book.byAgentLeg(uniqueId);
    if (agentOf.isPresent()) {
      AsteriskCall call = agentOf.get();
      call.agents().stream()
          .filter(agent -> agent.uniqueId().equals(uniqueId))
          .findFirst()
          .ifPresent(agent -> call.strand.execute(() -> agentGone(call, agent)));
      return;
    }
    log.debug("AMI hangup of {} ({}): not a Cityline call", event.getChannel(), uniqueId);
  }

  /** The agent hung up: the caller's call ends with them. */
  private void agentGone(AsteriskCall call, AgentLeg agent) {
    network.book.forgetAgentLeg(agent.uniqueId());
    if (call.isEnded()) {
      return;
    }
    if (!call.joined().isEmpty()) {
      network.conference.drop(call, agent); // the other agent stays with the caller
      return;
    }
    call.agentLeft();
    network.hangupQuietly(call.channel());
  }

  /** Asterisk's originate failure codes, in words for the contact record. */
  static String reason(Integer code) {
    if (code == null) {
      return "failed";
    }
    return switch (code) {
      case 4 -> "answered";
      case 0 -> "no such endpoint or not registered";
      case 1 -> "hung up";
      case 3 -> "no answer";
      case 5 -> "busy";
      case 8 -> "congestion";
      default -> "failed (" + code + ")";
    };
  }
}
