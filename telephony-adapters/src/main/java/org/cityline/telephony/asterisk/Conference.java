package org.cityline.telephony.asterisk;

import java.util.List;
import org.cityline.common.call.CallControlException;
import org.cityline.common.call.CallEvent;
import org.cityline.telephony.asterisk.AsteriskCall.AgentLeg;
import org.cityline.telephony.asterisk.AsteriskCall.Phase;
import org.cityline.telephony.asterisk.ami.AmiException;

/**
 * A second agent on a call: the agents move into a ConfBridge named by the caller's uniqueid
 * ({@code [cityline-conference]}), the caller is held meanwhile (a warm transfer's consult) and
 * joins them when resumed (a conference of three). Dropping an agent hangs its leg up; the caller
 * stays with whoever is left, or waits with music when nobody is.
 */
final class Conference {

  static final String VARIABLE = "CITYLINE_CONFERENCE";

  private final AsteriskNetwork network;

  Conference(AsteriskNetwork network) {
    this.network = network;
  }

  /** The second agent's leg answered: agents into the conference, the caller held. Strand. */
  void joined(AsteriskCall call, String endpoint, String channel, String uniqueId) {
    if (call.isEnded() || call.agent().isEmpty()) {
      network.hangupQuietly(channel);
      return;
    }
    AgentLeg first = call.agent().get();
    AgentLeg second = new AgentLeg(endpoint, channel, uniqueId);
    call.join(second);
    network.book.agentLeg(uniqueId, call);
    try {
      for (String member : List.of(call.channel(), first.channel(), channel)) {
        network.actions.setVariable(member, VARIABLE, call.uniqueId);
      }
      // The caller leaves the bridge first (held), so it does not hang up when its agent goes.
      network.actions.redirect(
          call.channel(),
          AsteriskSettings.HOLD_CONTEXT,
          first.channel(),
          AsteriskSettings.CONFERENCE_CONTEXT);
      network.actions.redirect(channel, AsteriskSettings.CONFERENCE_CONTEXT, null, null);
    } catch (AmiException e) {
      call.leave(second);
      network.book.forgetAgentLeg(uniqueId);
      network.hangupQuietly(channel);
      network.deliver(
          call,
          new CallEvent.AgentLegFailed(
              call.id, endpoint, "could not bring onto the call", network.clock.instant()));
      return;
    }
    call.conference(true);
    call.phase(Phase.ON_HOLD);
    network.deliver(call, new CallEvent.AgentConnected(call.id, endpoint, network.clock.instant()));
  }

  /** Takes one agent off a call that has two (or a conference). */
  void drop(AsteriskCall call, AgentLeg leaving) {
    boolean primary = call.agent().filter(leaving::equals).isPresent();
    if (primary) {
      List<AgentLeg> others = call.joined();
      if (others.isEmpty()) {
        throw new CallControlException(call.id, "no other agent to hand the call to");
      }
      call.leave(others.getFirst());
      call.agent(others.getFirst());
    } else {
      call.leave(leaving);
    }
    network.book.forgetAgentLeg(leaving.uniqueId());
    network.hangupQuietly(leaving.channel());
  }
}
