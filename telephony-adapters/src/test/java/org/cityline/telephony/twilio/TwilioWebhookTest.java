package org.cityline.telephony.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.map.IMap;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cityline.accounts.messaging.Destination;
import org.cityline.accounts.messaging.MessageResult;
import org.cityline.accounts.messaging.OutboundMessage;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.cityline.routing.AgentId;
import org.cityline.routing.ContactSnapshot;
import org.cityline.routing.ContactState;
import org.cityline.telephony.testing.LogCapture;
import org.cityline.telephony.twilio.fake.FakeTwilio;
import org.cityline.telephony.twilio.fake.FakeTwilio.RestRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The webhooks as Twilio calls them (exact parameter sets, signed as Twilio signs), the TwiML they
 * answer, the REST requests the SDK makes, and every bad input: unsigned, wrongly signed, replayed,
 * unknown CallSid, malformed parameters, REST failures while an agent is connected.
 */
class TwilioWebhookTest {

  private static final String CALLER = "+15055550123";

  private ScriptedLine line;
  private TwilioRig rig;
  private FakeTwilio twilio;

  @BeforeEach
  void start() {
    line = new ScriptedLine(TwilioRig.settings());
    rig = line.rig;
    twilio = rig.twilio;
  }

  @AfterEach
  void stop() {
    line.close();
  }

