package org.cityline.telephony.asterisk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cityline.common.call.CallId;
import org.cityline.telephony.CallSequencer;

/**
 * One caller's channel on the PBX, as Cityline tracks it: where it is (IVR, waiting, with an agent,
 * on hold) and the agent's leg bridged to it. Its events run on its own strand.
 */
final class AsteriskCall {

  /** Where the caller's channel is. */
  enum Phase {
    /** A callback ringing at the customer's. */
    RINGING,
    /** In Cityline's IVR over FastAGI. */
    IVR,
    /** Waiting with music (in the AGI session or, for a callback, in the dialplan). */
    WAITING,
    /** Bridged to an agent's leg. */
    WITH_AGENT,
    /** Held: music for the caller, the agent's leg parked. */
    ON_HOLD,
    /** Gone. */
    ENDED
  }

  /** An agent's leg bridged (or being bridged) to the caller. */
  record AgentLeg(String endpoint, String channel, String uniqueId) {}

  final CallId id;
  final String uniqueId;
  final CallSequencer.Strand strand;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile String channel;
  private volatile Phase phase;
  private volatile AgentLeg agent;
  private final List<AgentLeg> joined = new CopyOnWriteArrayList<>();
  private volatile boolean conference;
  private volatile boolean handedOver;
  private volatile boolean hangupRequested;
  private volatile boolean agentLeft;

  AsteriskCall(CallId id, String channel, Phase phase, CallSequencer.Strand strand) {
    this.id = id;
    this.uniqueId = id.localId();
    this.channel = channel;
    this.phase = phase;
    this.strand = strand;
  }

  String channel() {
    return channel;
  }

  void channel(String name) {
    this.channel = name;
  }

  Phase phase() {
    return phase;
  }

  void phase(Phase next) {
    if (phase != Phase.ENDED) {
      phase = next;
    }
  }

  Optional<AgentLeg> agent() {
    return Optional.ofNullable(agent);
  }

  void agent(AgentLeg leg) {
    this.agent = leg;
  }

  /** Agents brought on beside the connected one (a warm transfer's consult, a conference). */
  List<AgentLeg> joined() {
    return List.copyOf(joined);
  }

  void join(AgentLeg leg) {
    joined.add(leg);
  }

  boolean leave(AgentLeg leg) {
    return joined.remove(leg);
  }

  /** Every agent leg on the call: the connected one first. */
  List<AgentLeg> agents() {
    List<AgentLeg> all = new ArrayList<>();
    agent().ifPresent(all::add);
    all.addAll(joined);
    return all;
  }

  /** The agents talk in a ConfBridge (named by the caller's uniqueid) rather than a Bridge. */
  boolean conference() {
    return conference;
  }

  void conference(boolean on) {
    conference = on;
  }

  /** The AGI session gave the channel back to the dialplan (to be bridged): not a hang-up. */
  boolean handedOver() {
    return handedOver;
  }

  void handOver() {
    handedOver = true;
  }

  void hangupRequested() {
    hangupRequested = true;
  }

  void agentLeft() {
    agentLeft = true;
  }

  /** Who ended a call the PBX reports gone: Cityline or the agent, else the caller. */
  boolean endedFromOurSide() {
    return hangupRequested || agentLeft;
  }

  /** True once, for the one CallEnded. */
  boolean markEnded() {
    if (ended.compareAndSet(false, true)) {
      phase = Phase.ENDED;
      return true;
    }
    return false;
  }

  boolean isEnded() {
    return ended.get();
  }
}
