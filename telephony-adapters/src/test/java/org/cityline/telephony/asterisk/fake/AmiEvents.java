package org.cityline.telephony.asterisk.fake;

import java.util.List;

/** AMI event blocks as Asterisk 22 writes them (the captures' fields and order), CRLF. */
final class AmiEvents {

  private AmiEvents() {}

  static String hangup(FakeChannel channel) {
    return block(
        "Event: Hangup",
        "Privilege: call,all",
        channelFields(channel, 1),
        "Cause: 16",
        "Cause-txt: Normal Clearing");
  }

  static String newChannel(FakeChannel channel) {
    return block(
        "Event: Newchannel",
        "Privilege: call,all",
        "Channel: " + channel.name,
        "ChannelState: 0",
        "ChannelStateDesc: Down",
        "CallerIDNum: <unknown>",
        "CallerIDName: <unknown>",
        "ConnectedLineNum: <unknown>",
        "ConnectedLineName: <unknown>",
        "Language: en",
        "AccountCode: ",
        "Context: from-agents",
        "Exten: s",
        "Priority: 1",
        "Uniqueid: " + channel.uniqueId,
        "Linkedid: " + channel.uniqueId);
  }

  static String originateAnswered(String actionId, FakeChannel channel, String context) {
    return block(
        "Event: OriginateResponse",
        "Privilege: call,all",
        "ActionID: " + actionId,
        "Response: Success",
        "Channel: " + channel.name,
        "Context: " + context,
        "Exten: s",
        "Reason: 4",
        "Uniqueid: " + channel.uniqueId,
        "CallerIDNum: 5055550100",
        "CallerIDName: <unknown>");
  }

  static String originateFailed(String actionId, String dial, String context, int reason) {
    return block(
        "Event: OriginateResponse",
        "Privilege: call,all",
        "ActionID: " + actionId,
        "Response: Failure",
        "Channel: " + dial,
        "Context: " + context,
        "Exten: s",
        "Reason: " + reason,
        "Uniqueid: <null>",
        "CallerIDNum: <unknown>",
        "CallerIDName: <unknown>");
  }

  static String coreShowChannels(AmiAction action, List<FakeChannel> channels) {
    StringBuilder out =
        new StringBuilder(
            action.respond("Success", "EventList: start", "Message: Channels will follow"));
    for (FakeChannel channel : channels) {
      out.append(
          block(
              "Event: CoreShowChannel",
              "ActionID: " + action.actionId(),
              channelFields(channel, 3),
              "Application: AGI",
              "ApplicationData: agi://127.0.0.1/cityline",
              "Duration: 00:00:03",
              "BridgeId: "));
    }
    out.append(
        block(
            "Event: CoreShowChannelsComplete",
            "ActionID: " + action.actionId(),
            "EventList: Complete",
            "ListItems: " + channels.size()));
    return out.toString();
  }

  /** The channel's fields every channel event carries, in Asterisk's order. */
  private static String channelFields(FakeChannel channel, int priority) {
    return String.join(
        "\r\n",
        "Channel: " + channel.name,
        "ChannelState: 6",
        "ChannelStateDesc: Up",
        "CallerIDNum: 5055550123",
        "CallerIDName: <unknown>",
        "ConnectedLineNum: <unknown>",
        "ConnectedLineName: <unknown>",
        "Language: en",
        "AccountCode: ",
        "Context: from-caller",
        "Exten: 100",
        "Priority: " + priority,
        "Uniqueid: " + channel.uniqueId,
        "Linkedid: " + channel.uniqueId);
  }

  static String block(String... lines) {
    return String.join("\r\n", lines) + "\r\n\r\n";
  }
}