  @Test
  void anIncomingCallIsAnsweredWithSayAndAGatherInTheConfiguredVoice() {
    Map<String, String> params = incoming(twilio.newSid("CA"));

    FakeTwilio.Answer answer = twilio.post(TwilioRig.PUBLIC_BASE + "/voice", params);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body())
        .startsWith("<?xml")
        .contains(
            "<Say language=\"en-US\" voice=\"Polly.Joanna\">Welcome to Cityline Utilities.</Say>")
        .contains("<Gather action=\"" + TwilioRig.PUBLIC_BASE + "/gather?step=1\"")
        .contains("actionOnEmptyResult=\"true\"")
        .contains("input=\"dtmf\"")
        .contains("numDigits=\"1\"")
        .contains("timeout=\"5\"");
  }

  @Test
  void aSpanishPromptIsReadInTheSpanishVoice() {
    String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
    rig.settle();

    FakeTwilio.Answer answer =
        twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=1", keys(sid, "1"));

    assertThat(answer.body())
        .contains("<Say language=\"es-US\" voice=\"Polly.Lupe\">Para su saldo");
  }

  @Test
  void unsignedAndWronglySignedWebhooksAreRefusedWith403AndChangeNothing() {
    try (LogCapture logs = new LogCapture()) {
      String sid = twilio.newSid("CA");
      Map<String, String> params = incoming(sid);

      FakeTwilio.Answer unsigned = twilio.send(TwilioRig.PUBLIC_BASE + "/voice", params, null);
      FakeTwilio.Answer wrong =
          twilio.send(TwilioRig.PUBLIC_BASE + "/voice", params, "bm90IGEgc2lnbmF0dXJl");
      Map<String, String> tampered = new LinkedHashMap<>(params);
      tampered.put("From", "+15055559999");
      FakeTwilio.Answer forged =
          twilio.send(
              TwilioRig.PUBLIC_BASE + "/voice",
              tampered,
              new org.cityline.telephony.twilio.fake.TwilioSigner(TwilioRig.TOKEN)
                  .sign(TwilioRig.PUBLIC_BASE + "/voice", params));
      FakeTwilio.Answer otherUrl =
          twilio.send(
              TwilioRig.PUBLIC_BASE + "/voice",
              params,
              new org.cityline.telephony.twilio.fake.TwilioSigner(TwilioRig.TOKEN)
                  .sign("http://127.0.0.1/twilio/voice", params));

      assertThat(List.of(unsigned, wrong, forged, otherUrl))
          .extracting(FakeTwilio.Answer::status)
          .containsOnly(403);
      assertThat(line.ivr.events()).isEmpty();
      assertThat(rig.network.store.get(sid)).isEmpty();
      assertThat(logs.text())
          .contains("no X-Twilio-Signature")
          .contains("a wrong X-Twilio-Signature");
      assertThat(logs.text()).doesNotContain(TwilioRig.TOKEN);
    }
  }

  @Test
  void aSignedJsonBodyIsCheckedThroughItsSha256() throws Exception {
    String body = "{\"CallSid\":\"" + twilio.newSid("CA") + "\",\"ConferenceSid\":\"x\"}";
    String url =
        TwilioRig.PUBLIC_BASE
            + "/conference-status?bodySHA256="
            + org.cityline.telephony.twilio.fake.TwilioSigner.bodySha256(body);
    String signature =
        new org.cityline.telephony.twilio.fake.TwilioSigner(TwilioRig.TOKEN).sign(url, Map.of());
    var http = java.net.http.HttpClient.newHttpClient();
    String local =
        "http://127.0.0.1:"
            + rig.server.actualPort()
            + "/twilio"
            + url.substring(TwilioRig.PUBLIC_BASE.length());

    var ok =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(local))
                .header("Content-Type", "application/json")
                .header("X-Twilio-Signature", signature)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    var altered =
        http.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(local))
                .header("Content-Type", "application/json")
                .header("X-Twilio-Signature", signature)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.replace("x", "y")))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(altered.statusCode()).isEqualTo(403);
  }

  @Test
  void aRetriedOrReplayedWebhookGetsTheSameTwimlAndChangesNothing() {
    String sid = twilio.newSid("CA");
    FakeTwilio.Answer first = twilio.post(TwilioRig.PUBLIC_BASE + "/voice", incoming(sid));
    FakeTwilio.Answer again = twilio.post(TwilioRig.PUBLIC_BASE + "/voice", incoming(sid));
    assertThat(again.body()).isEqualTo(first.body());

    FakeTwilio.Answer balance =
        twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=1", keys(sid, "2"));
    FakeTwilio.Answer retried =
        twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=1", keys(sid, "2"));
    FakeTwilio.Answer replayedLater =
        twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=1", keys(sid, "0"));

    assertThat(retried.body()).isEqualTo(balance.body());
    assertThat(replayedLater.body()).isEqualTo(balance.body());
    CallId call = new CallId("twilio", sid);
    assertThat(line.ivr.events(call)).hasSize(2); // arrived, "2": once each
    assertThat(line.routing.contactForCall(call)).isEmpty();
  }

  @Test
  void anAnswerFromAnotherNodeIsTheSameForTheSameStep() {
    String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
    rig.settle();
    IMap<String, TwilioCall> map = TwilioRig.hazelcast().getMap(mapNameOf(rig));
    assertThat(map.get(sid).step).isEqualTo(1);
    assertThat(map.get(sid).lastTwiml).contains("gather?step=1");
  }

  @Test
  void unknownCallSidMissingAndMalformedParametersAreRefusedClearly() {
    String unknown = twilio.newSid("CA");
    FakeTwilio.Answer apology =
        twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=1", keys(unknown, "1"));
    assertThat(apology.status()).isEqualTo(200);
    assertThat(apology.body()).contains("Please call again").contains("<Hangup/>");

    Map<String, String> noSid = incoming(unknown);
    noSid.remove("CallSid");
    Map<String, String> badTo = incoming(unknown);
    badTo.put("To", "client:nobody");
    Map<String, String> badStatus = incoming(unknown);
    badStatus.put("CallStatus", "exploded");

    assertThat(twilio.post(TwilioRig.PUBLIC_BASE + "/voice", noSid).body())
        .contains("CallSid must be CA");
    assertThat(twilio.post(TwilioRig.PUBLIC_BASE + "/voice", badTo).status()).isEqualTo(400);
    assertThat(twilio.post(TwilioRig.PUBLIC_BASE + "/status", badStatus).status()).isEqualTo(400);

    String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
    rig.settle();
    Map<String, String> letters = keys(sid, "12ab");
    assertThat(twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=1", letters).status())
        .isEqualTo(400);
    assertThat(twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=one", keys(sid, "1")).status())
        .isEqualTo(400);
    assertThat(twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=7", keys(sid, "1")).status())
        .isEqualTo(400);
    assertThat(line.ivr.events()).hasSize(1); // only the arrival
  }

  @Test
  void anExpiredSessionGetsAnApologyAndAHangUp() {
    String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
    rig.settle();
    TwilioRig.hazelcast().getMap(mapNameOf(rig)).delete(sid); // what the TTL does

    FakeTwilio.Answer answer =
        twilio.post(TwilioRig.PUBLIC_BASE + "/gather?step=1", keys(sid, "2"));

    assertThat(answer.body()).contains("cannot continue this call").contains("<Hangup/>");
    assertThat(line.ivr.events()).hasSize(1);
  }

  @Test
  void connectingAnAgentRingsTheirClientIntoTheCallsConferenceThenBridgesTheCaller() {
    CallId call = waitingCall();
    ContactSnapshot contact = line.routing.contactForCall(call).orElseThrow();

    line.routing.accept(new AgentId("alice"), contact.id());
    rig.settle();

    RestRequest participant =
        request("/Conferences/cityline-" + call.localId() + "/Participants.json");
    assertThat(participant.method()).isEqualTo("POST");
    assertThat(participant.params())
        .containsEntry("To", "client:alice")
        .containsEntry("From", TwilioRig.UTILITY)
        .containsEntry("StartConferenceOnEnter", "true")
        .containsEntry("EndConferenceOnExit", "false")
        .containsEntry("Timeout", "20")
        .containsEntry(
            "StatusCallback", TwilioRig.PUBLIC_BASE + "/agent-status?call=" + call.localId());
    assertThat(participant.params().get("StatusCallbackEvent")).contains("answered");
    RestRequest bridge = request("/Calls/" + call.localId() + ".json");
    assertThat(bridge.params().get("Twiml"))
        .contains("<Conference")
        .contains("cityline-" + call.localId())
        .contains("endConferenceOnExit=\"true\"");
    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.CONFERENCE);

    line.routing.hold(new AgentId("alice"), contact.id());
    rig.settle();
    RestRequest hold = requests("/Participants/" + call.localId() + ".json").getFirst();
    assertThat(hold.params()).containsEntry("Hold", "true");
    assertThat(hold.params().get("HoldUrl")).isEqualTo(TwilioRig.PUBLIC_BASE + "/hold-music");
  }

  @Test
  void aTwilioErrorWhileConnectingAnAgentLeavesTheCallerWaitingAndTheContactQueued() {
    for (int status : new int[] {400, 503}) {
      CallId call = waitingCall();
      ContactSnapshot contact = line.routing.contactForCall(call).orElseThrow();
      twilio.failNext("/Participants.json", status);

      line.routing.accept(new AgentId("alice"), contact.id());
      rig.settle();

      assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.WAITING);
      assertThat(line.routing.contactForCall(call).orElseThrow().state())
          .isEqualTo(ContactState.QUEUED);
      assertThat(line.routing.callEvents()).last().isInstanceOf(CallEvent.AgentLegFailed.class);
      assertThat(((CallEvent.AgentLegFailed) line.routing.callEvents().getLast()).reason())
          .contains(String.valueOf(status));
    }
  }

  @Test
  void aTwilioTimeOutWhileConnectingAnAgentLeavesTheCallerWaiting() {
    CallId call = waitingCall();
    ContactSnapshot contact = line.routing.contactForCall(call).orElseThrow();
    twilio.stallNext("/Participants.json", Duration.ofSeconds(4)); // the rig allows 2 s

    line.routing.accept(new AgentId("alice"), contact.id());
    rig.settle();

    assertThat(twilio.line(call.localId())).isEqualTo(FakeTwilio.Line.WAITING);
    assertThat(line.routing.contactForCall(call).orElseThrow().state())
        .isEqualTo(ContactState.QUEUED);
    assertThat(((CallEvent.AgentLegFailed) line.routing.callEvents().getLast()).reason())
        .contains("did not answer");
  }

  @Test
  void aCallbackIsPlacedAndAnsweredAndAnUnansweredOneEndsNotAnswered() {
    CallId callback =
        rig.network.originate(
            PhoneNumber.of("+15055550177"), PhoneNumber.of(TwilioRig.UTILITY), Language.SPANISH);
    rig.settle();

    RestRequest placed = request("/Calls.json");
    assertThat(placed.params())
        .containsEntry("To", "+15055550177")
        .containsEntry("From", TwilioRig.UTILITY)
        .containsEntry("Url", TwilioRig.PUBLIC_BASE + "/answered")
        .containsEntry("StatusCallback", TwilioRig.PUBLIC_BASE + "/status");
    assertThat(line.routing.callEvents())
        .anyMatch(e -> e instanceof CallEvent.CallAnswered a && a.callId().equals(callback));
    assertThat(twilio.line(callback.localId())).isEqualTo(FakeTwilio.Line.WAITING);

    twilio.doesNotAnswer("+15055550188");
    CallId unanswered =
        rig.network.originate(
            PhoneNumber.of("+15055550188"), PhoneNumber.of(TwilioRig.UTILITY), Language.ENGLISH);
    rig.settle();
    assertThat(line.routing.callEvents())
        .anyMatch(
            e ->
                e instanceof CallEvent.CallEnded ended
                    && ended.callId().equals(unanswered)
                    && ended.reason() == CallEvent.EndReason.NOT_ANSWERED);
  }

  @Test
  void textMessagesGoThroughTheMessagesApiAndFailuresAreResults() {
    var messaging = rig.network.messaging();
    OutboundMessage reset =
        new OutboundMessage(
            new Destination.TextMessage(PhoneNumber.of("+15055550123")),
            "Reset your password: https://cityline.example.org/reset/abc123",
            Language.ENGLISH,
            "password-reset");

    try (LogCapture logs = new LogCapture()) {
      MessageResult sent = messaging.send(reset);
      twilio.failNext("/Messages.json", 400);
      MessageResult refused = messaging.send(reset);

      assertThat(sent).isInstanceOf(MessageResult.Sent.class);
      assertThat(((MessageResult.Sent) sent).id()).startsWith("SM");
      assertThat(refused).isInstanceOf(MessageResult.Failed.class);
      assertThat(request("/Messages.json").params())
          .containsEntry("To", "+15055550123")
          .containsEntry("From", TwilioRig.UTILITY)
          .containsEntry("Body", reset.body());
      assertThat(logs.text()).doesNotContain("abc123");
    }
  }

  @Test
  void cardDigitsAreInNoLogLineNoHazelcastEntryAndRecordingIsPausedMeanwhile() throws Exception {
    line.close();
    line = new ScriptedLine(TwilioRig.settings().withRecording(true));
    rig = line.rig;
    twilio = rig.twilio;
    String card = "4111111111111111";
    try (LogCapture logs = new LogCapture()) {
      String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
      rig.settle();
      assertThat(request("/Calls/" + sid + "/Recordings.json").params())
          .containsEntry("RecordingChannels", "dual");
      twilio.press(sid, "9");
      rig.settle();
      List<RestRequest> pauses = requests("/Recordings/Twilio.CURRENT.json");
      assertThat(pauses).extracting(r -> r.params().get("Status")).containsExactly("paused");

      twilio.press(sid, card + "#");
      rig.settle();

      assertThat(requests("/Recordings/Twilio.CURRENT.json"))
          .extracting(r -> r.params().get("Status"))
          .containsExactly("paused", "in-progress");
      assertThat(logs.text()).doesNotContain(card).doesNotContain("41111111");
      IMap<String, TwilioCall> map = TwilioRig.hazelcast().getMap(mapNameOf(rig));
      assertThat(serialized(map.get(sid))).doesNotContain(card);
      assertThat(map.get(sid).toString()).doesNotContain(card);
      assertThat(twilio.requests().toString()).doesNotContain(card);
    }
  }

  // ---- helpers ----

  private CallId waitingCall() {
    String sid = twilio.placeCall(CALLER, TwilioRig.UTILITY);
    rig.settle();
    twilio.press(sid, "0");
    rig.settle();
    return new CallId("twilio", sid);
  }

  private RestRequest request(String pathEnd) {
    return requests(pathEnd).getLast();
  }

  private List<RestRequest> requests(String pathEnd) {
    List<RestRequest> found =
        twilio.requests().stream().filter(r -> r.path().endsWith(pathEnd)).toList();
    assertThat(found).as("REST requests ending " + pathEnd).isNotEmpty();
    return found;
  }

  private Map<String, String> incoming(String sid) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("AccountSid", TwilioRig.ACCOUNT);
    params.put("ApiVersion", "2010-04-01");
    params.put("CallSid", sid);
    params.put("CallStatus", "ringing");
    params.put("Called", TwilioRig.UTILITY);
    params.put("CalledCity", "ALBUQUERQUE");
    params.put("CalledCountry", "US");
    params.put("CalledState", "NM");
    params.put("CalledZip", "87101");
    params.put("Caller", CALLER);
    params.put("CallerCity", "ALBUQUERQUE");
    params.put("CallerCountry", "US");
    params.put("CallerState", "NM");
    params.put("CallerZip", "87102");
    params.put("Direction", "inbound");
    params.put("From", CALLER);
    params.put("FromCity", "ALBUQUERQUE");
    params.put("FromCountry", "US");
    params.put("FromState", "NM");
    params.put("FromZip", "87102");
    params.put("To", TwilioRig.UTILITY);
    params.put("ToCity", "ALBUQUERQUE");
    params.put("ToCountry", "US");
    params.put("ToState", "NM");
    params.put("ToZip", "87101");
    return params;
  }

  private Map<String, String> keys(String sid, String digits) {
    Map<String, String> params = incoming(sid);
    params.put("CallStatus", "in-progress");
    params.put("Digits", digits);
    params.put("FinishedOnKey", "");
    params.put("msg", "Gather End");
    return params;
  }

  private static String mapNameOf(TwilioRig rig) {
    return rig.mapName;
  }

  private static String serialized(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }
}
