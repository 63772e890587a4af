package org.cityline.telephony.twilio;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cityline.common.Language;
import org.cityline.common.call.CallId;

/**
 * What the adapter keeps about one caller's call, in Hazelcast (never a key the caller pressed).
 * Work on a call reads a {@link #copy()}, changes it and stores it back under the call's lock
 * ({@link CallStore#update}).
 */
final class TwilioCall implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where a call stands. */
  enum Phase {
    /** A callback Cityline placed, not answered yet. */
    RINGING,
    /** In the IVR. */
    IVR,
    /** Waiting with music for an agent. */
    WAITING,
    /** In its conference with an agent. */
    WITH_AGENT,
    /** Held by the agent (conference hold, music). */
    ON_HOLD,
    /** Over. */
    ENDED
  }

  /** What a leg added to the conference is for. */
  enum LegKind {
    /** The agent taking the call. */
    AGENT,
    /** A second agent (a warm transfer's consult). */
    JOIN,
    /** A supervisor listening, coaching or barging in. */
    SUPERVISOR
  }

  /** A leg's state. */
  enum LegState {
    RINGING,
    UP,
    /** Taken off the call by Cityline: its end is not an agent hanging up. */
    DROPPED,
    DONE
  }

  /**
   * One leg placed into the call's conference.
   *
   * @param endpoint the device rung ({@code client:alice} or a number)
   * @param callSid the leg's CallSid
   */
  record Leg(String endpoint, String callSid, LegKind kind, LegState state)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    Leg in(LegState next) {
      return new Leg(endpoint, callSid, kind, next);
    }
  }

  /** Twilio's CallSid of the caller's leg. */
  final String callSid;

  /** A callback Cityline placed. */
  final boolean outbound;

  Phase phase;

  /** The language of the last prompt (apologies and voices). */
  Language language;

  /**
   * The step number the next IVR webhook must carry; the one before it was answered with {@link
   * #lastTwiml}.
   */
  int step;

  /** The TwiML last given to this call (a retried webhook gets it again). */
  String lastTwiml;

  /** The core's step token for the collect or wait now running, or null. */
  String expecting;

  /** The collect now running takes card or bank digits. */
  boolean masked;

  /** Counts the waits the core asked for; a check-back timer belongs to one of them. */
  int waitGeneration;

  /** Twilio's conference SID once an agent leg exists, or null. */
  String conferenceSid;

  /** The agent and supervisor legs placed for this call. */
  List<Leg> legs = new ArrayList<>();

  /** Cityline asked for the hang-up (the end is not the caller's). */
  boolean hangupRequested;

  /** The call's recording was paused for card entry. */
  boolean recordingPaused;

  TwilioCall(String callSid, Language language, boolean outbound) {
    this.callSid = callSid;
    this.language = language;
    this.outbound = outbound;
    this.phase = outbound ? Phase.RINGING : Phase.IVR;
  }

  TwilioCall copy() {
    TwilioCall copy = new TwilioCall(callSid, language, outbound);
    copy.phase = phase;
    copy.step = step;
    copy.lastTwiml = lastTwiml;
    copy.expecting = expecting;
    copy.masked = masked;
    copy.waitGeneration = waitGeneration;
    copy.conferenceSid = conferenceSid;
    copy.legs = new ArrayList<>(legs);
    copy.hangupRequested = hangupRequested;
    copy.recordingPaused = recordingPaused;
    return copy;
  }

  TwilioCall inPhase(Phase next) {
    this.phase = next;
    return this;
  }

  CallId id() {
    return new CallId(TwilioNetwork.NETWORK, callSid);
  }

  /** The conference's friendly name for this call. */
  String conferenceName() {
    return "cityline-" + callSid;
  }

  Optional<String> expectedToken() {
    return Optional.ofNullable(expecting);
  }

  boolean live() {
    return phase != Phase.ENDED;
  }

  void putLeg(Leg leg) {
    legs.removeIf(existing -> existing.callSid().equals(leg.callSid()));
    legs.add(leg);
  }

  Optional<Leg> leg(String legSid) {
    return legs.stream().filter(leg -> leg.callSid().equals(legSid)).findFirst();
  }

  /** Agent legs (not supervisors) that are up. */
  List<Leg> agentsUp() {
    return legs.stream()
        .filter(leg -> leg.kind() != LegKind.SUPERVISOR && leg.state() == LegState.UP)
        .toList();
  }

  /** Legs still ringing or up. */
  List<Leg> liveLegs() {
    return legs.stream()
        .filter(leg -> leg.state() == LegState.UP || leg.state() == LegState.RINGING)
        .toList();
  }

  /** Never the TwiML (only prompts, but long). */
  @Override
  public String toString() {
    return "TwilioCall[" + callSid + ", " + phase + ", step " + step + ", legs " + legs + "]";
  }
}
