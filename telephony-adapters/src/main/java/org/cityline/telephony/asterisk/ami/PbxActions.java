package org.cityline.telephony.asterisk.ami;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.action.CoreShowChannelsAction;
import org.asteriskjava.manager.action.HangupAction;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.MixMonitorMuteAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.RedirectAction;
import org.asteriskjava.manager.action.SetVarAction;
import org.asteriskjava.manager.event.CoreShowChannelEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * The AMI actions Cityline sends, each answered by the PBX or refused with an {@link AmiException}
 * carrying the PBX's message. Asterisk has no ChanSpy action and no blind-transfer action:
 * listen-in originates the supervisor's phone into {@code ChanSpy}, transfers redirect the channel.
 */
public final class PbxActions {

  private final ManagerLink link;

  public PbxActions(ManagerLink link) {
    this.link = link;
  }

  /**
   * Rings an endpoint asynchronously; the outcome comes back as an {@code OriginateResponse} event
   * carrying {@code actionId}.
   *
   * @param channelId the uniqueid the new channel gets, or null for Asterisk's own
   */
  public void originate(
      String actionId,
      String dial,
      String context,
      String callerId,
      Duration ringTime,
      Map<String, String> variables,
      String channelId) {
    OriginateAction originate = new OriginateAction();
    originate.setActionId(actionId);
    originate.setChannel(dial);
    originate.setContext(context);
    originate.setExten("s");
    originate.setPriority(1);
    originate.setCallerId(callerId);
    originate.setTimeout(ringTime.toMillis());
    originate.setAsync(true);
    if (!variables.isEmpty()) {
      originate.setVariables(new LinkedHashMap<>(variables));
    }
    if (channelId != null) {
      originate.setChannelId(channelId);
    }
    expectSuccess(originate, dial);
  }

  /** Sends a channel to {@code context,s,1}; with an extra channel, that one too. */
  public void redirect(String channel, String context, String extraChannel, String extraContext) {
    RedirectAction redirect = new RedirectAction(channel, context, "s", 1);
    if (extraChannel != null) {
      redirect.setExtraChannel(extraChannel);
      redirect.setExtraContext(extraContext);
      redirect.setExtraExten("s");
      redirect.setExtraPriority(1);
    }
    expectSuccess(redirect, channel);
  }

  public void setVariable(String channel, String name, String value) {
    expectSuccess(new SetVarAction(channel, name, value), channel);
  }

  /** Hangs a channel up; a channel already gone is not an error. */
  public void hangup(String channel) {
    HangupAction hangup = new HangupAction(channel);
    hangup.setCause(16);
    ManagerResponse response = link.send(hangup);
    if (response instanceof ManagerError error && !"No such channel".equals(error.getMessage())) {
      throw refused(hangup, channel, error);
    }
  }

  /**
   * Rings a supervisor's phone into ChanSpy on a channel: {@code q} (quiet) always, {@code w}
   * whisper (the agent hears the supervisor), {@code B} barge (both hear).
   */
  public void listenIn(String actionId, String supervisorDial, String spiedChannel, char mode) {
    String options =
        switch (mode) {
          case 'l' -> "q";
          case 'w' -> "qw";
          case 'B' -> "qB";
          default -> throw new IllegalArgumentException("listen-in mode is l, w or B");
        };
    OriginateAction originate = new OriginateAction();
    originate.setActionId(actionId);
    originate.setChannel(supervisorDial);
    originate.setApplication("ChanSpy");
    originate.setData(spiedChannel + "," + options);
    originate.setAsync(true);
    expectSuccess(originate, supervisorDial);
  }

  /** Mutes (or unmutes) what the caller says in the channel's MixMonitor recording. */
  public void muteRecording(String channel, boolean mute) {
    MixMonitorMuteAction action = new MixMonitorMuteAction(channel, "read", mute ? 1 : 0);
    expectSuccess(action, channel);
  }

  /** The uniqueids of every channel the PBX has now. */
  public Set<String> liveChannels() {
    ResponseEvents answer = link.sendForEvents(new CoreShowChannelsAction());
    if (answer.getResponse() instanceof ManagerError error) {
      throw new AmiException("the PBX refused CoreShowChannels: " + error.getMessage());
    }
    return answer.getEvents().stream()
        .filter(CoreShowChannelEvent.class::isInstance)
        .map(e -> ((CoreShowChannelEvent) e).getUniqueid())
        .collect(Collectors.toUnmodifiableSet());
  }

  private void expectSuccess(ManagerAction action, String channel) {
    ManagerResponse response = link.send(action);
    if (response instanceof ManagerError error) {
      throw refused(action, channel, error);
    }
  }

  private static AmiException refused(ManagerAction action, String channel, ManagerError error) {
    return new AmiException(
        "the PBX refused " + action.getAction() + " on " + channel + ": " + error.getMessage());
  }
}
