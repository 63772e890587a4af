package org.cityline.telephony.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.call.Recording;
import com.twilio.rest.api.v2010.account.conference.Participant;
import com.twilio.type.Client;
import com.twilio.type.Endpoint;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The REST requests the adapter makes, through the SDK's resources on one {@link TwilioRestClient}.
 * Every method blocks (call it from a virtual thread, never an event loop) and reports a refusal, a
 * server error or a time-out as {@link RestFailure} saying what failed.
 */
final class TwilioRest {

  /** Twilio refused or did not answer a request. */
  static final class RestFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RestFailure(String what, TwilioException cause) {
      super(what + ": " + describe(cause), cause);
    }

    private static String describe(TwilioException cause) {
      if (cause instanceof ApiException api && api.getStatusCode() != null) {
        return "Twilio answered " + api.getStatusCode() + " (" + api.getMessage() + ")";
      }
      if (cause instanceof ApiConnectionException) {
        return "Twilio did not answer (" + cause.getMessage() + ")";
      }
      return cause.getMessage();
    }
  }

  /** A leg placed into a conference. */
  record NewLeg(String callSid, String conferenceSid) {}

  private final TwilioRestClient client;
  private final TwilioSettings settings;

  TwilioRest(TwilioSettings settings, String apiBase, Duration timeout) {
    this.settings = settings;
    this.client =
        new TwilioRestClient.Builder(settings.accountSid(), settings.authToken())
            .httpClient(new TwilioHttpClient(apiBase, timeout))
            .build();
  }

  /**
   * Rings a device into the call's conference (created by name if it does not exist yet).
   *
   * @param statusCallback where the leg's progress (ringing, answered, completed, no-answer) goes
   * @param coach the CallSid a coaching supervisor whispers to, or null
   * @param muted a listening supervisor
   */
  NewLeg addParticipant(
      String conferenceName, String endpoint, String statusCallback, String coach, boolean muted) {
    try {
      var creator =
          Participant.creator(
                  conferenceName,
                  new PhoneNumber(settings.utilityNumber().e164()),
                  endpoint(endpoint))
              .setStatusCallback(URI.create(statusCallback))
              .setStatusCallbackMethod(HttpMethod.POST)
              .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed"))
              .setTimeout((int) settings.agentRingTime().toSeconds())
              .setStartConferenceOnEnter(true)
              .setEndConferenceOnExit(false)
              .setEarlyMedia(false)
              .setBeep("false")
              .setMuted(muted);
      if (coach != null) {
        creator.setCoaching(true).setCallSidToCoach(coach);
      }
      Participant participant = creator.create(client);
      return new NewLeg(participant.getCallSid(), participant.getConferenceSid());
    } catch (TwilioException e) {
      throw new RestFailure("ringing " + endpoint + " into " + conferenceName, e);
    }
  }

  /** Replaces what a call is doing with new TwiML. */
  void redirect(String callSid, String twiml) {
    try {
      Call.updater(callSid).setTwiml(new Twiml(twiml)).update(client);
    } catch (TwilioException e) {
      throw new RestFailure("updating call " + callSid, e);
    }
  }

  /** Hangs a call leg up. */
  void complete(String callSid) {
    try {
      Call.updater(callSid).setStatus(Call.UpdateStatus.COMPLETED).update(client);
    } catch (TwilioException e) {
      throw new RestFailure("hanging up " + callSid, e);
    }
  }

  /** Holds a participant of a conference with music, or takes it off hold. */
  void hold(String conferenceSid, String callSid, boolean hold) {
    try {
      var updater = Participant.updater(conferenceSid, callSid).setHold(hold);
      if (hold) {
        updater.setHoldUrl(URI.create(settings.url("/hold-music"))).setHoldMethod(HttpMethod.POST);
      }
      updater.update(client);
    } catch (TwilioException e) {
      throw new RestFailure((hold ? "holding " : "resuming ") + callSid, e);
    }
  }

  /** Places an outbound call; Twilio fetches {@code answerUrl} when it is answered. */
  String originate(String to, String callerId, String answerUrl, String statusCallback) {
    try {
      return Call.creator(new PhoneNumber(to), new PhoneNumber(callerId), URI.create(answerUrl))
          .setMethod(HttpMethod.POST)
          .setStatusCallback(URI.create(statusCallback))
          .setStatusCallbackMethod(HttpMethod.POST)
          .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed"))
          .setTimeout(30)
          .create(client)
          .getSid();
    } catch (TwilioException e) {
      throw new RestFailure("calling " + to, e);
    }
  }

  /** Starts recording a call (both sides, from now on). */
  void startRecording(String callSid) {
    try {
      Recording.creator(callSid).setRecordingChannels("dual").create(client);
    } catch (TwilioException e) {
      throw new RestFailure("starting the recording of " + callSid, e);
    }
  }

  /** Pauses or resumes the call's recording (card entry). */
  void recording(String callSid, boolean paused) {
    try {
      Recording.updater(
              callSid,
              "Twilio.CURRENT",
              paused ? Recording.Status.PAUSED : Recording.Status.IN_PROGRESS)
          .update(client);
    } catch (TwilioException e) {
      throw new RestFailure((paused ? "pausing" : "resuming") + " the recording of " + callSid, e);
    }
  }

  /** Sends a text message; answers its SID. The body is never part of a failure's message. */
  String text(String to, String body) {
    try {
      return Message.creator(
              new PhoneNumber(to), new PhoneNumber(settings.utilityNumber().e164()), body)
          .create(client)
          .getSid();
    } catch (TwilioException e) {
      throw new RestFailure("texting " + to, e);
    }
  }

  private static Endpoint endpoint(String endpoint) {
    return endpoint.startsWith(Client.PREFIX) ? new Client(endpoint) : new PhoneNumber(endpoint);
  }
}
